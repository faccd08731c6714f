package org.crossflag.gateway.hearings.alerts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.audit.AuditEvent;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.hearings.records.Amendment;
import org.crossflag.gateway.hearings.records.CorrectedHit;

/**
 * Carries a correction, withdrawal or purge of a record onto the alerts made from it, in the caller's transaction:
 * a correction shows the corrected fields with its date, a withdrawal or purge leaves the alert WITHDRAWN
 * ({@link AlertTransitions#amend}). Never a silent change: each alert changed is audited.
 */
public final class AlertAmendments {

    private final AlertRepository repository;
    private final AuditTrail audit;

    public AlertAmendments(AlertRepository repository, AuditTrail audit) {
        this.repository = repository;
        this.audit = audit;
    }

    /**
     * At the referring force: the holding force amended the hearing behind a hit it sent us.
     *
     * @param corrected the hit's fields as corrected, for a correction; null otherwise
     * @return how many alerts changed
     */
    public int hitAmended(
            String queryId, String hitId, String holder, Amendment amendment, LocalDate on, CorrectedHit corrected) {
        return amendAll(
                repository.fromHit(AlertKind.PRIOR_HEARING_ELSEWHERE, queryId, hitId, holder),
                amendment,
                on,
                corrected);
    }

    /** At the holding force: the referring force withdrew the referral it told us of in a CrossAreaAlert. */
    public int referralAmended(String queryId, String hitId, String referringForce, Amendment amendment, LocalDate on) {
        return amendAll(
                repository.fromHit(AlertKind.REFERRED_ELSEWHERE, queryId, hitId, referringForce), amendment, on, null);
    }

    /** At the holding force: one of our own hearings was amended; our REFERRED_ELSEWHERE alerts about it follow. */
    public int ownHearingAmended(String hearingId, Amendment amendment, LocalDate on, CorrectedHit corrected) {
        return amendAll(repository.aboutHearing(hearingId), amendment, on, corrected);
    }

    /** At the referring force: one of our referrals was withdrawn; its PRIOR_HEARING_ELSEWHERE alerts follow. */
    public int ownReferralAmended(String referralId, Amendment amendment, LocalDate on) {
        return amendAll(repository.aboutReferral(referralId), amendment, on, null);
    }

    /**
     * A referral's PRIOR_HEARING_ELSEWHERE alerts whose holding force was sent a CrossAreaAlert: open or acted on (a
     * possible match under review, or closed as someone else, told no one).
     */
    public List<Alert> toldHolders(String referralId) {
        return repository.aboutReferral(referralId).stream()
                .filter(alert -> alert.status() == AlertStatus.OPEN || alert.status() == AlertStatus.ACKNOWLEDGED)
                .toList();
    }

    private int amendAll(List<Alert> alerts, Amendment amendment, LocalDate on, CorrectedHit corrected) {
        int changed = 0;
        for (Alert alert : alerts) {
            Optional<AlertStatus> status = AlertTransitions.amend(alert.status(), amendment);
            if (status.isEmpty()) {
                continue;
            }
            repository.amend(alert.alertId(), status.get(), amendment, on, corrected);
            audit.record(AuditEvent.of(AuditAction.ALERT_AMENDED, status.get().name())
                    .withMessage(null, alert.queryId())
                    .withCounterpart(alert.otherForce())
                    .withReason(amendment.wire()));
            changed++;
        }
        return changed;
    }
}
