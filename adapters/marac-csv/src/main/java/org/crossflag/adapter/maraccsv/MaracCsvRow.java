package org.crossflag.adapter.maraccsv;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One data row of an export, by column: the cells as written, with blank cells left out. Personal data: it has
 * no {@code toString} that shows the values.
 */
final class MaracCsvRow {

    private final int number;
    private final Map<Column, String> cells;

    /**
     * @param number the row as a spreadsheet numbers it (the header line is row 1)
     * @param cells  the cells by column; blank cells may be left out
     */
    MaracCsvRow(int number, Map<Column, String> cells) {
        this.number = number;
        EnumMap<Column, String> copy = new EnumMap<>(Column.class);
        cells.forEach((column, value) -> {
            if (value != null && !value.isBlank()) {
                copy.put(column, value);
            }
        });
        this.cells = Collections.unmodifiableMap(copy);
    }

    int number() {
        return number;
    }

    /** The non-blank cells, as written. */
    Map<Column, String> cells() {
        return cells;
    }

    @Override
    public String toString() {
        return "MaracCsvRow[" + number + "]";
    }
}
