package org.crossflag.gateway.disclosures.records;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiPredicate;

import org.crossflag.adapter.LocalPersonRecord;
import org.crossflag.adapter.LocalRecordsSource;
import org.crossflag.adapter.LocalRecordsUnavailableException;

/**
 * What the force's own records systems hold about a person, asked at the time the DVDS officer reads a request: each
 * {@link LocalRecordsSource} is asked only about people filed under its own adapter id, with its own person id. A
 * record the node already holds under the same adapter and reference is not shown twice. Each gets a record id
 * derived from its adapter and reference, so the officer's choice of it still names it when the answer is sent.
 */
public final class LocalSystemRecords {

    private final List<LocalRecordsSource> sources;

    public LocalSystemRecords(List<LocalRecordsSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /**
     * @param storedAlready whether the node holds a record under (adapter id, reference)
     * @throws LocalRecordsUnavailableException when a records system that should answer cannot: what the force holds
     *                                          is then unknown, never "nothing"
     */
    public List<HeldRecord> heldAbout(
            String adapterId, String localPersonId, BiPredicate<String, String> storedAlready) {
        List<HeldRecord> held = new ArrayList<>();
        for (LocalRecordsSource source : sources) {
            if (!source.adapterId().equals(adapterId)) {
                continue;
            }
            for (LocalPersonRecord record : source.recordsHeldAbout(localPersonId)) {
                if (storedAlready.test(adapterId, record.reference())) {
                    continue;
                }
                HeldRecordKind kind = HeldRecordKind.of(record.kind());
                held.add(new HeldRecord(
                        recordId(adapterId, record.reference()),
                        kind,
                        kind.category(),
                        record.date(),
                        record.endsOn(),
                        record.summary(),
                        RehabilitationGuidance.forKind(kind)));
            }
        }
        return held;
    }

    /** The same id each time the same record is read, in the form of the node's other record ids. */
    static String recordId(String adapterId, String reference) {
        return UUID.nameUUIDFromBytes(
                        ("local-system-record/" + adapterId + "/" + reference).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
