package org.crossflag.adapter.rmssoap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.crossflag.adapter.LocalPersonRecord;
import org.crossflag.adapter.LocalRecordsUnavailableException;
import org.crossflag.adapter.RecordKind;
import org.crossflag.adapter.rmssoap.query.HeldRecord;
import org.crossflag.adapter.rmssoap.query.Person;
import org.crossflag.adapter.rmssoap.query.RecordsHeld;
import org.junit.jupiter.api.Test;

class RecordsHeldMapperTests {

    final RecordsHeldMapper mapper = new RecordsHeldMapper();

    static HeldRecord record(String reference, String kind, String date) {
        HeldRecord record = new HeldRecord();
        record.setReference(reference);
        record.setKind(kind);
        record.setDate(date);
        record.setSummary("Non-molestation order, 12 months");
        return record;
    }

    static RecordsHeld answer(String localPersonId, HeldRecord... records) {
        RecordsHeld answer = new RecordsHeld();
        Person person = new Person();
        person.setLocalPersonId(localPersonId);
        person.getFamilyName().add("Quillfeather");
        answer.setPerson(person);
        answer.getRecord().addAll(List.of(records));
        return answer;
    }

    @Test
    void eachRecordIsAboutThePersonAskedAbout() {
        HeldRecord order = record("ORD/2024/0178", "ORDER", "2024-09-03");
        order.setEndsOn("2025-09-02");

        List<LocalPersonRecord> records = mapper.records("RMS-P-300417", answer("RMS-P-300417", order));

        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.reference()).isEqualTo("ORD/2024/0178");
            assertThat(r.kind()).isEqualTo(RecordKind.ORDER);
            assertThat(r.date()).isEqualTo(LocalDate.of(2024, 9, 3));
            assertThat(r.endsOn()).isEqualTo(LocalDate.of(2025, 9, 2));
            assertThat(r.person().localPersonId()).isEqualTo("RMS-P-300417");
            assertThat(r.person().familyNames()).containsExactly("Quillfeather");
        });
    }

    @Test
    void anEmptyAnswerHoldsNothing() {
        assertThat(mapper.records("RMS-P-300417", new RecordsHeld())).isEmpty();
    }

    @Test
    void anAnswerAboutSomeoneElseOrWithAnUnusableRecordIsRefusedWhole() {
        assertInvalid(
                () -> mapper.records("RMS-P-300417", answer("RMS-P-999999")), "person/localPersonId", "RMS-P-999999");
        assertInvalid(
                () -> mapper.records(
                        "RMS-P-300417",
                        answer(
                                "RMS-P-300417",
                                record("CR/1", "CONVICTION", "2019-05-14"),
                                record("ORD/2", "INJUNCTION", "2024-09-03"))),
                "record[1]/kind",
                "INJUNCTION");
        assertInvalid(
                () -> mapper.records(
                        "RMS-P-300417", answer("RMS-P-300417", record("CR/1", "CONVICTION", "14/05/2019"))),
                "record[0]/date",
                "14/05/2019");
        assertInvalid(
                () -> mapper.records("RMS-P-300417", answer("RMS-P-300417", record(null, "CONVICTION", "2019-05-14"))),
                "record[0]/reference",
                "CONVICTION");
        assertInvalid(() -> mapper.records("RMS-P-300417", null), "recordsHeld", "RMS-P");
    }

    static void assertInvalid(Runnable mapping, String field, String neverSaid) {
        assertThatThrownBy(mapping::run).isInstanceOfSatisfying(LocalRecordsUnavailableException.class, e -> {
            assertThat(e.reasonCode()).isEqualTo("RECORDS_SYSTEM_ANSWER_INVALID");
            assertThat(e.getMessage()).contains(field).doesNotContain(neverSaid);
        });
    }
}
