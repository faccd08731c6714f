package org.crossflag.adapter.maraccsv;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The counts of one file as its rows are read, and its log lines: the first problems one by one, then how many
 * more, then the summary. Logs carry the file's reference, row numbers, counts, column names and reason codes only.
 */
final class FileTally {

    private static final Logger log = LoggerFactory.getLogger(MaracCsvImporter.class);

    private final String fileName;
    private int rows;
    private int stored;
    private int corrected;
    private int withdrawn;
    private int alreadyHeld;
    private int rejected;
    private int problems;

    FileTally(String fileName) {
        this.fileName = fileName;
    }

    /** A row the node took: stored anew, a correction or withdrawal made, or already held as it is. */
    void taken(MappedRecord record, boolean duplicate) {
        if (duplicate) {
            alreadyHeld++;
            return;
        }
        if (record instanceof MappedRecord.Correction) {
            corrected++;
        } else if (record instanceof MappedRecord.Withdrawal) {
            withdrawn++;
        } else {
            stored++;
        }
    }

    /** A data row read, with its problems (none if the node took it). */
    void row(List<RowProblem> rowProblems) {
        rows++;
        if (rowProblems.isEmpty()) {
            return;
        }
        rejected++;
        for (RowProblem problem : rowProblems) {
            if (problems < MaracCsvImporter.PROBLEMS_LOGGED_PER_FILE) {
                log.warn(
                        "MARAC CSV {} row {}: rejected, {}{}",
                        FileReference.of(fileName),
                        problem.row(),
                        problem.reason(),
                        problem.logField().isEmpty() ? "" : " (" + problem.logField() + ")");
            }
            problems++;
        }
    }

    /** Logs the file's summary. */
    FileOutcome done() {
        if (problems > MaracCsvImporter.PROBLEMS_LOGGED_PER_FILE) {
            log.warn(
                    "MARAC CSV {}: {} more problems not logged, see the error report",
                    FileReference.of(fileName),
                    problems - MaracCsvImporter.PROBLEMS_LOGGED_PER_FILE);
        }
        log.info(
                "MARAC CSV {}: {} rows, {} stored, {} corrected, {} withdrawn, {} already held, {} rejected; "
                        + "moved to {}{}",
                FileReference.of(fileName),
                rows,
                stored,
                corrected,
                withdrawn,
                alreadyHeld,
                rejected,
                FileOutcome.DONE,
                rejected == 0 ? "" : ", with its error report");
        return new FileOutcome(FileOutcome.DONE, rows, stored, corrected, withdrawn, alreadyHeld, rejected);
    }
}
