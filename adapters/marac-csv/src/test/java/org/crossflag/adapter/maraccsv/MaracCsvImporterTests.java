package org.crossflag.adapter.maraccsv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.crossflag.adapter.LocalHearing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One parsed file at a time, without Camel: good rows reach the node, bad rows only the error report. */
class MaracCsvImporterTests {

    @TempDir
    Path inbox;

    final RecordingSink sink = new RecordingSink();

    MaracCsvImporter importer() {
        return new MaracCsvImporter(
                sink, "marac-csv", new MaracCsvRowMapper(MaracCsvRowMapperTests.CLOCK), new ErrorReportWriter(inbox));
    }

    @Test
    void goodRowsReachTheNodeAndBadRowsOnlyTheReport() throws Exception {
        SyntheticExport export = SyntheticExport.withAllColumns()
                .hearingRow(1)
                .hearingRow(2, "reference", "")
                .hearingRow(3, "record_type", "REFERRAL", "date", "2026-11-20")
                .hearingRow(4, "forum", "IDVA")
                .hearingRow(5, "dob", "31/02/1979")
                .hearingRow(6, "score_tool", "", "score_version", "")
                .hearingRow(7, "date", "2026-03-07");

        FileOutcome outcome = importer().importFile("GB-TST-marac.csv", export.records());

        assertThat(outcome).isEqualTo(new FileOutcome(".done", 7, 3, 0, 4));
        assertThat(sink.hearings())
                .extracting(LocalHearing::localReference)
                .containsExactly("MARAC-TST-2026-0001", "MARAC-TST-2026-0007");
        assertThat(sink.referrals()).hasSize(1);
        assertThat(sink.calls()).hasSize(3);
        assertThat(Files.readAllLines(inbox.resolve(".done/GB-TST-marac.errors.csv")))
                .containsExactly(
                        "row,reason,field",
                        "3,MISSING_VALUE,reference",
                        "5,UNKNOWN_FORUM,forum",
                        "6,INVALID_DATE_OF_BIRTH,dob",
                        "7,SCORE_INCOMPLETE,score_tool",
                        "7,SCORE_INCOMPLETE,score_version");
    }

    @Test
    void aFileWithNoBadRowsHasNoReport() {
        FileOutcome outcome = importer()
                .importFile(
                        "clean.csv",
                        SyntheticExport.withAllColumns()
                                .hearingRow(1)
                                .hearingRow(2)
                                .records());

        assertThat(outcome).isEqualTo(new FileOutcome(".done", 2, 2, 0, 0));
        assertThat(inbox.resolve(".done/clean.errors.csv")).doesNotExist();
    }

    @Test
    void importingTheSameFileTwiceStoresEachRecordOnce() {
        List<List<String>> records = SyntheticExport.withAllColumns()
                .hearingRow(1)
                .hearingRow(2)
                .hearingRow(3)
                .records();

        assertThat(importer().importFile("a.csv", records)).isEqualTo(new FileOutcome(".done", 3, 3, 0, 0));
        assertThat(importer().importFile("a.csv", records)).isEqualTo(new FileOutcome(".done", 3, 0, 3, 0));
        assertThat(sink.records()).hasSize(3);
    }

    @Test
    void aReferenceRepeatedInOneFileIsReportedAndNotHandedOnAgain() throws Exception {
        List<List<String>> records = SyntheticExport.withAllColumns()
                .hearingRow(1)
                .hearingRow(2)
                .hearingRow(1, "given_names", "Quentin")
                .records();

        assertThat(importer().importFile("a.csv", records)).isEqualTo(new FileOutcome(".done", 3, 2, 0, 1));
        assertThat(sink.calls()).hasSize(2);
        assertThat(Files.readAllLines(inbox.resolve(".done/a.errors.csv")))
                .containsExactly("row,reason,field", "4,DUPLICATE_REFERENCE,reference");
    }

    @Test
    void blankRowsAreSkippedAndRowNumbersStayThoseOfTheSpreadsheet() throws Exception {
        String text = SyntheticExport.withAllColumns().hearingRow(1).text() + "\r\n" + ",,,,,,,,,,,,,,,,,,,,\r\n"
                + SyntheticExport.withAllColumns()
                        .hearingRow(2, "sex", "male")
                        .text()
                        .lines()
                        .skip(1)
                        .reduce("", (a, b) -> a + b + "\r\n");

        FileOutcome outcome = importer().importFile("a.csv", Csv.parse(text));

        assertThat(outcome).isEqualTo(new FileOutcome(".done", 2, 1, 0, 1));
        assertThat(Files.readAllLines(inbox.resolve(".done/a.errors.csv")))
                .containsExactly("row,reason,field", "5,INVALID_SEX,sex");
    }

    @Test
    void aRecordTheNodeRefusesIsReportedWithTheNodesReasonCode() throws Exception {
        sink.refuse("MARAC-TST-2026-0002", "SUBJECT_UNIDENTIFIABLE", "no name, date of birth or PNC id");
        sink.refuse("MARAC-TST-2026-0003", "refused: Quentin Fenwick-Stroud", "a node that breaks the contract");

        FileOutcome outcome = importer()
                .importFile(
                        "a.csv",
                        SyntheticExport.withAllColumns()
                                .hearingRow(1)
                                .hearingRow(2)
                                .hearingRow(3)
                                .records());

        assertThat(outcome).isEqualTo(new FileOutcome(".done", 3, 1, 0, 2));
        assertThat(Files.readAllLines(inbox.resolve(".done/a.errors.csv")))
                .containsExactly("row,reason,field", "3,SUBJECT_UNIDENTIFIABLE,", "4,REJECTED_BY_NODE,");
    }

    @Test
    void aNodeFailureStopsTheFileSoThatItIsReadAgain() {
        sink.failNext(1);
        List<List<String>> records =
                SyntheticExport.withAllColumns().hearingRow(1).hearingRow(2).records();

        assertThatThrownBy(() -> importer().importFile("a.csv", records))
                .isInstanceOf(NodeUnavailableException.class)
                .hasMessage("the node did not take row 2 of " + FileReference.of("a.csv")
                        + " (java.lang.IllegalStateException)");
        assertThat(inbox.resolve(".done/a.errors.csv")).doesNotExist();

        assertThat(importer().importFile("a.csv", records)).isEqualTo(new FileOutcome(".done", 2, 2, 0, 0));
    }

    @Test
    void anUnknownColumnRefusesTheWholeFile() throws Exception {
        List<String> columns = new java.util.ArrayList<>(SyntheticExport.ALL_COLUMNS);
        columns.add("risk_level");
        List<List<String>> records = SyntheticExport.withColumns(columns.toArray(String[]::new))
                .hearingRow(1)
                .records();

        assertThat(importer().importFile("a.csv", records)).isEqualTo(FileOutcome.refused());
        assertThat(sink.calls()).isEmpty();
        assertThat(Files.readAllLines(inbox.resolve(".failed/a.errors.csv")))
                .containsExactly("row,reason,field", "1,UNKNOWN_COLUMN,column " + columns.size());
    }

    @Test
    void aFileWithoutAHeaderLineIsRefused() {
        assertThat(importer().importFile("a.csv", List.of())).isEqualTo(FileOutcome.refused());
        assertThat(importer().importFile("b.csv", List.of(List.of("")))).isEqualTo(FileOutcome.refused());
        assertThat(inbox.resolve(".failed/b.errors.csv")).content().contains(",EMPTY_FILE,");
    }

    @Test
    void anUnreadableFileIsRefused() throws Exception {
        assertThat(importer().refuseUnreadable("a.csv", new java.io.IOException("malformed")))
                .isEqualTo(FileOutcome.refused());
        assertThat(Files.readAllLines(inbox.resolve(".failed/a.errors.csv")))
                .containsExactly("row,reason,field", ",FILE_UNREADABLE,");
    }

    @Test
    void aCorrectedFileReplacesItsEarlierReport() {
        importer()
                .importFile(
                        "a.csv",
                        SyntheticExport.withAllColumns()
                                .hearingRow(1, "forum", "IDVA")
                                .records());
        assertThat(inbox.resolve(".done/a.errors.csv")).exists();

        FileOutcome outcome = importer()
                .importFile(
                        "a.csv", SyntheticExport.withAllColumns().hearingRow(1).records());

        assertThat(outcome).isEqualTo(new FileOutcome(".done", 1, 1, 0, 0));
        assertThat(inbox.resolve(".done/a.errors.csv")).doesNotExist();
    }
}
