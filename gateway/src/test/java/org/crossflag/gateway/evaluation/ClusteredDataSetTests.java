package org.crossflag.gateway.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.crossflag.gateway.matching.PartialDate;
import org.crossflag.gateway.matching.PersonIdentity;
import org.crossflag.gateway.matching.PostalAddress;
import org.crossflag.gateway.matching.Sex;
import org.junit.jupiter.api.Test;

/** Both public formats read from tiny hand-made files of invented people. */
class ClusteredDataSetTests {

    static final String FEBRL_HEADER = "rec_id, given_name, surname, street_number, address_1, address_2, suburb,"
            + " postcode, state, date_of_birth, soc_sec_id\n";
    static final String SPLINK_HEADER = "unique_id,first_name,surname,dob,city,email,cluster\n";

    @Test
    void febrlFieldsAreTrimmedAndMappedWithTheClusterFromTheRecordId() throws IOException {
        ClusteredDataSet data = febrl(
                "rec-7-org, ada, testperson, 12, acacia avenue, flat 2, kingsford, 2600, act, 19840607, 1234567\n"
                        + "rec-7-dup-0, adda, testperson, 12, acacia avenue, , kingsford, 2600, act, 19840607, 1234567\n");

        assertThat(data.records()).extracting(ClusteredRecord::id).containsExactly("rec-7-org", "rec-7-dup-0");
        assertThat(data.records()).extracting(ClusteredRecord::cluster).containsExactly("7", "7");
        PersonIdentity person = data.records().get(0).person();
        assertThat(person.givenNames()).containsExactly("ada");
        assertThat(person.familyNames()).containsExactly("testperson");
        assertThat(person.dateOfBirth()).isEqualTo(PartialDate.of(1984, 6, 7));
        assertThat(person.addresses()).containsExactly(new PostalAddress("2600", "12 acacia avenue"));
        assertThat(person.sex()).isEqualTo(Sex.UNKNOWN);
        assertThat(data.unusable()).isEmpty();
    }

    @Test
    void febrlSocialSecurityIdsAreNotUsed() throws IOException {
        PersonIdentity person = febrl("rec-1-org, ada, testperson, 1, a street, , town, 2600, act, 19840607, 1234567\n")
                .records()
                .get(0)
                .person();

        assertThat(person.pncId()).isNull();
        assertThat(person.phone()).isNull();
        assertThat(person.email()).isNull();
        assertThat(person.aliases()).isEmpty();
    }

    @Test
    void impossibleOrMisshapenDatesAreUnknownAndCountedWhileEmptyOnesAreJustUnknown() throws IOException {
        ClusteredDataSet data = febrl("rec-1-org, ada, testperson, 1, a street, , town, 2600, act, 19841392, 1\n"
                + "rec-1-dup-0, ada, testperson, 1, a street, , town, 2600, act, 19840017, 1\n"
                + "rec-1-dup-1, ada, testperson, 1, a street, , town, 2600, act, 1984067, 1\n"
                + "rec-1-dup-2, ada, testperson, 1, a street, , town, 2600, act, 17990101, 1\n"
                + "rec-1-dup-3, ada, testperson, 1, a street, , town, 2600, act, , 1\n");

        assertThat(data.records())
                .extracting(record -> record.person().dateOfBirth())
                .containsOnly(PartialDate.unknown());
        assertThat(data.unusable()).isEqualTo(Map.of("date_of_birth", 4));
    }

    @Test
    void aFebrlAddressIsWhateverOfNumberStreetAndPostcodeIsThere() throws IOException {
        ClusteredDataSet data = febrl("rec-1-org, ada, testperson, , acacia avenue, , town, 2600, act, , 1\n"
                + "rec-2-org, bea, testperson, 5, , , town, 2600, act, , 1\n"
                + "rec-3-org, cy, testperson, , , , town, 2600, act, , 1\n"
                + "rec-4-org, di, testperson, , , , town, , act, , 1\n");

        assertThat(data.records())
                .extracting(record -> record.person().addresses())
                .containsExactly(
                        List.of(new PostalAddress("2600", "acacia avenue")),
                        List.of(new PostalAddress("2600", "5")),
                        List.of(new PostalAddress("2600", null)),
                        List.of());
    }

    @Test
    void missingNamesAreUnknownAndNamesWithoutALetterAreUnknownAndCounted() throws IOException {
        ClusteredDataSet data = febrl("rec-1-org, , testperson, 1, a street, , town, 2600, act, 19840607, 1\n"
                + "rec-2-org, 3, ?, 1, a street, , town, 2600, act, 19840607, 1\n");

        assertThat(data.records().get(0).person().givenNames()).isEmpty();
        assertThat(data.records().get(0).person().familyNames()).containsExactly("testperson");
        assertThat(data.records().get(1).person().givenNames()).isEmpty();
        assertThat(data.records().get(1).person().familyNames()).isEmpty();
        assertThat(data.unusable()).isEqualTo(Map.of("given_name", 1, "surname", 1));
    }

    @Test
    void recordsWithoutAnyNameAreKeptInTheFileButNotAmongTheNamedOnes() throws IOException {
        ClusteredDataSet data = febrl("rec-1-org, , , 1, a street, , town, 2600, act, 19840607, 1\n"
                + "rec-1-dup-0, ada, , 1, a street, , town, 2600, act, 19840607, 1\n"
                + "rec-2-org, , testperson, 1, a street, , town, 2600, act, 19840607, 1\n");

        assertThat(data.records()).hasSize(3);
        assertThat(data.named()).extracting(ClusteredRecord::id).containsExactly("rec-1-dup-0", "rec-2-org");
    }

    @Test
    void aShortLineReadsItsMissingFieldsAsUnknownAndBlankLinesAreSkipped() throws IOException {
        ClusteredDataSet data = febrl("\nrec-1-org, ada, testperson\n\n");

        assertThat(data.records()).hasSize(1);
        PersonIdentity person = data.records().get(0).person();
        assertThat(person.dateOfBirth().isUnknown()).isTrue();
        assertThat(person.addresses()).isEmpty();
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsIgnored() throws IOException {
        ClusteredDataSet data = ClusteredDataSet.read(
                PublicDataSet.SPLINK_FAKE_1000,
                new StringReader("\uFEFF" + SPLINK_HEADER + "0,Ada,Testperson,1984-06-07,,,0\n"),
                "f.csv");

        assertThat(data.records()).extracting(ClusteredRecord::id).containsExactly("0");
    }

    @Test
    void splinkFieldsAreMappedAndTheCityIsNotUsed() throws IOException {
        ClusteredDataSet data = splink("0,Ada,Testperson,1984-06-07,London,ada@example.org,0\n"
                + "1,,Testperson,1984-06-07,Lndon,,0\n"
                + "2,Bea,,,,,1\n");

        assertThat(data.records()).extracting(ClusteredRecord::cluster).containsExactly("0", "0", "1");
        PersonIdentity first = data.records().get(0).person();
        assertThat(first.givenNames()).containsExactly("Ada");
        assertThat(first.familyNames()).containsExactly("Testperson");
        assertThat(first.dateOfBirth()).isEqualTo(PartialDate.of(1984, 6, 7));
        assertThat(first.email()).isEqualTo("ada@example.org");
        assertThat(first.addresses()).isEmpty();
        assertThat(data.records().get(1).person().email()).isNull();
        assertThat(data.records().get(1).person().givenNames()).isEmpty();
        assertThat(data.records().get(2).person().dateOfBirth().isUnknown()).isTrue();
        assertThat(data.unusable()).isEmpty();
    }

    @Test
    void splinkDatesInAnotherShapeOrImpossibleAreUnknownAndCounted() throws IOException {
        ClusteredDataSet data = splink("0,Ada,Testperson,1984/06/07,,,0\n"
                + "1,Ada,Testperson,1984-02-30,,,0\n"
                + "2,Ada,Testperson,1984-06,,,0\n");

        assertThat(data.records())
                .extracting(record -> record.person().dateOfBirth())
                .containsOnly(PartialDate.unknown());
        assertThat(data.unusable()).isEqualTo(Map.of("dob", 3));
    }

    @Test
    void aRecordIdNotShapedLikeFebrlsIsRefusedByLineWithoutItsContent() {
        assertThatThrownBy(() -> febrl("rec-1-org, ada, testperson, 1, a street, , t, 2600, act, , 1\n"
                        + "record-seven, ada, testperson, 1, a street, , t, 2600, act, , 1\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("f.csv: line 3: rec_id is not rec-N-org or rec-N-dup-K");
    }

    @Test
    void aLineWithoutIdOrClusterIsRefusedByLine() {
        assertThatThrownBy(() -> febrl(", ada, testperson, 1, a street, , t, 2600, act, , 1\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("f.csv: line 2: empty rec_id");
        assertThatThrownBy(() -> splink("0,Ada,Testperson,1984-06-07,,,\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("f.csv: line 2: empty cluster");
        assertThatThrownBy(() -> splink(",Ada,Testperson,1984-06-07,,,0\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("f.csv: line 2: empty unique_id");
    }

    @Test
    void aRepeatedIdIsRefusedNamingBothLines() {
        assertThatThrownBy(() -> splink("0,Ada,Testperson,,,,0\n1,Bea,Testperson,,,,1\n0,Cy,Testperson,,,,2\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("f.csv: line 4: repeats the id of line 2");
    }

    @Test
    void aHeaderWithoutANeededColumnOrNoHeaderAtAllIsRefused() {
        assertThatThrownBy(() -> ClusteredDataSet.read(
                        PublicDataSet.FEBRL3, new StringReader(SPLINK_HEADER + "0,Ada,Testperson,,,,0\n"), "f.csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("f.csv: no 'rec_id' column in the header of a febrl3 file");
        assertThatThrownBy(() -> ClusteredDataSet.read(
                        PublicDataSet.SPLINK_FAKE_1000,
                        new StringReader("unique_id,first_name,surname,dob,email\n"),
                        "f.csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("f.csv: no 'cluster' column in the header of a splink-fake-1000 file");
        assertThatThrownBy(() -> ClusteredDataSet.read(PublicDataSet.FEBRL3, new StringReader(""), "f.csv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("f.csv: empty file, expected a header line");
    }

    @Test
    void aHeaderOnlyFileHasNoRecords() throws IOException {
        assertThat(febrl("").records()).isEmpty();
    }

    @Test
    void dataSetsAreFoundByTheirCommandLineNames() {
        assertThat(PublicDataSet.byLabel("febrl3")).contains(PublicDataSet.FEBRL3);
        assertThat(PublicDataSet.byLabel("splink-fake-1000")).contains(PublicDataSet.SPLINK_FAKE_1000);
        assertThat(PublicDataSet.byLabel("FEBRL3")).isEmpty();
        assertThat(PublicDataSet.labels()).containsExactly("febrl3", "splink-fake-1000");
    }

    private static ClusteredDataSet febrl(String lines) throws IOException {
        return ClusteredDataSet.read(PublicDataSet.FEBRL3, new StringReader(FEBRL_HEADER + lines), "f.csv");
    }

    private static ClusteredDataSet splink(String lines) throws IOException {
        return ClusteredDataSet.read(PublicDataSet.SPLINK_FAKE_1000, new StringReader(SPLINK_HEADER + lines), "f.csv");
    }
}
