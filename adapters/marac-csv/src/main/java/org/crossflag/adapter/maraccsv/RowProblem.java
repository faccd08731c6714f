package org.crossflag.adapter.maraccsv;

/**
 * One line of an error report: where the problem is and its reason code, never the value.
 *
 * @param row      the row as a spreadsheet numbers it (the header line is row 1), or 0 for the file as a whole
 * @param reason   a reason code: one of {@link Reason}, or the code the node gave when it refused a record
 * @param field    the column concerned, as the header line spells it, or empty; a column this adapter does not know
 *                 is named by its position ("column 4"), never by its header text, which may not be a column name at
 *                 all (the first data row of a file without a header line, or the content of a linked file)
 * @param logField what a log line may say about the column: the same as {@code field}
 */
record RowProblem(int row, String reason, String field, String logField) {

    static RowProblem of(int row, Reason reason, Column column) {
        return new RowProblem(row, reason.name(), column.header(), column.header());
    }

    static RowProblem ofRow(int row, Reason reason) {
        return new RowProblem(row, reason.name(), "", "");
    }

    static RowProblem ofFile(Reason reason) {
        return new RowProblem(0, reason.name(), "", "");
    }

    /** By position only: the header text may not be a column name at all, but a row's values or a file's secret. */
    static RowProblem unknownColumn(int position) {
        return new RowProblem(1, Reason.UNKNOWN_COLUMN.name(), "column " + position, "column " + position);
    }

    static RowProblem rejectedByNode(int row, String reasonCode) {
        return new RowProblem(row, reasonCode, "", "");
    }
}
