package org.crossflag.gateway.hearings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.audit.AuditEvent;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.federation.Envelope;
import org.crossflag.gateway.federation.OutgoingMessage;
import org.crossflag.gateway.federation.inbox.RefusalSender;
import org.crossflag.gateway.federation.outbox.Outbox;
import org.crossflag.gateway.policy.DataSharingPolicy;
import org.crossflag.gateway.policy.PolicyDecision;
import org.crossflag.gateway.policy.PolicyEnforcer;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Raises, reviews and acknowledges alerts. A MATCH at the referring force opens an alert there and sends a
 * signed CrossAreaAlert to the holding force; a POSSIBLE_MATCH waits for a coordinator's review and alerts no one
 * else until the coordinator confirms it is the same person. Every change is audited with the officer's id.
 */
public class Alerts {

    private static final Pattern ACTION_CODE = Pattern.compile("[A-Z][A-Z_]{2,39}");
    static final List<String> ALERT_CATEGORIES = List.of("HEARING_FLAG", "CONTACT_DETAILS");

    private final String nodeCode;
    private final AlertRepository repository;
    private final QueryRepository queries;
    private final HearingRepository hearings;
    private final Outbox outbox;
    private final PolicyEnforcer policy;
    private final AuditTrail audit;
    private final AlertPush push;
    private final TransactionTemplate transactions;
    private final RiskFlags.Settings riskSettings;
    private final Clock clock;

    Alerts(String nodeCode, AlertRepository repository, QueryRepository queries, HearingRepository hearings, Outbox outbox,
           PolicyEnforcer policy, AuditTrail audit, AlertPush push, TransactionTemplate transactions,
           RiskFlags.Settings riskSettings, Clock clock) {
        this.nodeCode = nodeCode;
        this.repository = repository;
        this.queries = queries;
        this.hearings = hearings;
        this.outbox = outbox;
        this.policy = policy;
        this.audit = audit;
        this.push = push;
        this.transactions = transactions;
        this.riskSettings = riskSettings;
        this.clock = clock;
    }

    /** At the referring force, in the answer's transaction: a hit for one of our referrals. */
    void onHit(String queryId, HearingRepository.StoredReferral referral, Hit hit, Envelope answer) {
        boolean match = hit.band().equals("MATCH");
        List<LocalDate> heard = new ArrayList<>();
        queries.hits(queryId).stream().filter(h -> h.band().equals("MATCH")).forEach(h -> heard.add(h.heardOn()));
        if (!match) {
            heard.add(hit.heardOn());
        }
        RiskFlags flags = RiskFlags.of(referral.referredOn(), heard, riskSettings);
        Alert alert = new Alert(UUID.randomUUID().toString(), Alert.PRIOR_HEARING_ELSEWHERE, match ? Alert.OPEN : Alert.REVIEW,
                hit.band(), clock.instant(), hit.holder(), queryId, hit.hitId(), referral.referralId(), null, hit.forum(),
                hit.heardOn(), hit.reference(), referral.forum(), referral.referredOn(), referral.reference(), hit.contact(),
                hit.score(), flags.repeat(), flags.escalation(), null, null, null, null);
        if (!repository.insert(alert)) {
            return;
        }
        audited(alert, AuditAction.ALERT_CREATED, alert.status(), null, answer.correlationId());
        push.queue(alert);
        if (match) {
            sendCrossAreaAlert(alert, referral, hit, answer.purpose(), answer.legalBasis(), answer.consent());
        }
    }

    /** At the holding force, in the CrossAreaAlert's transaction: a person heard here was referred elsewhere. */
    void onReferredElsewhere(HearingRepository.StoredHearing hearing, List<LocalDate> otherHearings, Envelope message,
                             ReferralElsewhere referral) {
        List<LocalDate> heard = new ArrayList<>(otherHearings);
        RiskFlags flags = RiskFlags.of(referral.referredOn(), heard, riskSettings);
        Alert alert = new Alert(UUID.randomUUID().toString(), Alert.REFERRED_ELSEWHERE, Alert.OPEN, referral.band(),
                clock.instant(), message.sender(), message.correlationId(), referral.hitId(), null, hearing.hearingId(),
                hearing.forum(), hearing.heardOn(), hearing.reference(), referral.forum(), referral.referredOn(),
                referral.reference(), referral.contact(), hearing.score(), flags.repeat(), flags.escalation(),
                null, null, null, null);
        if (repository.insert(alert)) {
            audited(alert, AuditAction.ALERT_CREATED, alert.status(), null, message.correlationId());
            push.queue(alert);
        }
    }

    /** A coordinator's decision on a possible match: the same person (alert the holder) or not. */
    public Alert review(String alertId, Officer officer, boolean samePerson) {
        return transactions.execute(status -> {
            Alert alert = repository.lock(alertId).orElseThrow(() -> new AlertNotFoundException(alertId));
            if (!alert.status().equals(Alert.REVIEW)) {
                throw new AlertStateException("ALERT_NOT_UNDER_REVIEW", "alert " + alertId + " is " + alert.status());
            }
            String next = samePerson ? Alert.OPEN : Alert.NOT_SAME_PERSON;
            repository.setStatus(alertId, next);
            audit.record(AuditEvent.of(AuditAction.ALERT_REVIEWED, next).withMessage(null, alert.queryId())
                    .withCounterpart(alert.otherForce()).withActor(officer.officerId(), officer.role()));
            if (samePerson) {
                Hit hit = queries.hits(alert.queryId()).stream().filter(h -> h.hitId().equals(alert.hitId())).findFirst()
                        .orElseThrow(() -> new AlertStateException("HIT_NOT_FOUND", "the hit behind alert " + alertId + " is gone"));
                HearingRepository.StoredReferral referral = referralOf(alert);
                sendCrossAreaAlert(alert, referral, hit, ForumPurposes.purpose(referral.forum()),
                        ForumPurposes.legalBasis(referral.forum()), new Envelope.Consent("NOT_SOUGHT_THRESHOLD_MET", null));
            }
            return repository.find(alertId).orElseThrow();
        });
    }

    /** Records what was done. The note is kept with the alert, never in the audit trail or the logs. */
    public Alert acknowledge(String alertId, Officer officer, String actionCode, String note) {
        if (actionCode == null || !ACTION_CODE.matcher(actionCode).matches()) {
            throw new AlertStateException("ACTION_CODE_INVALID", "actionCode must be an upper-case code such as CONTACTED_HOLDING_FORCE");
        }
        if (note != null && note.length() > 2000) {
            throw new AlertStateException("ACTION_NOTE_TOO_LONG", "note must be at most 2000 characters");
        }
        return transactions.execute(status -> {
            Alert alert = repository.lock(alertId).orElseThrow(() -> new AlertNotFoundException(alertId));
            if (!alert.status().equals(Alert.OPEN)) {
                throw new AlertStateException("ALERT_NOT_OPEN", "alert " + alertId + " is " + alert.status());
            }
            repository.acknowledge(alertId, officer.officerId(), clock.instant(), actionCode, note);
            audit.record(AuditEvent.of(AuditAction.ALERT_ACKNOWLEDGED, Alert.ACKNOWLEDGED).withMessage(null, alert.queryId())
                    .withCounterpart(alert.otherForce()).withActor(officer.officerId(), officer.role()).withReason(actionCode));
            return repository.find(alertId).orElseThrow();
        });
    }

    public Optional<Alert> find(String alertId) {
        return repository.find(alertId);
    }

    public List<Alert> list(String status) {
        return repository.list(status, 200);
    }

    public List<Alert> ofQuery(String queryId) {
        return repository.ofQuery(queryId);
    }

    private void sendCrossAreaAlert(Alert alert, HearingRepository.StoredReferral referral, Hit hit, String purpose,
                                    String legalBasis, Envelope.Consent consent) {
        Envelope.Requester requester = RefusalSender.serviceRequester(nodeCode);
        PolicyDecision decision = policy.decide(DataSharingPolicy.Direction.SEND, hit.holder(), "CrossAreaAlert", purpose,
                requester.officerId(), requester.role(), consent.state(), ALERT_CATEGORIES, alert.queryId());
        if (!decision.allowed()) {
            return; // the local alert stands; the refusal is in the audit trail
        }
        outbox.queue(new OutgoingMessage("CrossAreaAlert", hit.holder(), alert.queryId(), purpose, legalBasis, requester,
                consent, ALERT_CATEGORIES, HitPayloads.crossAreaAlert(hit, referral)));
    }

    private HearingRepository.StoredReferral referralOf(Alert alert) {
        return hearings.referral(alert.referralId()).orElseThrow(() -> new AlertStateException("REFERRAL_NOT_FOUND",
                "the referral behind alert " + alert.alertId() + " is gone"));
    }

    private void audited(Alert alert, AuditAction action, String outcome, String reason, String correlationId) {
        AuditEvent event = AuditEvent.of(action, outcome).withMessage(null, correlationId).withCounterpart(alert.otherForce());
        audit.record(reason == null ? event : event.withReason(reason));
    }

    /** What a CrossAreaAlert says about the referral in the other area. */
    record ReferralElsewhere(String hitId, String band, org.crossflag.adapter.Forum forum, LocalDate referredOn,
                             String reference, org.crossflag.adapter.Contact contact) {
    }

    /** No alert by that id. */
    public static final class AlertNotFoundException extends RuntimeException {
        AlertNotFoundException(String alertId) {
            super("no alert " + alertId);
        }
    }

    /** The alert is not in a state that allows the change; carries a reason code. */
    public static final class AlertStateException extends RuntimeException {
        private final String reasonCode;

        AlertStateException(String reasonCode, String message) {
            super(message);
            this.reasonCode = reasonCode;
        }

        public String reasonCode() {
            return reasonCode;
        }
    }
}
