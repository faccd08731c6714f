package org.crossflag.gateway.evaluation;

/**
 * Why match-eval reported a row of a people file. The code, the file and the row number are all a report carries:
 * never the row's content.
 */
public enum RowReason {
    /** The row is not UTF-8 (saved in another encoding): skipped. */
    ROW_NOT_UTF8(true),
    /** The row has more or fewer fields than the header, or a quote left open: skipped. */
    ROW_MALFORMED(true),
    /** The row's id is empty: skipped. */
    ID_MISSING(true),
    /** An earlier row of the file has the same id: this one is skipped, the first kept. */
    ID_DUPLICATE(true),
    /** Nothing in the row is left to match on once normalised (no name, date, address or identifier): skipped. */
    NO_USABLE_FIELD(true),
    /** The date of birth has the right form but cannot exist (1985-02-30, 1985-13-01): kept, the date unknown. */
    DOB_IMPOSSIBLE(false),
    /** The date of birth is not YYYY-MM-DD, YYYY-MM or YYYY (19/04/1983, "unknown"): kept, the date unknown. */
    DOB_UNREADABLE(false);

    private final boolean skipsRow;

    RowReason(boolean skipsRow) {
        this.skipsRow = skipsRow;
    }

    /** True when the row takes no part in the evaluation; false when it is kept with one field treated as unknown. */
    public boolean skipsRow() {
        return skipsRow;
    }
}
