package org.crossflag.gateway.hearings.amendments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.crossflag.adapter.FieldForm;
import org.crossflag.adapter.LocalHearing;
import org.crossflag.adapter.LocalRecordSink;
import org.crossflag.adapter.LocalRecordType;
import org.crossflag.adapter.LocalWithdrawal;
import org.crossflag.adapter.RejectedRecordException;
import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.audit.AuditEvent;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.hearings.alerts.Alert;
import org.crossflag.gateway.hearings.alerts.AlertAmendments;
import org.crossflag.gateway.hearings.queries.IssuedHitRepository;
import org.crossflag.gateway.hearings.records.AmendedRecord;
import org.crossflag.gateway.hearings.records.Amendment;
import org.crossflag.gateway.hearings.records.CorrectedHit;
import org.crossflag.gateway.hearings.records.HearingMatching;
import org.crossflag.gateway.hearings.records.HearingRepository;
import org.crossflag.gateway.hearings.records.LocalPeople;
import org.crossflag.gateway.hearings.records.RecordFields;
import org.crossflag.gateway.hearings.records.RecordedHarm;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Corrections, withdrawals and purges at the force that holds the record, each in one transaction: the stored record
 * changes (and the index with it), this node's own alerts about it follow, and a RecordAmendment is queued to every
 * force that received a hit derived from it ({@link IssuedHitRepository}) or, for a referral, a CrossAreaAlert. An
 * unknown reference is refused ({@code RECORD_NOT_FOUND}) with nothing stored or sent.
 */
public final class RecordAmendments {

    private final LocalPeople people;
    private final HearingRepository hearings;
    private final HearingMatching matching;
    private final RecordedHarm harm;
    private final IssuedHitRepository issuedHits;
    private final AlertAmendments alerts;
    private final AmendmentNotices notices;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RecordAmendments(
            LocalPeople people,
            HearingRepository hearings,
            HearingMatching matching,
            RecordedHarm harm,
            IssuedHitRepository issuedHits,
            AlertAmendments alerts,
            AmendmentNotices notices,
            AuditTrail audit,
            TransactionTemplate transactions,
            Clock clock) {
        this.people = people;
        this.hearings = hearings;
        this.matching = matching;
        this.harm = harm;
        this.issuedHits = issuedHits;
        this.alerts = alerts;
        this.notices = notices;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Replaces the hearing the adapter delivered under the same reference. When the hit's fields (forum, date, score)
     * changed, every force that received a hit about it is told, and this node's alerts about it show the correction.
     */
    public LocalRecordSink.RecordOutcome hearingCorrected(String adapterId, LocalHearing corrected, LocalDate on) {
        requireSource(adapterId);
        if (corrected.score() != null
                && (corrected.score().tool().isBlank()
                        || corrected.score().toolVersion().isBlank())) {
            throw new RejectedRecordException("SCORE_TOOL_MISSING", "a score needs its tool and tool version");
        }
        RecordFields.requireCarriable(corrected);
        RecordedHarm.requireIdentifiable(corrected.victims());
        return transactions.execute(status -> {
            HearingRepository.StoredHearing stored = AmendedHearing.find(
                    hearings.liveHearings(adapterId, corrected.localReference()), corrected.forum());
            String personId = people.save(adapterId, corrected.subject(), clock.instant());
            hearings.correctHearing(stored.hearingId(), corrected, personId, on);
            harm.ofHearing(adapterId, stored.hearingId(), corrected, clock.instant());
            matching.indexOnCommit(personId, corrected.subject());
            if (!personId.equals(stored.personId()) && !people.findable(stored.personId())) {
                matching.unindexOnCommit(stored.personId());
            }
            CorrectedHit now = new CorrectedHit(corrected.forum(), corrected.heardOn(), corrected.score());
            boolean hitChanged = !now.equals(CorrectedHit.of(stored));
            audit.record(AuditEvent.of(AuditAction.HEARING_CORRECTED, hitChanged ? "HIT_CHANGED" : "HIT_UNCHANGED")
                    .withReason(corrected.forum().name()));
            if (hitChanged) {
                alerts.ownHearingAmended(stored.hearingId(), Amendment.CORRECTED, on, now);
                tellHitRecipients(stored, Amendment.CORRECTED, on, now);
            }
            return new LocalRecordSink.RecordOutcome(stored.hearingId(), false);
        });
    }

    /** A hearing or referral deleted at its source. Person records are not taken here. */
    public LocalRecordSink.RecordOutcome recordWithdrawn(String adapterId, LocalWithdrawal withdrawal) {
        requireSource(adapterId);
        if (!FieldForm.REFERENCE.allows(withdrawal.localReference())) {
            throw new RejectedRecordException("REFERENCE_INVALID", "localReference is not a reference");
        }
        if (withdrawal.recordType() == LocalRecordType.HEARING) {
            return transactions.execute(status -> withdrawHearing(adapterId, withdrawal));
        }
        if (withdrawal.recordType() == LocalRecordType.REFERRAL) {
            return transactions.execute(status -> withdrawReferral(adapterId, withdrawal));
        }
        throw new RejectedRecordException("EVENT_NOT_TAKEN", "this node does not take withdrawals of this recordType");
    }

    /**
     * Deletes a hearing past its retention period, with the hits issued about it and, when nothing else refers to
     * them, its person; the forces that received those hits are sent a purge first. In its own transaction.
     */
    void purge(HearingRepository.StoredHearing hearing, LocalDate today) {
        transactions.executeWithoutResult(status -> {
            alerts.ownHearingAmended(hearing.hearingId(), Amendment.PURGED, today, null);
            tellHitRecipients(hearing, Amendment.PURGED, today, null);
            issuedHits.deleteAbout(hearing.hearingId());
            harm.hearingPurged(hearing.hearingId());
            hearings.deleteHearing(hearing.hearingId());
            if (!people.findable(hearing.personId())) {
                matching.unindexOnCommit(hearing.personId());
            }
            people.deleteIfUnreferenced(hearing.personId());
            audit.record(AuditEvent.of(AuditAction.HEARING_PURGED, "PURGED")
                    .withReason(hearing.forum().name()));
        });
    }

    private LocalRecordSink.RecordOutcome withdrawHearing(String adapterId, LocalWithdrawal withdrawal) {
        HearingRepository.StoredHearing stored =
                AmendedHearing.find(hearings.liveHearings(adapterId, withdrawal.localReference()), null);
        hearings.withdrawHearing(stored.hearingId(), withdrawal.withdrawnOn());
        harm.hearingWithdrawn(stored.hearingId());
        if (!people.findable(stored.personId())) {
            matching.unindexOnCommit(stored.personId());
        }
        audit.record(AuditEvent.of(AuditAction.HEARING_WITHDRAWN, "WITHDRAWN")
                .withReason(stored.forum().name()));
        alerts.ownHearingAmended(stored.hearingId(), Amendment.WITHDRAWN, withdrawal.withdrawnOn(), null);
        tellHitRecipients(stored, Amendment.WITHDRAWN, withdrawal.withdrawnOn(), null);
        return new LocalRecordSink.RecordOutcome(stored.hearingId(), false);
    }

    private LocalRecordSink.RecordOutcome withdrawReferral(String adapterId, LocalWithdrawal withdrawal) {
        String referralId = hearings.findLiveReferral(adapterId, withdrawal.localReference())
                .orElseThrow(() -> new RejectedRecordException(
                        AmendedHearing.NOT_FOUND, "no referral is held under localReference from this source"));
        HearingRepository.StoredReferral referral =
                hearings.referral(referralId).orElseThrow();
        // Read before the alerts change: which holders were told of the referral.
        List<Alert> told = alerts.toldHolders(referralId);
        hearings.withdrawReferral(referralId, withdrawal.withdrawnOn());
        audit.record(AuditEvent.of(AuditAction.REFERRAL_WITHDRAWN, "WITHDRAWN")
                .withReason(referral.forum().name()));
        alerts.ownReferralAmended(referralId, Amendment.WITHDRAWN, withdrawal.withdrawnOn());
        notices.send(
                AmendmentNotices.reaches(told.stream()
                        .map(alert -> new AmendmentNotices.Derived(alert.otherForce(), alert.queryId(), alert.hitId()))
                        .toList()),
                AmendedRecord.REFERRAL,
                Amendment.WITHDRAWN,
                withdrawal.withdrawnOn(),
                referral.forum(),
                referral.consent(),
                null);
        return new LocalRecordSink.RecordOutcome(referralId, false);
    }

    private void tellHitRecipients(
            HearingRepository.StoredHearing hearing, Amendment amendment, LocalDate on, CorrectedHit corrected) {
        List<AmendmentNotices.Derived> derived = issuedHits.issuedAbout(hearing.hearingId()).stream()
                .map(hit -> new AmendmentNotices.Derived(hit.recipient(), hit.queryId(), hit.hitId()))
                .toList();
        notices.send(
                AmendmentNotices.reaches(derived),
                AmendedRecord.HEARING,
                amendment,
                on,
                hearing.forum(),
                AmendmentNotices.NO_PERSONAL_DATA,
                corrected);
    }

    private static void requireSource(String source) {
        if (source == null || !FieldForm.ADAPTER_ID.allows(source)) {
            throw new RejectedRecordException("SOURCE_INVALID", "adapterId must be lower-case letters, digits and '-'");
        }
    }
}
