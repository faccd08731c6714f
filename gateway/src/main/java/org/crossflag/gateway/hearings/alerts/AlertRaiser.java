package org.crossflag.gateway.hearings.alerts;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
import org.crossflag.gateway.hearings.victims.VictimRecordHold;

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
    private final SerialPatterns patterns;
    private final Clock clock;

    public AlertRaiser(
            AlertRepository repository,
            QueryRepository queries,
            CrossAreaAlerts crossAreaAlerts,
            AlertPush push,
            AuditTrail audit,
            RiskFlags.Settings riskSettings,
            SerialPatterns patterns,
            Clock clock) {
        this.repository = repository;
        this.queries = queries;
        this.crossAreaAlerts = crossAreaAlerts;
        this.push = push;
        this.audit = audit;
        this.riskSettings = riskSettings;
        this.patterns = patterns;
        this.clock = clock;
    }

    /**
     * At the referring force: a hit for one of our referrals. A hold (the person recorded elsewhere as a victim, or a
     * counter-allegation) sends the alert to review whatever its band, and no other force is told. Every alert of the
     * query then carries the serial count and the MAPPA prompt as they stand with this hit.
     */
    @Override
    public void onHit(String queryId, HearingRepository.StoredReferral referral, Hit hit, Envelope answer) {
        List<Hit> hits = queries.hits(queryId);
        SerialPatterns.Assessment assessment = patterns.assess(queryId, queries.keyVersion(queryId), referral, hits);
        Optional<VictimRecordHold> hold = assessment.hold();
        BandAction action = BandAction.forBand(hit.band());
        RiskFlags flags = RiskFlags.of(referral.referredOn(), BandAction.flaggedHearings(hits, hit), riskSettings);
        AlertPatterns seen = new AlertPatterns(
                        hit.role(),
                        hit.abuseType(),
                        hit.subjectUnder16(),
                        hit.victimUnder16(),
                        0,
                        0,
                        null,
                        hold.orElse(null),
                        false)
                .counted(assessment.count(), assessment.mappaPrompt());
        AlertStatus status = hold.isPresent() || hit.onVictimRecord() ? AlertStatus.REVIEW : action.status();
        Alert alert = Alert.priorHearingElsewhere(
                UUID.randomUUID().toString(), status, clock.instant(), queryId, referral, hit, flags, seen);
        if (!repository.insert(alert)) {
            return;
        }
        for (Alert other : repository.ofQuery(queryId)) {
            if (!other.alertId().equals(alert.alertId())) {
                AlertPatterns now = other.patterns().counted(assessment.count(), assessment.mappaPrompt());
                if (hold.isPresent() && other.status() == AlertStatus.OPEN && now.hold() == null) {
                    // A victim's record answered after this alert opened: a coordinator checks it before acting.
                    now = now.held(hold.get());
                    repository.setStatus(other.alertId(), AlertStatus.REVIEW);
                    audit.record(AuditEvent.of(
                                    AuditAction.ALERT_HELD_FOR_REVIEW,
                                    hold.get().reason().name())
                            .withMessage(null, queryId)
                            .withCounterpart(other.otherForce()));
                }
                repository.updatePatterns(other.alertId(), now);
            }
        }
        created(alert);
        if (status == AlertStatus.OPEN && action.tellsHolder()) {
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
