package org.crossflag.gateway.disclosures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.crossflag.adapter.LocalDvdsApplication;
import org.crossflag.adapter.LocalRecordSink;
import org.crossflag.adapter.RejectedRecordException;
import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.audit.AuditEvent;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.disclosures.applications.ApplicationFigures;
import org.crossflag.gateway.disclosures.applications.ApplicationForm;
import org.crossflag.gateway.disclosures.applications.ApplicationRepository;
import org.crossflag.gateway.disclosures.applications.ApplicationStatus;
import org.crossflag.gateway.disclosures.applications.ApplicationTransitions;
import org.crossflag.gateway.disclosures.applications.Decision;
import org.crossflag.gateway.disclosures.applications.DecisionForm;
import org.crossflag.gateway.disclosures.applications.DisclosureClock;
import org.crossflag.gateway.disclosures.applications.DisclosureRoute;
import org.crossflag.gateway.disclosures.applications.Extension;
import org.crossflag.gateway.disclosures.applications.ExtensionRefusedException;
import org.crossflag.gateway.disclosures.applications.FoiReport;
import org.crossflag.gateway.disclosures.applications.LocalApplicationForm;
import org.crossflag.gateway.disclosures.applications.Parties;
import org.crossflag.gateway.disclosures.applications.StoredApplication;
import org.crossflag.gateway.disclosures.lookups.DisclosureLookups;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.node.NodeIdentity;
import org.crossflag.gateway.node.RefusedRequestException;
import org.crossflag.gateway.node.TimeOrderedIds;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The requesting force's DVDS applications, as its officers work them: started from the form or, for a Right to
 * Know, drafted from a cross-area alert; checked across the federation ({@link DisclosureLookups}); extended with a
 * reason; decided. Each step is one transaction and is audited. The application's people never leave this node.
 */
public class DisclosureApplications {

    private final NodeIdentity node;
    private final ApplicationRepository applications;
    private final DisclosureLookups lookups;
    private final SubjectsOfAlerts alerts;
    private final DisclosureClock disclosureClock;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public DisclosureApplications(
            NodeIdentity node,
            ApplicationRepository applications,
            DisclosureLookups lookups,
            SubjectsOfAlerts alerts,
            DisclosureClock disclosureClock,
            AuditTrail audit,
            TransactionTemplate transactions,
            Clock clock) {
        this.node = node;
        this.applications = applications;
        this.lookups = lookups;
        this.alerts = alerts;
        this.disclosureClock = disclosureClock;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Records a new application and starts step 1; returns its id. */
    public String start(ApplicationForm form, Envelope.Requester officer) {
        ApplicationForm.Read read = form.read(disclosureClock.today());
        String applicationId = TimeOrderedIds.next();
        return transactions.execute(status -> {
            StoredApplication application = stored(applicationId, read, officer, ApplicationStatus.RECEIVED, null);
            applications.insert(application);
            audited(AuditAction.DVDS_APPLICATION_RECEIVED, "RECEIVED", application, officer);
            lookups.startChecks(application);
            return applicationId;
        });
    }

    /**
     * An application from a case system's adapter, read as the workspace's form is, stored under the adapter and its
     * local reference in the name of the node's service identity, and checked as {@link #start} checks. A reference
     * the adapter has already delivered is a duplicate: nothing new is stored or sent.
     *
     * @throws RejectedRecordException naming the first field at fault; nothing is stored
     */
    public LocalRecordSink.RecordOutcome fromAdapter(String adapterId, LocalDvdsApplication local) {
        ApplicationForm.Read read = LocalApplicationForm.read(adapterId, local, disclosureClock.today());
        Envelope.Requester service = new Envelope.Requester(node.serviceOfficerId(), node.serviceRole());
        try {
            return transactions.execute(status -> {
                Optional<String> known = applications.fromSource(adapterId, local.localReference());
                if (known.isPresent()) {
                    return new LocalRecordSink.RecordOutcome(known.get(), true);
                }
                String applicationId = TimeOrderedIds.next();
                StoredApplication application = stored(applicationId, read, service, ApplicationStatus.RECEIVED, null);
                applications.insert(application);
                applications.source(applicationId, adapterId, local.localReference());
                audited(AuditAction.DVDS_APPLICATION_RECEIVED, "RECEIVED", application, service);
                lookups.startChecks(application);
                return new LocalRecordSink.RecordOutcome(applicationId, false);
            });
        } catch (DuplicateKeyException e) {
            // The same reference delivered twice at once: the other delivery stored it.
            return applications
                    .fromSource(adapterId, local.localReference())
                    .map(applicationId -> new LocalRecordSink.RecordOutcome(applicationId, true))
                    .orElseThrow(() -> e);
        }
    }

    /**
     * A Right to Know drafted from a cross-area alert, for the force's DVDS officers to complete: the subject is the
     * alert's person, and the link to the alert is kept. One draft per alert; asking again returns it.
     */
    public String draftFromAlert(String alertId, Envelope.Requester coordinator) {
        return transactions.execute(status -> applications.draftOfAlert(alertId).orElseGet(() -> {
            Parties.Person subject = alerts.subjectOf(alertId)
                    .orElseThrow(() -> RefusedRequestException.notFound("NOT_FOUND", "no such alert"));
            return storeDraft(new Parties(null, subject, null), alertId, coordinator);
        }));
    }

    /**
     * A Right to Know drafted from a change of circumstance naming a new partner, for the force's DVDS officers to
     * complete: the new partner is A, the person under the order is B. Runs in the notification's transaction, which
     * keeps the link to the draft; returns the draft's id.
     */
    public String draftForNewPartner(Parties.Person newPartner, Parties.Person subject, Envelope.Requester officer) {
        return transactions.execute(status -> storeDraft(new Parties(newPartner, subject, null), null, officer));
    }

    /** A Right to Know draft with these parties, linked to the alert it came from (or to none), audited. */
    private String storeDraft(Parties parties, String alertId, Envelope.Requester drafter) {
        String applicationId = TimeOrderedIds.next();
        StoredApplication draft = new StoredApplication(
                applicationId,
                DisclosureRoute.RIGHT_TO_KNOW,
                ApplicationStatus.DRAFT,
                drafter.officerId(),
                drafter.role().wire(),
                disclosureClock.today(),
                clock.instant(),
                parties,
                null,
                null,
                List.copyOf(ApplicationForm.DVDS_CATEGORIES),
                alertId,
                null,
                null,
                null,
                null,
                false,
                Set.of());
        applications.insert(draft);
        audited(AuditAction.DVDS_DRAFT_CREATED, "DRAFT", draft, drafter);
        return applicationId;
    }

    /** A draft completed by a DVDS officer: stored as the form says, then step 1 starts. */
    public void submit(String applicationId, ApplicationForm form, Envelope.Requester officer) {
        ApplicationForm.Read read = form.read(disclosureClock.today());
        transactions.executeWithoutResult(status -> {
            StoredApplication draft = lock(applicationId);
            if (draft.status() != ApplicationStatus.DRAFT) {
                throw RefusedRequestException.conflict("APPLICATION_STATE_CONFLICT", "only a draft is submitted");
            }
            StoredApplication application =
                    stored(applicationId, read, officer, ApplicationStatus.DRAFT, draft.sourceAlertId());
            applications.complete(application);
            audited(AuditAction.DVDS_APPLICATION_RECEIVED, "RECEIVED", application, officer);
            lookups.startChecks(application);
        });
    }

    /** Extends the deadline, with its recorded reason. */
    public void extend(String applicationId, Integer days, String reason, Envelope.Requester officer) {
        if (days == null) {
            throw RefusedRequestException.invalid("days", ExtensionRefusedException.DAYS_INVALID, "required");
        }
        Extension extension;
        try {
            extension = disclosureClock.extend(days, reason, officer.officerId());
        } catch (ExtensionRefusedException e) {
            throw RefusedRequestException.invalid(e.field(), e.reasonCode(), e.getMessage());
        }
        transactions.executeWithoutResult(status -> {
            StoredApplication application = lock(applicationId);
            if (application.status() == ApplicationStatus.DECIDED || application.status() == ApplicationStatus.CLOSED) {
                throw RefusedRequestException.conflict("APPLICATION_STATE_CONFLICT", "the application is decided");
            }
            applications.addExtension(applicationId, extension);
            audited(AuditAction.DVDS_DEADLINE_EXTENDED, "EXTENDED", application, officer);
        });
    }

    /** Records the decision; a disclosure is given in person, to A or to a person placed to protect A, never to B. */
    public void decide(String applicationId, DecisionForm form, Envelope.Requester officer) {
        Decision decision = form.read(officer.officerId(), clock.instant(), disclosureClock.today());
        transactions.executeWithoutResult(status -> {
            StoredApplication application = lock(applicationId);
            if (!ApplicationTransitions.decidable(application.status())) {
                throw RefusedRequestException.conflict(
                        "APPLICATION_STATE_CONFLICT",
                        "a decision is recorded once the checks are over (status " + application.status() + ")");
            }
            if (decision.decidedOn().isBefore(application.receivedOn())) {
                throw RefusedRequestException.invalid(
                        "decidedOn", "DATE_INVALID", "cannot be before the application was received");
            }
            applications.decide(applicationId, decision);
            audited(
                    AuditAction.DVDS_DECISION_RECORDED,
                    decision.disclose() ? "DISCLOSE" : "NO_DISCLOSURE",
                    application,
                    officer);
        });
    }

    public List<StoredApplication> all() {
        return applications.all();
    }

    public Optional<StoredApplication> find(String applicationId) {
        return applications.find(applicationId);
    }

    /** The FOI figures of applications received in [from, to]. */
    public FoiReport report(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw RefusedRequestException.invalid("to", "DATE_INVALID", "cannot be before from");
        }
        List<ApplicationFigures> figures = applications.receivedBetween(from, to).stream()
                .map(application -> new ApplicationFigures(
                        application.route(),
                        application.receivedOn(),
                        application.decidedOn(),
                        Boolean.TRUE.equals(application.disclosed()),
                        applications.extensions(application.applicationId())))
                .toList();
        return FoiReport.of(
                node.code(), from, to, figures, disclosureClock.settings().deadlineDays());
    }

    private StoredApplication lock(String applicationId) {
        return applications
                .lock(applicationId)
                .orElseThrow(() -> RefusedRequestException.notFound("NOT_FOUND", "no such application"));
    }

    private StoredApplication stored(
            String applicationId,
            ApplicationForm.Read read,
            Envelope.Requester officer,
            ApplicationStatus status,
            String sourceAlertId) {
        return new StoredApplication(
                applicationId,
                read.route(),
                status,
                officer.officerId(),
                officer.role().wire(),
                read.receivedOn(),
                clock.instant(),
                read.parties(),
                read.legalBasis(),
                read.consent(),
                read.categories(),
                sourceAlertId,
                null,
                null,
                null,
                null,
                false,
                Set.of());
    }

    private void audited(
            AuditAction action, String outcome, StoredApplication application, Envelope.Requester officer) {
        audit.record(AuditEvent.of(action, outcome)
                .withMessage(null, application.applicationId())
                .withActor(officer.officerId(), officer.role().wire())
                .withPurpose(application.route().purpose().wire()));
    }
}
