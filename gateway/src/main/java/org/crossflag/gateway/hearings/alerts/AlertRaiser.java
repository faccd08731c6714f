package org.crossflag.gateway.hearings.alerts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.crossflag.adapter.Contact;
import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.audit.AuditEvent;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.hearings.queries.Hit;
import org.crossflag.gateway.hearings.queries.HitListener;
import org.crossflag.gateway.hearings.queries.QueryRepository;
import org.crossflag.gateway.hearings.records.HearingRepository;
import org.crossflag.gateway.hearings.records.RiskFlags;

/**
 * Raises alerts, in the transaction of the message that caused them. At the referring force the hit's band decides
 * ({@link BandAction}): a MATCH opens an alert and sends a signed CrossAreaAlert to the holding force; a
 * POSSIBLE_MATCH waits for a coordinator's review and tells no one else. At the holding force a CrossAreaAlert
 * opens an alert for its coordinator. Each is flagged as a repeat or an escalation under this force's settings,
 * audited and queued for push.
 */
public final class AlertRaiser implements HitListener {

    private final AlertRepository repository;
    private final QueryRepository queries;
    private final CrossAreaAlerts crossAreaAlerts;
    private final AlertPush push;
    private final AuditTrail audit;
    private final RiskFlags.Settings riskSettings;
    private final Clock clock;

    public AlertRaiser(
            AlertRepository repository,
            QueryRepository queries,
            CrossAreaAlerts crossAreaAlerts,
            AlertPush push,
            AuditTrail audit,
            RiskFlags.Settings riskSettings,
            Clock clock) {
        this.repository = repository;
        this.queries = queries;
        this.crossAreaAlerts = crossAreaAlerts;
        this.push = push;
        this.audit = audit;
        this.riskSettings = riskSettings;
        this.clock = clock;
    }

    /** At the referring force: a hit for one of our referrals. */
    @Override
    public void onHit(String queryId, HearingRepository.StoredReferral referral, Hit hit, Envelope answer) {
        BandAction action = BandAction.forBand(hit.band());
        RiskFlags flags = RiskFlags.of(
                referral.referredOn(), BandAction.flaggedHearings(queries.hits(queryId), hit), riskSettings);
        Alert alert = Alert.priorHearingElsewhere(
                UUID.randomUUID().toString(), action.status(), clock.instant(), queryId, referral, hit, flags);
        if (!repository.insert(alert)) {
            return;
        }
        created(alert);
        if (action.tellsHolder()) {
            crossAreaAlerts.send(queryId, referral, hit, answer.purpose(), answer.legalBasis(), answer.consent());
        }
    }

    /** At the holding force: a person heard here (on {@code heardDates}) was referred elsewhere. */
    void onReferredElsewhere(
            HearingRepository.StoredHearing hearing,
            List<LocalDate> heardDates,
            Envelope message,
            ReferralElsewhere referral) {
        RiskFlags flags = RiskFlags.of(referral.referredOn(), heardDates, riskSettings);
        Alert alert = Alert.referredElsewhere(
                UUID.randomUUID().toString(),
                clock.instant(),
                message.sender(),
                message.correlationId(),
                hearing,
                referral,
                flags);
        if (repository.insert(alert)) {
            created(alert);
        }
    }

    /**
     * A change of circumstance that concerns this force, notified here or by another force: raised for an officer's
     * review. Returns the alert's id.
     *
     * @param notifiedBy the force the person notified
     * @param band       the best band of this force's hearing index for the person, or NONE
     */
    public String onCircumstanceChange(String notifiedBy, String band, Contact contact, CircumstanceNotice notice) {
        Alert alert = Alert.circumstanceChange(
                UUID.randomUUID().toString(), clock.instant(), notifiedBy, band, contact, notice);
        repository.insert(alert);
        created(alert);
        return alert.alertId();
    }

    private void created(Alert alert) {
        audit.record(AuditEvent.of(AuditAction.ALERT_CREATED, alert.status().name())
                .withMessage(null, alert.queryId())
                .withCounterpart(alert.otherForce()));
        push.queue(alert);
    }
}
