package org.crossflag.gateway.disclosures.records;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.crossflag.adapter.LocalPersonRecord;
import org.crossflag.adapter.LocalRecordSink.RecordOutcome;
import org.crossflag.adapter.LocalRecordsUnavailableException;
import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.audit.AuditEvent;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.hearings.records.HearingMatching;
import org.crossflag.gateway.hearings.records.HearingRepository;
import org.crossflag.gateway.hearings.records.LocalPeople;
import org.crossflag.gateway.hearings.records.Officer;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The person records this force holds (convictions, cautions, out-of-court disposals, orders, markers): stored with
 * the person, who is then in the blinded local index so that another force's DVDS check finds them, and read back,
 * with the person's panel hearings, for the DVDS officer who answers a disclosure request.
 */
public final class PersonRecords {

    private final LocalPeople people;
    private final PersonRecordRepository records;
    private final HearingRepository hearings;
    private final HearingMatching matching;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final LocalSystemRecords localSystems;

    public PersonRecords(
            LocalPeople people,
            PersonRecordRepository records,
            HearingRepository hearings,
            HearingMatching matching,
            AuditTrail audit,
            TransactionTemplate transactions,
            Clock clock,
            LocalSystemRecords localSystems) {
        this.people = people;
        this.records = records;
        this.hearings = hearings;
        this.matching = matching;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.localSystems = localSystems;
    }

    /**
     * Stores the record and its person, audits it and indexes the person once the transaction commits. A reference
     * the adapter has already delivered is not stored again.
     *
     * @param officer who delivered it: the logged-in officer, or the node's service identity for an adapter
     * @throws PersonRecordRejectedException naming the field at fault; nothing is stored
     */
    public RecordOutcome hold(String adapterId, LocalPersonRecord record, Officer officer) {
        PersonRecordFields.requireUsable(adapterId, record, LocalDate.now(clock));
        return transactions.execute(status -> {
            Optional<String> known = records.find(adapterId, record.reference());
            if (known.isPresent()) {
                return new RecordOutcome(known.get(), true);
            }
            Instant now = clock.instant();
            String personId = people.save(adapterId, record.person(), now);
            String recordId = records.insert(adapterId, record, personId, now);
            audit.record(AuditEvent.of(AuditAction.PERSON_RECORD_HELD, "RECORDED")
                    .withActor(officer.officerId(), officer.role().wire())
                    .withReason(record.kind().wire()));
            matching.indexOnCommit(personId, record.person());
            return new RecordOutcome(recordId, false);
        });
    }

    /**
     * Everything this force holds about the person with this node id, newest first: person records and hearings, and
     * what the records system the person was filed from holds now ({@link LocalSystemRecords}).
     *
     * @throws LocalRecordsUnavailableException when that records system cannot answer
     */
    public List<HeldRecord> heldAbout(String personId) {
        List<HeldRecord> held = new ArrayList<>();
        people.filedUnder(personId)
                .ifPresent(filed -> held.addAll(localSystems.heldAbout(
                        filed.adapterId(),
                        filed.localPersonId(),
                        (adapterId, reference) ->
                                records.find(adapterId, reference).isPresent())));
        for (PersonRecordRepository.StoredPersonRecord stored : records.recordsOf(personId)) {
            HeldRecordKind kind = HeldRecordKind.of(stored.kind());
            held.add(new HeldRecord(
                    stored.recordId(),
                    kind,
                    kind.category(),
                    stored.date(),
                    stored.endsOn(),
                    stored.summary(),
                    RehabilitationGuidance.forKind(kind)));
        }
        for (HearingRepository.StoredHearing hearing : hearings.hearingsOf(personId)) {
            HeldRecordKind kind = HeldRecordKind.of(hearing.forum());
            held.add(new HeldRecord(
                    hearing.hearingId(),
                    kind,
                    kind.category(),
                    hearing.heardOn(),
                    null,
                    hearing.forum().wire() + " hearing, reference " + hearing.reference(),
                    RehabilitationGuidance.forKind(kind)));
        }
        held.sort(Comparator.comparing(HeldRecord::date).reversed());
        return List.copyOf(held);
    }
}
