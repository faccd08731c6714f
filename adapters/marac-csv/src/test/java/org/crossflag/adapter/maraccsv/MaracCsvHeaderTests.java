package org.crossflag.adapter.maraccsv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The header line: which columns a file may and must have, in any order. */
class MaracCsvHeaderTests {

    static final List<String> REQUIRED =
            List.of("record_type", "reference", "forum", "date", "person_id", "coordinator_name");

    @Test
    void theRequiredColumnsAloneAreEnough() {
        assertThat(MaracCsvHeader.parse(REQUIRED).refused()).isFalse();
    }

    @Test
    void everyDocumentedColumnIsKnown() {
        assertThat(MaracCsvHeader.parse(SyntheticExport.ALL_COLUMNS).refused()).isFalse();
    }

    @Test
    void columnOrderIsFree() throws Exception {
        MaracCsvHeader header =
                parse(List.of("person_id", "coordinator_name", "date", "forum", "reference", "record_type"));
        MaracCsvRow row = header.row(2, List.of("P-1", "Coordinator", "2026-01-05", "DAPP", "DAPP-TST-1", "HEARING"));
        assertThat(row.cells())
                .containsEntry(Column.PERSON_ID, "P-1")
                .containsEntry(Column.FORUM, "DAPP")
                .containsEntry(Column.RECORD_TYPE, "HEARING")
                .containsEntry(Column.REFERENCE, "DAPP-TST-1");
    }

    @Test
    void columnNamesIgnoreCaseAndSurroundingSpaces() {
        assertThat(MaracCsvHeader.parse(
                                List.of(" Record_Type", "REFERENCE ", "forum", "Date", "person_id", "coordinator_name"))
                        .refused())
                .isFalse();
    }

    @Test
    void aByteOrderMarkBeforeTheFirstColumnIsIgnored() {
        List<String> header = new ArrayList<>(REQUIRED);
        header.set(0, "\uFEFFrecord_type");
        assertThat(MaracCsvHeader.parse(header).refused()).isFalse();
    }

    @Test
    void anUnknownColumnRefusesTheFileAndTheReportNamesIt() {
        List<String> header = new ArrayList<>(REQUIRED);
        header.add("risk_level");
        MaracCsvHeader.Result result = MaracCsvHeader.parse(header);

        assertThat(result.refused()).isTrue();
        assertThat(result.problems()).containsExactly(new RowProblem(1, "UNKNOWN_COLUMN", "column 7", "column 7"));
    }

    @Test
    void aDuplicatedColumnRefusesTheFile() {
        List<String> header = new ArrayList<>(REQUIRED);
        header.add("Forum");
        header.add("forum");
        assertThat(MaracCsvHeader.parse(header).problems())
                .containsExactly(RowProblem.of(1, Reason.DUPLICATE_COLUMN, Column.FORUM));
    }

    @Test
    void everyMissingRequiredColumnIsNamed() {
        assertThat(MaracCsvHeader.parse(List.of("record_type", "reference", "date", "given_names"))
                        .problems())
                .containsExactly(
                        RowProblem.of(1, Reason.MISSING_COLUMN, Column.FORUM),
                        RowProblem.of(1, Reason.MISSING_COLUMN, Column.PERSON_ID),
                        RowProblem.of(1, Reason.MISSING_COLUMN, Column.COORDINATOR_NAME));
    }

    @Test
    void aFileWithoutAHeaderLineIsRefusedWithoutPuttingItsFirstRowInTheLogField() {
        List<String> firstRow = List.of("HEARING", "MARAC-TST-1", "MARAC", "2026-01-05", "P-1", "Coordinator");
        MaracCsvHeader.Result result = MaracCsvHeader.parse(firstRow);

        assertThat(result.refused()).isTrue();
        assertThat(result.problems())
                .filteredOn(p -> p.reason().equals("UNKNOWN_COLUMN"))
                .extracting(RowProblem::logField)
                .containsExactly("column 1", "column 2", "column 3", "column 4", "column 5", "column 6");
    }

    @Test
    void blankHeaderCellsAreIgnoredWhileTheirCellsStayEmpty() throws Exception {
        List<String> header = new ArrayList<>(REQUIRED);
        header.add(2, "");
        header.add("");
        MaracCsvHeader parsed = parse(header);

        assertThat(parsed.row(2, List.of("HEARING", "R-1", "", "MARAC", "2026-01-05", "P-1", "C", ""))
                        .cells())
                .containsEntry(Column.FORUM, "MARAC");
        assertThat(rejection(parsed, List.of("HEARING", "R-1", "x", "MARAC", "2026-01-05", "P-1", "C", "")))
                .containsExactly(RowProblem.ofRow(2, Reason.WRONG_CELL_COUNT));
    }

    @Test
    void aRowWithMoreCellsThanTheHeaderIsRejectedEvenIfTheExtraCellsAreBlank() {
        // An unquoted comma in an address pushes every later cell one column to the right; when the last
        // columns are blank, only the cell count shows it.
        MaracCsvHeader header = parse(REQUIRED);
        assertThat(rejection(header, List.of("HEARING", "R-1", "MARAC", "2026-01-05", "P-1", "C", "Testford")))
                .containsExactly(RowProblem.ofRow(2, Reason.WRONG_CELL_COUNT));
        assertThat(rejection(header, List.of("HEARING", "R-1", "MARAC", "2026-01-05", "P-1", "C", "")))
                .containsExactly(RowProblem.ofRow(2, Reason.WRONG_CELL_COUNT));
    }

    @Test
    void aRowWithFewerCellsThanTheHeaderIsRejected() {
        assertThat(rejection(parse(REQUIRED), List.of("HEARING", "R-1", "MARAC", "2026-01-05", "P-1")))
                .containsExactly(RowProblem.ofRow(2, Reason.WRONG_CELL_COUNT));
        List<String> header = new ArrayList<>(REQUIRED);
        header.add("");
        assertThat(rejection(parse(header), List.of("HEARING", "R-1", "MARAC", "2026-01-05", "P-1", "C")))
                .containsExactly(RowProblem.ofRow(2, Reason.WRONG_CELL_COUNT));
    }

    @Test
    void blankRowsAreRecognised() {
        assertThat(MaracCsvHeader.isBlank(List.of(""))).isTrue();
        assertThat(MaracCsvHeader.isBlank(List.of("", " ", ""))).isTrue();
        assertThat(MaracCsvHeader.isBlank(List.of("", "x"))).isFalse();
    }

    static MaracCsvHeader parse(List<String> cells) {
        MaracCsvHeader.Result result = MaracCsvHeader.parse(cells);
        assertThat(result.problems()).isEmpty();
        return result.header();
    }

    static List<RowProblem> rejection(MaracCsvHeader header, List<String> cells) {
        RowRejectedException rejected = catchThrowableOfType(RowRejectedException.class, () -> header.row(2, cells));
        assertThat(rejected).isNotNull();
        return rejected.problems();
    }
}
