package org.crossflag.gateway.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A public data set read from its CSV file: its records in file order, and how many values of each column were
 * present but unusable and read as unknown. A bad value never refuses the file; a missing header column, a line
 * without id or cluster, or a repeated id does, naming the line but never a field's content.
 */
record ClusteredDataSet(PublicDataSet format, List<ClusteredRecord> records, Map<String, Integer> unusable) {

    ClusteredDataSet {
        records = List.copyOf(records);
        unusable = Map.copyOf(unusable);
    }

    /** The records with a given or family name, in file order: those a force's index can hold. */
    List<ClusteredRecord> named() {
        return records.stream().filter(ClusteredRecord::hasName).toList();
    }

    static ClusteredDataSet read(PublicDataSet format, Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(format, reader, file.toString());
        }
    }

    static ClusteredDataSet read(PublicDataSet format, Reader source, String name) throws IOException {
        BufferedReader reader = new BufferedReader(source);
        String headerLine = reader.readLine();
        if (headerLine == null) {
            throw new IllegalArgumentException(name + ": empty file, expected a header line");
        }
        Map<String, Integer> header = new HashMap<>();
        List<String> names = PeopleCsv.parse(headerLine.replace("\uFEFF", ""))
                .orElseThrow(() -> new IllegalArgumentException(name + ": line 1: malformed header"));
        for (int i = 0; i < names.size(); i++) {
            header.putIfAbsent(names.get(i).strip(), i);
        }
        for (String column : format.columns()) {
            if (!header.containsKey(column)) {
                throw new IllegalArgumentException(
                        name + ": no '" + column + "' column in the header of a " + format.label() + " file");
            }
        }
        List<ClusteredRecord> records = new ArrayList<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        Map<String, Integer> unusable = new TreeMap<>();
        int lineNumber = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            int at = lineNumber;
            SourceRow row = new SourceRow(
                    header,
                    PeopleCsv.parse(line)
                            .orElseThrow(
                                    () -> new IllegalArgumentException(name + ": line " + at + ": malformed row")));
            ClusteredRecord record;
            try {
                record = format.record(row);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ": line " + lineNumber + ": " + e.getMessage());
            }
            Integer first = lineOfId.putIfAbsent(record.id(), lineNumber);
            if (first != null) {
                throw new IllegalArgumentException(name + ": line " + lineNumber + ": repeats the id of line " + first);
            }
            row.unusableColumns().forEach(column -> unusable.merge(column, 1, Integer::sum));
            records.add(record);
        }
        return new ClusteredDataSet(format, records, unusable);
    }
}
