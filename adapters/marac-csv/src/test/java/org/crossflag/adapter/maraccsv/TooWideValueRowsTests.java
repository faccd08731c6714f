package org.crossflag.adapter.maraccsv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.apache.camel.impl.DefaultCamelContext;
import org.crossflag.adapter.LocalHearing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values wider than the node can carry (a reference over 80 characters, a coordinator name over 120) are refused
 * row by row in a real Camel context: the rest of the file loads, and the file is not read again and again. The
 * node's side is played by a sink that fails as a database column would when a value does not fit.
 */
class TooWideValueRowsTests {

    static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    final ColumnWidthSink sink = new ColumnWidthSink();
    DefaultCamelContext camel;
    Path inbox;

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.stop();
        }
    }

    @Test
    void aReferenceOver80AndACoordinatorNameOver120AreRefusedByRowAndTheRestLoadsOnce() throws Exception {
        start();
        String longReference = "MARAC ESX " + "0".repeat(71);
        String longCoordinator =
                "MARAC coordinator, " + "Chelmsford and Maldon and Braintree ".repeat(3) + "district team";
        assertThat(longReference).hasSize(81);
        assertThat(longCoordinator.length()).isGreaterThan(120);
        drop(
                "wide.csv",
                SyntheticExport.withAllColumns()
                        .hearingRow(1, "reference", "MARAC ESX 0412", "coordinator_phone", "01632 960101 ext 4")
                        .hearingRow(2, "reference", longReference)
                        .hearingRow(3, "coordinator_name", longCoordinator)
                        .hearingRow(4)
                        .text());

        await().atMost(WAIT)
                .until(() -> Files.exists(inbox.resolve(".done/wide.csv")) && !Files.exists(inbox.resolve("wide.csv")));
        assertThat(Files.readAllLines(inbox.resolve(".done/wide.errors.csv")))
                .containsExactly("row,reason,field", "3,VALUE_TOO_LONG,reference", "4,VALUE_TOO_LONG,coordinator_name");
        assertThat(sink.stored()).containsExactly("MARAC ESX 0412", "MARAC-TST-2026-0004");
        assertThat(sink.failedCalls())
                .as("no row reached the node with a value it cannot hold")
                .isZero();
        assertThat(inbox.resolve(".failed/wide.csv")).doesNotExist();
    }

    @Test
    void aCoordinatorPhoneTheWireCannotCarryIsRefusedWithItsReasonAndTheRestLoads() throws Exception {
        start();
        drop(
                "phones.csv",
                SyntheticExport.withAllColumns()
                        .hearingRow(1, "coordinator_phone", "01632 960101 (duty coordinator)")
                        .hearingRow(2, "coordinator_phone", "+44 1632 960101 x12")
                        .text());

        await().atMost(WAIT).until(() -> Files.exists(inbox.resolve(".done/phones.csv")));
        assertThat(Files.readAllLines(inbox.resolve(".done/phones.errors.csv")))
                .containsExactly("row,reason,field", "2,INVALID_FORM,coordinator_phone");
        assertThat(sink.stored()).containsExactly("MARAC-TST-2026-0002");
    }

    void start() throws Exception {
        inbox = InboxFolders.prepare(dir.resolve("inbox"));
        MaracCsvImporter importer = new MaracCsvImporter(
                sink, "marac-csv", new MaracCsvRowMapper(MaracCsvRowMapperTests.CLOCK), new ErrorReportWriter(inbox));
        camel = new DefaultCamelContext();
        camel.addRoutes(new MaracCsvRoute(inbox, Duration.ofMillis(100), importer));
        camel.start();
    }

    void drop(String name, String text) throws Exception {
        Path aside = dir.resolve(name + ".part");
        Files.writeString(aside, text, StandardCharsets.UTF_8);
        Files.move(aside, inbox.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * The recording sink, except that a value wider than the node's columns fails the call, as the database would.
     */
    static final class ColumnWidthSink extends RecordingSink {

        private int failedCalls;

        @Override
        public synchronized RecordOutcome hearingHeld(String adapterId, LocalHearing hearing) {
            if (hearing.localReference().length() > 80
                    || hearing.coordinator().name().length() > 120) {
                failedCalls++;
                throw new IllegalStateException("value too long for its column");
            }
            return super.hearingHeld(adapterId, hearing);
        }

        /** The references stored, each once, in the order they were first stored. */
        synchronized List<String> stored() {
            return hearings().stream().map(LocalHearing::localReference).toList();
        }

        synchronized int failedCalls() {
            return failedCalls;
        }
    }
}
