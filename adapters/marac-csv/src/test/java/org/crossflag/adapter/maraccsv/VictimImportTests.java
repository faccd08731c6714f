package org.crossflag.adapter.maraccsv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crossflag.adapter.AbuseType;
import org.crossflag.adapter.PersonRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole files with victims: good rows reach the node with them, a bad victim value only the error report. */
class VictimImportTests {

    @TempDir
    Path inbox;

    final RecordingSink sink = new RecordingSink();

    MaracCsvImporter importer() {
        return new MaracCsvImporter(
                sink, "marac-csv", new MaracCsvRowMapper(MaracCsvRowMapperTests.CLOCK), new ErrorReportWriter(inbox));
    }

    @Test
    void aFileWithVictimsReachesTheNodeWithThem() {
        SyntheticExport export = SyntheticExport.withAllColumns()
                .row(HarmColumnsTests.withVictims())
                .row(HarmColumnsTests.withVictims("reference", "MARAC-TST-2026-0002", "record_type", "REFERRAL"))
                .hearingRow(3);

        FileOutcome outcome = importer().importFile("GB-TST-marac.csv", export.records());

        assertThat(outcome).isEqualTo(new FileOutcome(".done", 3, 3, 0, 0));
        assertThat(sink.hearing("MARAC-TST-2026-0001").victims())
                .containsExactly(HarmColumnsTests.PELLINORE, HarmColumnsTests.SISTER);
        assertThat(sink.hearing("MARAC-TST-2026-0001").abuseType()).isEqualTo(AbuseType.COERCIVE_CONTROL);
        assertThat(sink.referrals()).singleElement().satisfies(referral -> {
            assertThat(referral.subjectRole()).isEqualTo(PersonRole.BOTH);
            assertThat(referral.victims()).hasSize(2);
            assertThat(referral.victims().get(1).person().localPersonId()).isEqualTo("MARAC-TST-2026-0002#V2");
        });
        assertThat(sink.hearing("MARAC-TST-2026-0003").victims()).isEmpty();
    }

    @Test
    void aFileWithOnlyTheFirstVictimsColumnsIsRead() {
        List<String> columns = new ArrayList<>(SyntheticExport.ALL_COLUMNS);
        columns.removeIf(column -> column.startsWith("victim2_") || column.startsWith("victim3_"));
        columns.remove("abuse_type");
        SyntheticExport export =
                SyntheticExport.withColumns(columns.toArray(String[]::new)).row(HarmColumnsTests.withVictims());

        assertThat(importer().importFile("a.csv", export.records())).isEqualTo(new FileOutcome(".done", 1, 1, 0, 0));
        assertThat(sink.hearings().get(0).victims()).containsExactly(HarmColumnsTests.PELLINORE);
        assertThat(sink.hearings().get(0).abuseType()).isNull();
    }

    @Test
    void eachBadValueIsRefusedNamingItsColumnAndNothingOfItsRowIsSent() throws Exception {
        List<Map<String, String>> bad = List.of(
                HarmColumnsTests.withVictims("subject_role", "victim"),
                HarmColumnsTests.withVictims("abuse_type", "FGM"),
                HarmColumnsTests.withVictims("victim2_relationship", "Honoria's sister"),
                HarmColumnsTests.withVictims("victim1_role", "perpetrator"),
                HarmColumnsTests.withVictims("victim2_family_name", ""),
                HarmColumnsTests.withVictims("victim1_relationship", ""),
                HarmColumnsTests.withVictims("victim1_dob", "1987-02-30"),
                HarmColumnsTests.withVictims("victim2_sex", "female"),
                HarmColumnsTests.withVictims("victim3_postcode", "CM2 9XQ"));
        SyntheticExport export = SyntheticExport.withAllColumns();
        for (int i = 0; i < bad.size(); i++) {
            Map<String, String> row = new LinkedHashMap<>(bad.get(i));
            row.put("reference", "MARAC-TST-2026-01" + i);
            export.row(row);
        }

        FileOutcome outcome = importer().importFile("GB-TST-marac.csv", export.records());

        assertThat(outcome).isEqualTo(new FileOutcome(".done", bad.size(), 0, 0, bad.size()));
        assertThat(sink.calls()).isEmpty();
        List<String> report = Files.readAllLines(inbox.resolve(".done/GB-TST-marac.errors.csv"));
        assertThat(report)
                .containsExactly(
                        "row,reason,field",
                        "2,UNKNOWN_SUBJECT_ROLE,subject_role",
                        "3,UNKNOWN_ABUSE_TYPE,abuse_type",
                        "4,UNKNOWN_RELATIONSHIP,victim2_relationship",
                        "5,UNKNOWN_VICTIM_ROLE,victim1_role",
                        "6,VICTIM_UNIDENTIFIABLE,victim2_family_name",
                        "7,MISSING_VALUE,victim1_relationship",
                        "8,INVALID_DATE_OF_BIRTH,victim1_dob",
                        "9,INVALID_SEX,victim2_sex",
                        "10,VICTIM_UNIDENTIFIABLE,victim3_family_name",
                        "10,MISSING_VALUE,victim3_relationship");
        assertThat(String.join("\n", report)).doesNotContain("Honoria", "Pellinore", "1987", "FGM", "female");
    }
}
