package org.crossflag.gateway.evaluation;

import java.nio.file.Path;

/**
 * A row of a people file that match-eval skipped or kept with a field treated as unknown.
 *
 * @param file   the file as named on the command line
 * @param row    the row as a spreadsheet numbers it: the header line is row 1
 * @param reason why
 */
public record RowIssue(Path file, int row, RowReason reason) {

    /** One line for standard error: where and why, never the content. */
    public String describe() {
        return file + " row " + row + ": " + reason
                + (reason.skipsRow() ? ", row skipped" : ", date of birth treated as unknown");
    }
}
