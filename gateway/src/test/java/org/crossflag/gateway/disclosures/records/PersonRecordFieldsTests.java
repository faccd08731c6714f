package org.crossflag.gateway.disclosures.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.crossflag.adapter.LocalPerson;
import org.crossflag.adapter.LocalPersonRecord;
import org.crossflag.adapter.RecordKind;
import org.junit.jupiter.api.Test;

class PersonRecordFieldsTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final LocalPerson PERSON = new LocalPerson(
            "ESX-P-900",
            List.of("Dale"),
            List.of("Orton"),
            null,
            "1988-09-14",
            null,
            "CM1 1AA",
            null,
            null,
            null,
            null);

    @Test
    void aWellFormedRecordIsUsable() {
        assertThatCode(() -> PersonRecordFields.requireUsable("records-api", record(PERSON, "CR/2019/0042"), TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void eachFieldAtFaultIsNamedWithItsReason() {
        refused("Records API", record(PERSON, "CR/1"), "adapterId", "INVALID_FORM");
        refused(null, record(PERSON, "CR/1"), "adapterId", PersonRecordFields.FIELD_MISSING);
        refused("records-api", record(PERSON, "CR;1"), "reference", "INVALID_FORM");
        refused("records-api", record(PERSON, "C".repeat(81)), "reference", "VALUE_TOO_LONG");
        refused(
                "records-api",
                new LocalPersonRecord(
                        "CR/1", PERSON, RecordKind.CONVICTION, LocalDate.of(2019, 3, 4), null, "x".repeat(501)),
                "summary",
                "VALUE_TOO_LONG");
        refused(
                "records-api",
                new LocalPersonRecord(
                        "CR/1", PERSON, RecordKind.CONVICTION, LocalDate.of(2019, 3, 4), null, "two\nlines"),
                "summary",
                "INVALID_FORM");
    }

    @Test
    void aPersonWithoutAFamilyNameOrAPncIdIsRefusedOnTheFamilyName() {
        LocalPerson unnamed = new LocalPerson(
                "ESX-P-901", List.of("Dale"), List.of(), null, null, null, null, null, null, null, null);
        refused("records-api", record(unnamed, "CR/2"), "person.familyName", "SUBJECT_UNIDENTIFIABLE");
        LocalPerson badBirth = new LocalPerson(
                "ESX-P-902", null, List.of("Orton"), null, "14/09/1988", null, null, null, null, null, null);
        refused("records-api", record(badBirth, "CR/3"), "person.dateOfBirth", "DATE_OF_BIRTH_INVALID");
    }

    @Test
    void aRecordCannotBeDatedAfterTodayOrEndBeforeItBegan() {
        refused(
                "records-api",
                new LocalPersonRecord("CR/4", PERSON, RecordKind.ORDER, TODAY.plusDays(1), null, "Restraining order"),
                "date",
                "DATE_IN_FUTURE");
        refused(
                "records-api",
                new LocalPersonRecord("CR/5", PERSON, RecordKind.ORDER, TODAY, TODAY.minusDays(1), "Restraining order"),
                "endsOn",
                "ENDS_BEFORE_DATE");
        assertThatCode(() -> PersonRecordFields.requireUsable(
                        "records-api",
                        new LocalPersonRecord(
                                "CR/6", PERSON, RecordKind.ORDER, TODAY, TODAY.plusYears(2), "Restraining order"),
                        TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void theMessageNamesTheFieldButNeverItsValue() {
        assertThatThrownBy(() -> PersonRecordFields.requireUsable(
                        "records-api",
                        new LocalPersonRecord(
                                "CR/7", PERSON, RecordKind.MARKER, TODAY, null, "Orton threatened\nneighbour"),
                        TODAY))
                .hasMessageContaining("summary")
                .hasMessageNotContaining("Orton")
                .hasMessageNotContaining("neighbour");
    }

    private static LocalPersonRecord record(LocalPerson person, String reference) {
        return new LocalPersonRecord(
                reference, person, RecordKind.CONVICTION, LocalDate.of(2019, 3, 4), null, "Assault by beating");
    }

    private static void refused(String adapterId, LocalPersonRecord record, String field, String reason) {
        assertThatThrownBy(() -> PersonRecordFields.requireUsable(adapterId, record, TODAY))
                .isInstanceOfSatisfying(PersonRecordRejectedException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.reasonCode()).isEqualTo(reason);
                });
    }
}
