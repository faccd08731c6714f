package org.crossflag.gateway.disclosures;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.audit.AuditEvent;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.disclosures.applications.ApplicationRepository;
import org.crossflag.gateway.disclosures.applications.ClockEvent;
import org.crossflag.gateway.disclosures.applications.ClockEventKind;
import org.crossflag.gateway.disclosures.applications.DisclosureClock;
import org.crossflag.gateway.disclosures.lookups.DisclosureLookups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One round of the DVDS clock: closes step 1 of lookups past its deadline, and raises each reminder and breach notice
 * that {@link DisclosureClock} says is due, once, for the officer's workspace and the audit trail. Each application
 * in its own transaction, so one that fails does not hold up the others.
 */
public final class DisclosureClockSweep {

    private static final Logger log = LoggerFactory.getLogger(DisclosureClockSweep.class);

    private final ApplicationRepository applications;
    private final DisclosureLookups lookups;
    private final DisclosureClock disclosureClock;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public DisclosureClockSweep(
            ApplicationRepository applications,
            DisclosureLookups lookups,
            DisclosureClock disclosureClock,
            AuditTrail audit,
            TransactionTemplate transactions,
            Clock clock) {
        this.applications = applications;
        this.lookups = lookups;
        this.disclosureClock = disclosureClock;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void sweep() {
        for (String applicationId : lookups.checksOverdue()) {
            transactions.executeWithoutResult(status -> lookups.passCheckDeadline(applicationId));
        }
        for (String applicationId : applications.running()) {
            transactions.executeWithoutResult(status -> raiseDue(applicationId));
        }
    }

    private void raiseDue(String applicationId) {
        applications.lock(applicationId).ifPresent(application -> {
            List<ClockEvent> due = disclosureClock.due(application.clockState(applications.extensions(applicationId)));
            // Reminders raised in this round count too, when a late round raises several at once.
            Set<Integer> remindersSent = new TreeSet<>(application.remindersSent());
            for (ClockEvent event : due) {
                boolean raised = applications.raise(applicationId, remindersSent, event, clock.instant());
                if (event.kind() == ClockEventKind.REMINDER) {
                    remindersSent.add(event.day());
                }
                if (raised) {
                    boolean breach = event.kind() == ClockEventKind.BREACH;
                    audit.record(AuditEvent.of(
                                    breach ? AuditAction.DVDS_DEADLINE_BREACHED : AuditAction.DVDS_REMINDER,
                                    breach ? "BREACHED" : "REMINDED")
                            .withMessage(null, applicationId)
                            .withActor(application.officerId(), application.officerRole()));
                    log.warn(
                            "DVDS application clock notice applicationId={} notice={} day={}",
                            applicationId,
                            event.kind(),
                            event.day());
                }
            }
        });
    }
}
