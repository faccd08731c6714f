package org.crossflag.adapter.maraccsv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The header line of an export: which column stands where. A header that names a column this adapter does not
 * know, names one twice, or lacks a required one refuses the whole file. Blank header cells (spreadsheets add
 * them for formatted but empty columns) are ignored, as long as no row has a value under them. Every row must have
 * as many cells as the header line, as a spreadsheet writes them.
 */
final class MaracCsvHeader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Map<Column, Integer> positions;
    /** For each cell of the header line: whether it names a column. */
    private final boolean[] named;

    private MaracCsvHeader(Map<Column, Integer> positions, int width) {
        this.positions = positions;
        this.named = new boolean[width];
        positions.values().forEach(position -> named[position] = true);
    }

    /** The header's columns, or the problems that refuse the file (all of them, on row 1). */
    static Result parse(List<String> headerCells) {
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        List<RowProblem> problems = new ArrayList<>();
        Set<Column> reportedTwice = EnumSet.noneOf(Column.class);
        for (int i = 0; i < headerCells.size(); i++) {
            String cell = headerCells.get(i) == null ? "" : headerCells.get(i);
            if (i == 0 && !cell.isEmpty() && cell.charAt(0) == BYTE_ORDER_MARK) {
                cell = cell.substring(1); // "CSV UTF-8" as spreadsheets save it
            }
            if (cell.isBlank()) {
                continue;
            }
            Optional<Column> column = Column.forHeader(cell);
            if (column.isEmpty()) {
                problems.add(RowProblem.unknownColumn(i + 1));
            } else if (positions.putIfAbsent(column.get(), i) != null && reportedTwice.add(column.get())) {
                problems.add(RowProblem.of(1, Reason.DUPLICATE_COLUMN, column.get()));
            }
        }
        for (Column column : Column.values()) {
            if (column.required() && !positions.containsKey(column)) {
                problems.add(RowProblem.of(1, Reason.MISSING_COLUMN, column));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(new MaracCsvHeader(Map.copyOf(positions), headerCells.size()), List.of());
    }

    /**
     * The data row with the given cells.
     *
     * @throws RowRejectedException with {@link Reason#WRONG_CELL_COUNT} if the row has more or fewer cells than the
     *                              header line (an unquoted comma in an address shifts every later cell one column
     *                              to the right, even when the last cells are blank), or a value stands under a
     *                              blank header cell
     */
    MaracCsvRow row(int number, List<String> cells) throws RowRejectedException {
        if (cells.size() != named.length) {
            throw new RowRejectedException(List.of(RowProblem.ofRow(number, Reason.WRONG_CELL_COUNT)));
        }
        for (int i = 0; i < cells.size(); i++) {
            if (!named[i] && cells.get(i) != null && !cells.get(i).isBlank()) {
                throw new RowRejectedException(List.of(RowProblem.ofRow(number, Reason.WRONG_CELL_COUNT)));
            }
        }
        Map<Column, String> byColumn = new EnumMap<>(Column.class);
        positions.forEach((column, position) -> byColumn.put(column, cells.get(position)));
        return new MaracCsvRow(number, byColumn);
    }

    /** Whether every cell of a row is blank: such rows (often at the end of a sheet) are skipped. */
    static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
    }

    /** Either a header or the problems that refuse the file. */
    record Result(MaracCsvHeader header, List<RowProblem> problems) {

        boolean refused() {
            return header == null;
        }
    }
}
