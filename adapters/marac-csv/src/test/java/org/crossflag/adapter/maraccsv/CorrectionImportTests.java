package org.crossflag.adapter.maraccsv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CORRECTED and WITHDRAWN rows reach the node as corrections and withdrawals; a bad status reaches nothing. */
class CorrectionImportTests {

    @TempDir
    Path inbox;

    final RecordingSink sink = new RecordingSink();

    MaracCsvImporter importer() {
        return new MaracCsvImporter(
                sink, "marac-csv", new MaracCsvRowMapper(MaracCsvRowMapperTests.CLOCK), new ErrorReportWriter(inbox));
    }

    @Test
    void correctedAndWithdrawnRowsCorrectAndWithdrawWhatTheNodeHolds() throws Exception {
        importer()
                .importFile(
                        "week-1.csv",
                        SyntheticExport.withAllColumns()
                                .hearingRow(1)
                                .hearingRow(2)
                                .hearingRow(3, "record_type", "REFERRAL", "date", "2026-11-20")
                                .hearingRow(4)
                                .records());
        assertThat(sink.records()).hasSize(4);

        FileOutcome outcome = importer()
                .importFile(
                        "week-2.csv",
                        SyntheticExport.withAllColumns()
                                .hearingRow(1, "record_status", "CORRECTED", "given_names", "Quentin", "forum", "DAPP")
                                .hearingRow(2, "record_status", "WITHDRAWN", "status_date", "2026-11-27")
                                .hearingRow(3, "record_type", "REFERRAL", "record_status", "Withdrawn")
                                .hearingRow(4, "record_status", "ARCHIVED")
                                .hearingRow(5)
                                .records());

        assertThat(outcome).isEqualTo(new FileOutcome(".done", 5, 1, 1, 2, 0, 1));
        assertThat(sink.calls())
                .endsWith(
                        "corrected marac-csv/MARAC-TST-2026-0001",
                        "withdrawn marac-csv/MARAC-TST-2026-0002",
                        "withdrawn marac-csv/MARAC-TST-2026-0003",
                        "marac-csv/MARAC-TST-2026-0005");
        // Four calls for the first file, four for the second: the row with an unknown status sent nothing.
        assertThat(sink.calls()).hasSize(8);
        assertThat(sink.hearing("MARAC-TST-2026-0001").subject().givenNames()).containsExactly("Quentin");
        assertThat(sink.hearings())
                .extracting(hearing -> hearing.localReference())
                .containsExactly("MARAC-TST-2026-0001", "MARAC-TST-2026-0004", "MARAC-TST-2026-0005");
        assertThat(sink.referrals()).isEmpty();
        assertThat(Files.readAllLines(inbox.resolve(".done/week-2.errors.csv")))
                .containsExactly("row,reason,field", "5,UNKNOWN_RECORD_STATUS,record_status");
    }

    @Test
    void aCorrectionOfARecordTheNodeDoesNotHoldIsReportedWithTheNodesReasonCode() throws Exception {
        FileOutcome outcome = importer()
                .importFile(
                        "a.csv",
                        SyntheticExport.withAllColumns()
                                .hearingRow(7, "record_status", "CORRECTED")
                                .hearingRow(8, "record_status", "WITHDRAWN")
                                .records());

        assertThat(outcome).isEqualTo(new FileOutcome(".done", 2, 0, 0, 0, 0, 2));
        assertThat(sink.records()).isEmpty();
        assertThat(Files.readAllLines(inbox.resolve(".done/a.errors.csv")))
                .containsExactly("row,reason,field", "2,RECORD_NOT_FOUND,", "3,RECORD_NOT_FOUND,");
    }

    @Test
    void aFileSaysOneThingAboutEachReference() throws Exception {
        FileOutcome outcome = importer()
                .importFile(
                        "a.csv",
                        SyntheticExport.withAllColumns()
                                .hearingRow(1)
                                .hearingRow(1, "record_status", "WITHDRAWN")
                                .records());

        assertThat(outcome).isEqualTo(new FileOutcome(".done", 2, 1, 0, 1));
        assertThat(sink.calls()).containsExactly("marac-csv/MARAC-TST-2026-0001");
        assertThat(Files.readAllLines(inbox.resolve(".done/a.errors.csv")))
                .containsExactly("row,reason,field", "3,DUPLICATE_REFERENCE,reference");
    }
}
