package org.crossflag.adapter.maraccsv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.crossflag.adapter.LocalHearing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is read row by row: each row reaches the node before the next is parsed, and a broken file sends none. */
class MaracCsvFileImportTests {

    @TempDir
    Path inbox;

    final RecordingSink sink = new RecordingSink();

    MaracCsvImporter importer() {
        return new MaracCsvImporter(
                sink, "marac-csv", new MaracCsvRowMapper(MaracCsvRowMapperTests.CLOCK), new ErrorReportWriter(inbox));
    }

    MaracCsvFileImport fileImport() {
        return new MaracCsvFileImport(new InboxFileReader(1024L * 1024 * 1024), importer());
    }

    @Test
    void eachRowReachesTheNodeBeforeTheNextIsRead() {
        CountingRecords records = new CountingRecords(5_000);
        RecordingSink watching = new RecordingSink() {
            @Override
            public synchronized RecordOutcome hearingHeld(String adapterId, LocalHearing hearing) {
                int row = Integer.parseInt(hearing.localReference().substring("MARAC-TST-2026-".length()));
                // The header and this row have been read, nothing after it.
                assertThat(records.handedOut).isEqualTo(row + 1);
                return super.hearingHeld(adapterId, hearing);
            }
        };
        MaracCsvImporter importer = new MaracCsvImporter(
                watching,
                "marac-csv",
                new MaracCsvRowMapper(MaracCsvRowMapperTests.CLOCK),
                new ErrorReportWriter(inbox));

        assertThat(importer.importFile("big.csv", records)).isEqualTo(new FileOutcome(".done", 5_000, 5_000, 0, 0));
        assertThat(watching.records()).hasSize(5_000);
    }

    @Test
    void aFileBrokenAfterItsGoodRowsSendsNoneOfThem() throws Exception {
        SyntheticExport export = SyntheticExport.withAllColumns();
        for (int n = 1; n <= 500; n++) {
            export.hearingRow(n);
        }
        Path file = write("broken.csv", export.text() + "HEARING,\"MARAC-TST-2,unclosed\r\n");

        assertThat(fileImport().importFile("broken.csv", file.toString())).isEqualTo(FileOutcome.refused());
        assertThat(sink.calls()).isEmpty();
        assertThat(Files.readAllLines(inbox.resolve(".failed/broken.errors.csv")))
                .containsExactly("row,reason,field", ",FILE_UNREADABLE,");
    }

    @Test
    void anUnclosedQuoteIsNotReadIntoMemoryToTheEndOfALargeFile() throws Exception {
        String header = SyntheticExport.withAllColumns().text();
        String rest = "HEARING,\"MARAC-TST-1," + "x".repeat(CsvRecords.MAX_RECORD_CHARS + 100_000) + "\r\n";
        Path file = write("unclosed.csv", header + rest);

        assertThat(fileImport().importFile("unclosed.csv", file.toString())).isEqualTo(FileOutcome.refused());
        assertThat(sink.calls()).isEmpty();
        assertThat(inbox.resolve(".failed/unclosed.errors.csv")).content().contains(",FILE_UNREADABLE,");
    }

    @Test
    void aLongButWellFormedFileIsReadWhole() throws Exception {
        SyntheticExport export = SyntheticExport.withAllColumns();
        for (int n = 1; n <= 2_000; n++) {
            export.hearingRow(n, "sex", n % 100 == 0 ? "male" : "M");
        }
        Path file = write("long.csv", export.text());

        assertThat(fileImport().importFile("long.csv", file.toString()))
                .isEqualTo(new FileOutcome(".done", 2_000, 1_980, 0, 20));
        assertThat(Files.readAllLines(inbox.resolve(".done/long.errors.csv")))
                .hasSize(21)
                .contains("101,INVALID_SEX,sex", "2001,INVALID_SEX,sex");
    }

    @Test
    void aNodeFailureHalfWayLeavesTheEarlierReportAndNoPartOfANewOne() throws Exception {
        importer()
                .importFile(
                        "a.csv",
                        SyntheticExport.withAllColumns()
                                .hearingRow(1, "forum", "IDVA")
                                .records());
        Path report = inbox.resolve(".done/a.errors.csv");
        List<String> earlier = Files.readAllLines(report);

        sink.failNext(2);
        Path file = write(
                "a.csv",
                SyntheticExport.withAllColumns()
                        .hearingRow(1, "sex", "male")
                        .hearingRow(2)
                        .text());
        assertThatThrownBy(() -> fileImport().importFile("a.csv", file.toString()))
                .isInstanceOf(NodeUnavailableException.class);

        assertThat(Files.readAllLines(report)).isEqualTo(earlier);
        assertThat(inbox.resolve(".done")).isDirectoryNotContaining("glob:**.partial");
    }

    Path write(String name, String text) throws Exception {
        Path folder = Files.createDirectories(inbox.resolveSibling(inbox.getFileName() + "-drop"));
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** A header and n valid rows, made one at a time as they are asked for, counting how many were handed out. */
    static final class CountingRecords implements Iterator<List<String>> {

        private final int rows;
        int handedOut;

        CountingRecords(int rows) {
            this.rows = rows;
        }

        @Override
        public boolean hasNext() {
            return handedOut <= rows;
        }

        @Override
        public List<String> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            List<String> cells = handedOut == 0
                    ? SyntheticExport.ALL_COLUMNS
                    : SyntheticExport.ALL_COLUMNS.stream()
                            .map(SyntheticExport.hearing(handedOut)::get)
                            .map(value -> value == null ? "" : value)
                            .toList();
            handedOut++;
            return cells;
        }
    }
}
