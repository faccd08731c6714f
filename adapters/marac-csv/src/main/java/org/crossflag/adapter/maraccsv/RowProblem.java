package org.crossflag.adapter.maraccsv;

/**
 * One line of an error report: where the problem is and its reason code, never the value.
 *
 * @param row      the row as a spreadsheet numbers it (the header line is row 1), or 0 for the file as a whole
 * @param reason   a reason code: one of {@link Reason}, or the code the node gave when it refused a record
 * @param field    the column concerned, as the header line spells it, or empty
 * @param logField what a log line may say about the column: the same as {@code field}, except for a column this
 *                 adapter does not know, whose header text is shown only in the report (it may not be a column
 *                 name at all, but the first data row of a file without a header line)
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

    static RowProblem unknownColumn(int position, String headerText) {
        return new RowProblem(1, Reason.UNKNOWN_COLUMN.name(), headerText, "column " + position);
    }

    static RowProblem rejectedByNode(int row, String reasonCode) {
        return new RowProblem(row, reasonCode, "", "");
    }
}
