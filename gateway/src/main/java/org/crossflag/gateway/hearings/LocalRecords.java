package org.crossflag.gateway.hearings;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.crossflag.adapter.ConsentState;
import org.crossflag.adapter.FieldForm;
import org.crossflag.adapter.LocalHearing;
import org.crossflag.adapter.LocalPersonRecord;
import org.crossflag.adapter.LocalRecordSink;
import org.crossflag.adapter.LocalReferral;
import org.crossflag.adapter.RejectedRecordException;
import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.audit.AuditEvent;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.disclosures.records.PersonRecords;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.hearings.queries.PriorHearingQueries;
import org.crossflag.gateway.hearings.records.ConsentDecision;
import org.crossflag.gateway.hearings.records.HearingMatching;
import org.crossflag.gateway.hearings.records.HearingRepository;
import org.crossflag.gateway.hearings.records.LocalPeople;
import org.crossflag.gateway.hearings.records.Officer;
import org.crossflag.gateway.hearings.records.RecordFields;
import org.crossflag.gateway.hearings.records.RecordedHarm;
import org.crossflag.gateway.node.NodeIdentity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where hearings, referrals and person records enter the node, from adapters and from the API. A hearing is stored
 * and indexed; a referral is stored and starts its prior-hearing query in the same transaction; a person record goes
 * to {@link PersonRecords}. A reference already stored
 * for the same source is not stored again.
 */
public class LocalRecords {

    /** The source name of records entered through the API. */
    public static final String API_SOURCE = "api";

    private final NodeIdentity node;
    private final LocalPeople people;
    private final HearingRepository hearings;
    private final HearingMatching matching;
    private final RecordedHarm harm;
    private final PriorHearingQueries queries;
    private final PersonRecords personRecords;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LocalRecords(
            NodeIdentity node,
            LocalPeople people,
            HearingRepository hearings,
            HearingMatching matching,
            RecordedHarm harm,
            PriorHearingQueries queries,
            PersonRecords personRecords,
            AuditTrail audit,
            TransactionTemplate transactions,
            Clock clock) {
        this.node = node;
        this.people = people;
        this.hearings = hearings;
        this.matching = matching;
        this.harm = harm;
        this.queries = queries;
        this.personRecords = personRecords;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public LocalRecordSink.RecordOutcome hearingHeld(String adapterId, LocalHearing hearing) {
        requireSource(adapterId);
        requireScore(hearing);
        RecordFields.requireCarriable(hearing);
        RecordedHarm.requireIdentifiable(hearing.victims());
        return transactions.execute(status -> {
            Optional<String> known = hearings.findHearing(adapterId, hearing.forum(), hearing.localReference());
            if (known.isPresent()) {
                return new LocalRecordSink.RecordOutcome(known.get(), true);
            }
            Instant now = clock.instant();
            String personId = people.save(adapterId, hearing.subject(), now);
            String hearingId = hearings.insertHearing(adapterId, hearing, personId, now);
            harm.ofHearing(adapterId, hearingId, hearing, now);
            audit.record(AuditEvent.of(AuditAction.HEARING_RECORDED, "RECORDED")
                    .withReason(hearing.forum().name()));
            matching.indexOnCommit(personId, hearing.subject());
            return new LocalRecordSink.RecordOutcome(hearingId, false);
        });
    }

    public LocalRecordSink.RecordOutcome referralReceived(String adapterId, LocalReferral referral) {
        return referral(
                        adapterId,
                        referral,
                        new Officer(node.serviceOfficerId(), node.serviceRole()),
                        new Envelope.Consent(ConsentState.NOT_SOUGHT_THRESHOLD_MET, null))
                .outcome();
    }

    /** Held in the name of the node's service identity, as adapters' referrals are. */
    public LocalRecordSink.RecordOutcome personRecordHeld(String adapterId, LocalPersonRecord record) {
        return personRecords.hold(adapterId, record, new Officer(node.serviceOfficerId(), node.serviceRole()));
    }

    /** A referral entered by an officer, with the victim-consent state they recorded. */
    public ReferralStarted referral(String source, LocalReferral referral, Officer officer, Envelope.Consent consent) {
        requireSource(source);
        RecordFields.requireCarriable(referral);
        RecordedHarm.requireIdentifiable(referral.victims());
        ConsentDecision.of(consent.state(), consent.justification()).requireAllowed();
        return transactions.execute(status -> {
            Optional<String> known = hearings.findReferral(source, referral.localReference());
            if (known.isPresent()) {
                return new ReferralStarted(
                        new LocalRecordSink.RecordOutcome(known.get(), true),
                        queries.queryOfReferral(known.get()).orElse(null));
            }
            Instant now = clock.instant();
            String personId = people.save(source, referral.subject(), now);
            String referralId = hearings.insertReferral(source, referral, personId, officer, consent, now);
            harm.ofReferral(source, referralId, referral, now);
            audit.record(AuditEvent.of(AuditAction.REFERRAL_RECORDED, "RECORDED")
                    .withActor(officer.officerId(), officer.role().wire())
                    .withReason(referral.forum().name()));
            String queryId = queries.start(
                    hearings.referral(referralId).orElseThrow(), LocalPeople.identity(referral.subject()), consent);
            return new ReferralStarted(new LocalRecordSink.RecordOutcome(referralId, false), queryId);
        });
    }

    /** @param queryId the prior-hearing query the referral started */
    public record ReferralStarted(LocalRecordSink.RecordOutcome outcome, String queryId) {}

    private static void requireSource(String source) {
        if (source == null || !FieldForm.ADAPTER_ID.allows(source)) {
            throw new RejectedRecordException("SOURCE_INVALID", "adapterId must be lower-case letters, digits and '-'");
        }
    }

    private static void requireScore(LocalHearing hearing) {
        if (hearing.score() != null
                && (hearing.score().tool().isBlank()
                        || hearing.score().toolVersion().isBlank())) {
            throw new RejectedRecordException("SCORE_TOOL_MISSING", "a score needs its tool and tool version");
        }
    }
}
