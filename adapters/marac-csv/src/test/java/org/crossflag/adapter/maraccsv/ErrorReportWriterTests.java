package org.crossflag.adapter.maraccsv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The error report: beside the moved file, one line per problem, never a value. */
class ErrorReportWriterTests {

    @TempDir
    Path inbox;

    @Test
    void theReportIsNamedAfterTheFileInTheFolderItWasMovedTo() {
        ErrorReportWriter writer = new ErrorReportWriter(inbox);
        assertThat(writer.reportFor("GB-ESX-marac.csv", ".done"))
                .isEqualTo(inbox.resolve(".done/GB-ESX-marac.errors.csv"));
        assertThat(writer.reportFor("Export.CSV", ".failed")).isEqualTo(inbox.resolve(".failed/Export.errors.csv"));
    }

    @Test
    void eachProblemIsOneLine() throws Exception {
        Path report = new ErrorReportWriter(inbox)
                .write(
                        "a.csv",
                        ".done",
                        List.of(
                                RowProblem.of(3, Reason.INVALID_DATE, Column.DATE),
                                RowProblem.ofRow(5, Reason.WRONG_CELL_COUNT),
                                RowProblem.rejectedByNode(7, "SUBJECT_UNIDENTIFIABLE"),
                                RowProblem.ofFile(Reason.FILE_UNREADABLE)));

        assertThat(Files.readAllLines(report))
                .containsExactly(
                        "row,reason,field",
                        "3,INVALID_DATE,date",
                        "5,WRONG_CELL_COUNT,",
                        "7,SUBJECT_UNIDENTIFIABLE,",
                        ",FILE_UNREADABLE,");
        assertThat(inbox.resolve(".done")).isDirectoryNotContaining("glob:**.partial");
    }

    @Test
    void aLaterRunReplacesTheReportOrRemovesItWhenNothingIsWrong() throws Exception {
        ErrorReportWriter writer = new ErrorReportWriter(inbox);
        Path report = writer.write("a.csv", ".done", List.of(RowProblem.of(3, Reason.INVALID_DATE, Column.DATE)));
        writer.write("a.csv", ".done", List.of(RowProblem.of(4, Reason.INVALID_SEX, Column.SEX)));
        assertThat(Files.readAllLines(report)).containsExactly("row,reason,field", "4,INVALID_SEX,sex");

        writer.write("a.csv", ".done", List.of());
        assertThat(report).doesNotExist();
    }

    @Test
    void cellsAreQuotedAndCannotRunAsSpreadsheetFormulas() {
        assertThat(ErrorReportWriter.cell("date")).isEqualTo("date");
        assertThat(ErrorReportWriter.cell("risk, level")).isEqualTo("\"risk, level\"");
        assertThat(ErrorReportWriter.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ErrorReportWriter.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(ErrorReportWriter.cell("+1")).isEqualTo("'+1");
        assertThat(ErrorReportWriter.cell("@cmd")).isEqualTo("'@cmd");
    }
}
