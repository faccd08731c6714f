package org.crossflag.gateway.disclosures.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crossflag.adapter.LocalPerson;
import org.crossflag.adapter.LocalPersonRecord;
import org.crossflag.adapter.LocalRecordsSource;
import org.crossflag.adapter.LocalRecordsUnavailableException;
import org.crossflag.adapter.RecordKind;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.junit.jupiter.api.Test;

class LocalSystemRecordsTests {

    static final LocalPerson PERSON =
            new LocalPerson("RMS-P-300417", null, null, null, null, null, null, null, null, null, null);

    /** A records system holding records per person id, remembering whom it was asked about. */
    static class StubSource implements LocalRecordsSource {
        final String adapterId;
        final Map<String, List<LocalPersonRecord>> held;
        final List<String> asked = new ArrayList<>();

        StubSource(String adapterId, Map<String, List<LocalPersonRecord>> held) {
            this.adapterId = adapterId;
            this.held = held;
        }

        @Override
        public String adapterId() {
            return adapterId;
        }

        @Override
        public List<LocalPersonRecord> recordsHeldAbout(String localPersonId) {
            asked.add(localPersonId);
            return held.getOrDefault(localPersonId, List.of());
        }
    }

    static LocalPersonRecord record(String reference, RecordKind kind, LocalDate date, LocalDate endsOn) {
        return new LocalPersonRecord(reference, PERSON, kind, date, endsOn, "Non-molestation order, 12 months");
    }

    @Test
    void theSourceOfThePersonsAdapterIsAskedWithItsOwnIdAndItsRecordsAreHeldRecords() {
        StubSource rms = new StubSource(
                "essex-rms",
                Map.of(
                        "RMS-P-300417",
                        List.of(record("ORD/2024/0178", RecordKind.ORDER, LocalDate.of(2024, 9, 3), null))));
        StubSource other = new StubSource("other-rms", Map.of());

        List<HeldRecord> held = new LocalSystemRecords(List.of(rms, other))
                .heldAbout("essex-rms", "RMS-P-300417", (adapter, reference) -> false);

        assertThat(held).singleElement().satisfies(record -> {
            assertThat(record.kind()).isEqualTo(HeldRecordKind.ORDER);
            assertThat(record.category()).isEqualTo(DataCategory.ORDERS);
            assertThat(record.date()).isEqualTo(LocalDate.of(2024, 9, 3));
            assertThat(record.summary()).isEqualTo("Non-molestation order, 12 months");
            assertThat(record.recordId()).isEqualTo(LocalSystemRecords.recordId("essex-rms", "ORD/2024/0178"));
        });
        assertThat(rms.asked).containsExactly("RMS-P-300417");
        assertThat(other.asked)
                .as("a source is never asked about another adapter's people")
                .isEmpty();
    }

    @Test
    void aPersonFiledByAnotherAdapterIsNeverAskedAbout() {
        StubSource rms = new StubSource("essex-rms", Map.of());

        assertThat(new LocalSystemRecords(List.of(rms)).heldAbout("marac-csv", "P-1", (a, r) -> false))
                .isEmpty();
        assertThat(rms.asked).isEmpty();
    }

    @Test
    void aRecordTheNodeAlreadyHoldsIsNotShownTwice() {
        StubSource rms = new StubSource(
                "essex-rms",
                Map.of(
                        "RMS-P-300417",
                        List.of(
                                record("CR/2019/0042", RecordKind.CONVICTION, LocalDate.of(2019, 5, 14), null),
                                record("MKR/2025/0901", RecordKind.MARKER, LocalDate.of(2025, 1, 17), null))));

        List<HeldRecord> held = new LocalSystemRecords(List.of(rms))
                .heldAbout("essex-rms", "RMS-P-300417", (adapter, reference) -> reference.equals("CR/2019/0042"));

        assertThat(held).extracting(HeldRecord::kind).containsExactly(HeldRecordKind.MARKER);
    }

    @Test
    void recordIdsAreStableLowerCaseUuidsDistinctPerAdapterAndReference() {
        String id = LocalSystemRecords.recordId("essex-rms", "CR/2019/0042");

        assertThat(id).isEqualTo(LocalSystemRecords.recordId("essex-rms", "CR/2019/0042"));
        assertThat(id).matches("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
        assertThat(id)
                .isNotEqualTo(LocalSystemRecords.recordId("other-rms", "CR/2019/0042"))
                .isNotEqualTo(LocalSystemRecords.recordId("essex-rms", "CR/2019/0043"));
    }

    @Test
    void aSourceThatCannotAnswerIsNeverTakenAsHoldingNothing() {
        LocalRecordsSource down = new StubSource("essex-rms", Map.of()) {
            @Override
            public List<LocalPersonRecord> recordsHeldAbout(String localPersonId) {
                throw new LocalRecordsUnavailableException("RECORDS_SYSTEM_UNREACHABLE", "no answer", null);
            }
        };

        assertThatThrownBy(() -> new LocalSystemRecords(List.of(down)).heldAbout("essex-rms", "P", (a, r) -> false))
                .isInstanceOf(LocalRecordsUnavailableException.class);
    }
}
