package org.crossflag.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class LocalPersonRecordTests {

    static final LocalPerson PERSON = new LocalPerson(
            "SFK-P-77", List.of("Dale"), List.of("Orton"), null, "1988-09-14", null, null, null, null, null, null);

    @Test
    void aRecordNeedsItsReferencePersonKindDateAndSummaryButNotAnEnd() {
        LocalPersonRecord record = new LocalPersonRecord(
                "CR/2019/0042", PERSON, RecordKind.CONVICTION, LocalDate.of(2019, 3, 4), null, "Assault by beating");
        assertThat(record.endsOn()).isNull();
        assertThatThrownBy(() -> new LocalPersonRecord(
                        "CR/2019/0042", PERSON, null, LocalDate.of(2019, 3, 4), null, "Assault by beating"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("kind");
        assertThatThrownBy(() -> new LocalPersonRecord(
                        "CR/2019/0042", PERSON, RecordKind.ORDER, null, null, "Restraining order"))
                .hasMessage("date");
    }

    @Test
    void itsTextNamesNeitherThePersonNorTheSummary() {
        LocalPersonRecord record = new LocalPersonRecord(
                "CR/2019/0042", PERSON, RecordKind.CAUTION, LocalDate.of(2019, 3, 4), null, "Criminal damage");
        assertThat(record.toString())
                .isEqualTo("LocalPersonRecord[CAUTION]")
                .doesNotContain("Orton")
                .doesNotContain("damage");
    }
}
