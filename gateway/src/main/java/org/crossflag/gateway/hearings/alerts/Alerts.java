package org.crossflag.gateway.hearings.alerts;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.audit.AuditEvent;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.hearings.queries.ForumPurposes;
import org.crossflag.gateway.hearings.queries.Hit;
import org.crossflag.gateway.hearings.queries.QueryRepository;
import org.crossflag.gateway.hearings.records.HearingRepository;
import org.crossflag.gateway.hearings.records.Officer;
import org.crossflag.gateway.node.CodedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What coordinators do with alerts: read them, review a possible match (confirming it alerts the holding force,
 * which nothing did before) or a change of circumstance (confirming it tells no one), and record the action taken.
 * Every change is audited with the officer's id.
 */
public class Alerts {

    private final AlertRepository repository;
    private final QueryRepository queries;
    private final HearingRepository hearings;
    private final CrossAreaAlerts crossAreaAlerts;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public Alerts(
            AlertRepository repository,
            QueryRepository queries,
            HearingRepository hearings,
            CrossAreaAlerts crossAreaAlerts,
            AuditTrail audit,
            TransactionTemplate transactions,
            Clock clock) {
        this.repository = repository;
        this.queries = queries;
        this.hearings = hearings;
        this.crossAreaAlerts = crossAreaAlerts;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A coordinator's decision on a possible match: the same person (alert the holder) or not. */
    public Alert review(String alertId, Officer officer, boolean samePerson) {
        return transactions.execute(status -> {
            Alert alert = repository.lock(alertId).orElseThrow(() -> new AlertNotFoundException(alertId));
            AlertTransitions.Reviewed reviewed = AlertTransitions.review(alertId, alert.status(), samePerson);
            repository.setStatus(alertId, reviewed.status());
            audit.record(
                    AuditEvent.of(AuditAction.ALERT_REVIEWED, reviewed.status().name())
                            .withMessage(null, alert.queryId())
                            .withCounterpart(alert.otherForce())
                            .withActor(officer.officerId(), officer.role().wire()));
            if (reviewed.tellsHolder() && alert.kind().reviewTellsHolder()) {
                Hit hit = queries.hits(alert.queryId()).stream()
                        .filter(h -> h.hitId().equals(alert.hitId()))
                        .findFirst()
                        .orElseThrow(() -> new AlertStateException(
                                "HIT_NOT_FOUND", "the hit behind alert " + alertId + " is gone"));
                HearingRepository.StoredReferral referral = referralOf(alert);
                // A hearing that recorded the person as a victim is about someone else: its force is called, not told.
                if (hit.onVictimRecord()) {
                    return repository.find(alertId).orElseThrow();
                }
                crossAreaAlerts.send(
                        alert.queryId(),
                        referral,
                        hit,
                        ForumPurposes.purpose(referral.forum()),
                        ForumPurposes.legalBasis(referral.forum()),
                        referral.consent());
            }
            return repository.find(alertId).orElseThrow();
        });
    }

    /** Records what was done. The note is kept with the alert, never in the audit trail or the logs. */
    public Alert acknowledge(String alertId, Officer officer, String actionCode, String note) {
        AlertTransitions.checkAction(actionCode, note);
        return transactions.execute(status -> {
            Alert alert = repository.lock(alertId).orElseThrow(() -> new AlertNotFoundException(alertId));
            AlertStatus acknowledged = AlertTransitions.acknowledge(alertId, alert.status());
            repository.acknowledge(alertId, acknowledged, officer.officerId(), clock.instant(), actionCode, note);
            audit.record(AuditEvent.of(AuditAction.ALERT_ACKNOWLEDGED, acknowledged.name())
                    .withMessage(null, alert.queryId())
                    .withCounterpart(alert.otherForce())
                    .withActor(officer.officerId(), officer.role().wire())
                    .withReason(actionCode));
            return repository.find(alertId).orElseThrow();
        });
    }

    public Optional<Alert> find(String alertId) {
        return repository.find(alertId);
    }

    /** Newest first; status null for all, and a status no alert can have finds none. */
    public List<Alert> list(String status) {
        if (status == null) {
            return repository.list(null, 200);
        }
        return AlertStatus.named(status)
                .map(known -> repository.list(known, 200))
                .orElse(List.of());
    }

    private HearingRepository.StoredReferral referralOf(Alert alert) {
        return hearings.referral(alert.referralId())
                .orElseThrow(() -> new AlertStateException(
                        "REFERRAL_NOT_FOUND", "the referral behind alert " + alert.alertId() + " is gone"));
    }

    /** No alert by that id. */
    public static final class AlertNotFoundException extends RuntimeException {
        AlertNotFoundException(String alertId) {
            super("no alert " + alertId);
        }
    }

    /** The alert is not in a state that allows the change; carries a reason code. */
    public static final class AlertStateException extends CodedException {
        private final String reasonCode;

        AlertStateException(String reasonCode, String message) {
            super(message);
            this.reasonCode = reasonCode;
        }

        @Override
        public String reasonCode() {
            return reasonCode;
        }
    }
}
