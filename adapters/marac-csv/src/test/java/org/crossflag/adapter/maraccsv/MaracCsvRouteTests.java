package org.crossflag.adapter.maraccsv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.impl.DefaultCamelContext;
import org.crossflag.adapter.LocalHearing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The inbox route in a real Camel context, with the node's side played by a recording sink. */
class MaracCsvRouteTests {

    static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    final RecordingSink sink = new RecordingSink();
    DefaultCamelContext camel;
    Path inbox;

    void start(Path inbox) throws Exception {
        this.inbox = InboxFolders.prepare(inbox);
        MaracCsvImporter importer = new MaracCsvImporter(
                sink,
                "marac-csv",
                new MaracCsvRowMapper(MaracCsvRowMapperTests.CLOCK),
                new ErrorReportWriter(this.inbox));
        camel = new DefaultCamelContext();
        camel.addRoutes(new MaracCsvRoute(this.inbox, Duration.ofMillis(100), importer));
        camel.start();
    }

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.stop();
        }
    }

    @Test
    void aDroppedFilesRowsArriveAndTheFileMovesToDoneWithAReportOfItsBadRows() throws Exception {
        start(dir.resolve("inbox"));
        drop(
                "GB-TST-marac.csv",
                SyntheticExport.withAllColumns()
                        .hearingRow(1)
                        .hearingRow(2, "dob", "1979-02-30")
                        .hearingRow(3, "record_type", "REFERRAL", "forum", "DAPP", "date", "2026-11-28")
                        .hearingRow(4, "forum", "IDVA")
                        .text());

        awaitMoved("GB-TST-marac.csv", ".done");
        assertThat(sink.hearings()).extracting(LocalHearing::localReference).containsExactly("MARAC-TST-2026-0001");
        assertThat(sink.referrals()).hasSize(1);
        assertThat(Files.readAllLines(inbox.resolve(".done/GB-TST-marac.errors.csv")))
                .containsExactly("row,reason,field", "3,INVALID_DATE_OF_BIRTH,dob", "5,UNKNOWN_FORUM,forum");
        assertThat(inbox.resolve("GB-TST-marac.csv")).doesNotExist();
    }

    @Test
    void aFileDroppedTwiceCreatesNoDuplicates() throws Exception {
        start(dir.resolve("inbox"));
        String text = SyntheticExport.withAllColumns()
                .hearingRow(1)
                .hearingRow(2)
                .hearingRow(3)
                .text();

        drop("weekly.csv", text);
        awaitMoved("weekly.csv", ".done");
        assertThat(sink.records()).hasSize(3);

        drop("weekly.csv", text);
        await().atMost(WAIT).until(() -> sink.calls().size() == 6 && !Files.exists(inbox.resolve("weekly.csv")));
        assertThat(sink.records()).hasSize(3);
        assertThat(inbox.resolve(".done/weekly.csv")).hasContent(text);
    }

    @Test
    void aFileWithAnUnknownColumnMovesToFailedWithAReportGivingItsPosition() throws Exception {
        start(dir.resolve("inbox"));
        List<String> columns = new ArrayList<>(SyntheticExport.ALL_COLUMNS);
        columns.add(3, "risk_level");
        drop(
                "extra-column.csv",
                SyntheticExport.withColumns(columns.toArray(String[]::new))
                        .hearingRow(1)
                        .text());

        awaitMoved("extra-column.csv", ".failed");
        assertThat(Files.readAllLines(inbox.resolve(".failed/extra-column.errors.csv")))
                .containsExactly("row,reason,field", "1,UNKNOWN_COLUMN,column 4");
        assertThat(sink.calls()).isEmpty();
    }

    @Test
    void aFileThatIsNotWellFormedCsvMovesToFailed() throws Exception {
        start(dir.resolve("inbox"));
        String text = SyntheticExport.withAllColumns().hearingRow(1).text() + "HEARING,\"MARAC-TST-2,unclosed\r\n";
        drop("broken.csv", text);

        awaitMoved("broken.csv", ".failed");
        assertThat(Files.readAllLines(inbox.resolve(".failed/broken.errors.csv")))
                .containsExactly("row,reason,field", ",FILE_UNREADABLE,");
        assertThat(sink.calls()).isEmpty();
    }

    @Test
    void aFileTheNodeCouldNotTakeStaysInTheInboxAndIsReadAgain() throws Exception {
        start(dir.resolve("inbox"));
        sink.failNext(2);
        drop(
                "a.csv",
                SyntheticExport.withAllColumns().hearingRow(1).hearingRow(2).text());

        awaitMoved("a.csv", ".done");
        assertThat(sink.records()).hasSize(2);
        assertThat(inbox.resolve(".failed/a.csv")).doesNotExist();
    }

    @Test
    void aSpreadsheetsUtf8ByteOrderMarkAndBlankTrailingRowsAreFine() throws Exception {
        start(dir.resolve("inbox"));
        String text = "\uFEFF"
                + SyntheticExport.withAllColumns()
                        .hearingRow(1, "given_names", "Zoë Anaïs")
                        .text() + ",,,,,,,,,,,,,,,,,,,,\r\n,,,,,,,,,,,,,,,,,,,,\r\n";
        drop("excel.csv", text);

        awaitMoved("excel.csv", ".done");
        assertThat(sink.hearing("MARAC-TST-2026-0001").subject().givenNames()).containsExactly("Zoë", "Anaïs");
        assertThat(inbox.resolve(".done/excel.errors.csv")).doesNotExist();
    }

    @Test
    void onlyCsvFilesAreReadAndDotFilesAreLeftAlone() throws Exception {
        start(dir.resolve("inbox"));
        String text = SyntheticExport.withAllColumns().hearingRow(1).text();
        drop(".copy-in-progress.csv", text);
        drop("notes.txt", text);
        drop("b.CSV", SyntheticExport.withAllColumns().hearingRow(2).text());

        awaitMoved("b.CSV", ".done");
        assertThat(inbox.resolve(".copy-in-progress.csv")).exists();
        assertThat(inbox.resolve("notes.txt")).exists();
        assertThat(sink.hearings()).extracting(LocalHearing::localReference).containsExactly("MARAC-TST-2026-0002");
    }

    @Test
    void spacesCommasAndBracketsInFolderAndFileNamesAreFine() throws Exception {
        start(dir.resolve("MARAC exports").resolve("in box"));
        String name = "MARAC list (March, 2026) v2.csv";
        drop(
                name,
                SyntheticExport.withAllColumns()
                        .hearingRow(1)
                        .hearingRow(2, "sex", "male")
                        .text());

        awaitMoved(name, ".done");
        assertThat(sink.records()).hasSize(1);
        assertThat(inbox.resolve(".done/MARAC list (March, 2026) v2.errors.csv"))
                .exists();
    }

    void drop(String name, String text) throws Exception {
        // Written aside and renamed in, as the README asks of anything that copies files into the inbox.
        Path aside = dir.resolve(name + ".part");
        Files.writeString(aside, text, StandardCharsets.UTF_8);
        Files.move(aside, inbox.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    void awaitMoved(String name, String folder) {
        await().atMost(WAIT)
                .until(() -> Files.exists(inbox.resolve(folder).resolve(name)) && !Files.exists(inbox.resolve(name)));
    }
}
