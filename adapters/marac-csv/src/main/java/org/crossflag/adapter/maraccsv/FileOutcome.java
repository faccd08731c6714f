package org.crossflag.adapter.maraccsv;

/**
 * What became of one file.
 *
 * @param archiveFolder where the file is moved: {@link #DONE} once its rows were read (even if some were
 *                      rejected), {@link #FAILED} when the file as a whole was refused
 * @param rows          data rows read (blank rows are skipped and not counted)
 * @param stored        rows the node stored as new records
 * @param corrected     CORRECTED rows: hearings the node replaced
 * @param withdrawn     WITHDRAWN rows: records the node withdrew
 * @param alreadyHeld   rows the node already held under the same reference (e.g. the file was dropped before)
 * @param rejected      rows that broke a column rule or that the node refused; each is in the error report
 */
record FileOutcome(
        String archiveFolder, int rows, int stored, int corrected, int withdrawn, int alreadyHeld, int rejected) {

    static final String DONE = ".done";
    static final String FAILED = ".failed";

    /** A file with no CORRECTED or WITHDRAWN row. */
    FileOutcome(String archiveFolder, int rows, int stored, int alreadyHeld, int rejected) {
        this(archiveFolder, rows, stored, 0, 0, alreadyHeld, rejected);
    }

    static FileOutcome refused() {
        return new FileOutcome(FAILED, 0, 0, 0, 0);
    }
}
