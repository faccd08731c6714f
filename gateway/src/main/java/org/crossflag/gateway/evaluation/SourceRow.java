package org.crossflag.gateway.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One line of a public data set, its fields looked up by header name and stripped (FEBRL puts a space after each
 * comma). Collects the columns whose value could not be used, so that the reader can count them.
 */
final class SourceRow {

    private final Map<String, Integer> header;
    private final List<String> fields;
    private final List<String> unusable = new ArrayList<>();

    SourceRow(Map<String, Integer> header, List<String> fields) {
        this.header = header;
        this.fields = fields;
    }

    /** The stripped value, or "" when the column is empty or the line is short. */
    String get(String column) {
        Integer index = header.get(column);
        return index == null || index >= fields.size() ? "" : fields.get(index).strip();
    }

    /** The value of a column without which the record cannot be placed (its id, its cluster). */
    String required(String column) {
        String value = get(column);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("empty " + column);
        }
        return value;
    }

    /** Notes that this column's value was present but unusable, and was read as unknown. */
    void unusable(String column) {
        unusable.add(column);
    }

    List<String> unusableColumns() {
        return List.copyOf(unusable);
    }
}
