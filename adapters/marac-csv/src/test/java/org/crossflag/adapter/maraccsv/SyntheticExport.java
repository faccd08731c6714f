package org.crossflag.adapter.maraccsv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds CSV exports about invented people, one row at a time. Every row starts from a complete, valid hearing
 * and changes only the cells a test names.
 */
final class SyntheticExport {

    static final List<String> ALL_COLUMNS =
            Arrays.stream(Column.values()).map(Column::header).toList();

    private final List<String> columns;
    private final List<Map<String, String>> rows = new ArrayList<>();

    private SyntheticExport(List<String> columns) {
        this.columns = columns;
    }

    static SyntheticExport withAllColumns() {
        return new SyntheticExport(ALL_COLUMNS);
    }

    static SyntheticExport withColumns(String... columns) {
        return new SyntheticExport(List.of(columns));
    }

    /** A valid hearing about an invented person, reference {@code MARAC-TST-2026-<n>}. */
    static Map<String, String> hearing(int n) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("record_type", "HEARING");
        row.put("reference", "MARAC-TST-2026-" + String.format("%04d", n));
        row.put("forum", "MARAC");
        row.put("date", "2026-02-1" + (n % 10));
        row.put("person_id", "P-TST-" + (7000 + n));
        row.put("given_names", "Quentin Aldous");
        row.put("family_name", "Fenwick-Stroud");
        row.put("aliases", "Quin Stroud;Q. Fenwick");
        row.put("dob", "1979-11-23");
        row.put("sex", "M");
        row.put("pnc_id", "11/482913Q");
        row.put("postcode", "CM2 9XQ");
        row.put("address", "17 Larkspur Mews");
        row.put("phone", "07700 900417");
        row.put("email", "q.fenwick@mail.example");
        row.put("coordinator_name", "MARAC coordinator, Testford");
        row.put("coordinator_phone", "01632 960101");
        row.put("coordinator_email", "marac@testford.police.example");
        row.put("score_tool", "DASH");
        row.put("score_version", "2009");
        row.put("score_value", "17");
        return row;
    }

    SyntheticExport row(Map<String, String> row) {
        rows.add(row);
        return this;
    }

    /** A hearing with some cells changed: pairs of column name and value. */
    SyntheticExport hearingRow(int n, String... changes) {
        Map<String, String> row = hearing(n);
        for (int i = 0; i < changes.length; i += 2) {
            row.put(changes[i], changes[i + 1]);
        }
        return row(row);
    }

    String text() {
        StringBuilder csv = new StringBuilder(String.join(",", columns)).append("\r\n");
        for (Map<String, String> row : rows) {
            csv.append(columns.stream()
                            .map(column -> cell(row.getOrDefault(column, "")))
                            .collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return csv.toString();
    }

    List<List<String>> records() {
        return Csv.parse(text());
    }

    private static String cell(String value) {
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
