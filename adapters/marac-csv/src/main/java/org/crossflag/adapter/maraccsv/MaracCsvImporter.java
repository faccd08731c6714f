package org.crossflag.adapter.maraccsv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.crossflag.adapter.LocalRecordSink;
import org.crossflag.adapter.LocalRecordSink.RecordOutcome;
import org.crossflag.adapter.RejectedRecordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one export row by row: checks its header, maps each row and hands every good row to the node, writing the
 * error report as it goes. A bad row never stops the good ones. Logs carry a reference to the file (never its name,
 * see FileReference), row numbers, counts, column names and reason codes, never a value from a row.
 */
final class MaracCsvImporter {

    private static final Logger log = LoggerFactory.getLogger(MaracCsvImporter.class);
    private static final Pattern REASON_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    /** Per file, the first problems are logged one by one; the report always holds all of them. */
    static final int PROBLEMS_LOGGED_PER_FILE = 20;

    private final LocalRecordSink sink;
    private final String adapterId;
    private final MaracCsvRowMapper mapper;
    private final ErrorReportWriter reports;

    MaracCsvImporter(LocalRecordSink sink, String adapterId, MaracCsvRowMapper mapper, ErrorReportWriter reports) {
        this.sink = sink;
        this.adapterId = adapterId;
        this.mapper = mapper;
        this.reports = reports;
    }

    /**
     * @param fileName the file's name (no folder)
     * @param records  the file's CSV records, the header line first
     * @throws NodeUnavailableException if the node failed to take a row other than by refusing it
     */
    FileOutcome importFile(String fileName, List<List<String>> records) {
        return importFile(fileName, records == null ? Collections.emptyIterator() : records.iterator());
    }

    /**
     * Reads the records as they come and keeps none: each row is handed on, or its problems written to the report,
     * before the next is read.
     *
     * @param fileName the file's name (no folder)
     * @param records  the file's CSV records, the header line first
     * @throws NodeUnavailableException if the node failed to take a row other than by refusing it
     */
    FileOutcome importFile(String fileName, Iterator<List<String>> records) {
        List<String> headerCells = records.hasNext() ? records.next() : null;
        if (headerCells == null || MaracCsvHeader.isBlank(headerCells)) {
            return refuse(fileName, List.of(RowProblem.ofFile(Reason.EMPTY_FILE)));
        }
        MaracCsvHeader.Result header = MaracCsvHeader.parse(headerCells);
        if (header.refused()) {
            return refuse(fileName, header.problems());
        }
        FileTally tally = new FileTally(fileName);
        SeenReferences references = new SeenReferences();
        try (ErrorReportWriter.Report report = reports.open(fileName, FileOutcome.DONE)) {
            int rowNumber = 1;
            while (records.hasNext()) {
                List<String> cells = records.next();
                rowNumber++;
                if (MaracCsvHeader.isBlank(cells)) {
                    continue;
                }
                List<RowProblem> rowProblems =
                        importRow(fileName, header.header(), rowNumber, cells, references, tally);
                tally.row(rowProblems);
                rowProblems.forEach(report::add);
            }
            report.finish();
        }
        return tally.done();
    }

    /** Hands one row on; @return its problems, empty if the node took it */
    private List<RowProblem> importRow(
            String fileName,
            MaracCsvHeader header,
            int rowNumber,
            List<String> cells,
            SeenReferences references,
            FileTally tally) {
        List<RowProblem> rowProblems = new ArrayList<>();
        try {
            MappedRecord record = mapper.map(header.row(rowNumber, cells));
            if (!references.add(record.reference())) {
                rowProblems.add(RowProblem.of(rowNumber, Reason.DUPLICATE_REFERENCE, Column.REFERENCE));
            } else {
                RecordOutcome outcome = handTo(fileName, rowNumber, record, rowProblems);
                if (rowProblems.isEmpty()) {
                    tally.taken(record, outcome != null && outcome.duplicate());
                }
            }
        } catch (RowRejectedException e) {
            rowProblems.addAll(e.problems());
        }
        return rowProblems;
    }

    /** A file that could not be read as CSV at all (its cause is named by type only: a message may hold a value). */
    FileOutcome refuseUnreadable(String fileName, Throwable cause) {
        log.warn(
                "MARAC CSV {}: cannot be read as CSV ({})",
                FileReference.of(fileName),
                cause == null ? "unknown" : cause.getClass().getName());
        return refuse(fileName, List.of(RowProblem.ofFile(Reason.FILE_UNREADABLE)));
    }

    /** A file refused before it was read: a link, not a regular file of its own, or over the size cap. */
    FileOutcome refuseFile(String fileName, FileRefusedException refusal) {
        return refuse(fileName, List.of(RowProblem.ofFile(refusal.reason())));
    }

    /** The node's answer, or null (with a problem added) if the node refused the record. */
    private RecordOutcome handTo(String fileName, int rowNumber, MappedRecord record, List<RowProblem> rowProblems) {
        try {
            return record.handTo(sink, adapterId);
        } catch (RejectedRecordException e) {
            // The node's message is not logged: only its reason code, and only if it is a well-formed code.
            String code = e.reasonCode() != null
                            && REASON_CODE.matcher(e.reasonCode()).matches()
                    ? e.reasonCode()
                    : Reason.REJECTED_BY_NODE.name();
            rowProblems.add(RowProblem.rejectedByNode(rowNumber, code));
            return null;
        } catch (RuntimeException e) {
            log.warn(
                    "MARAC CSV {} row {}: the node did not take the row ({}); the file stays in the inbox and is "
                            + "read again on the next poll",
                    FileReference.of(fileName),
                    rowNumber,
                    e.getClass().getName());
            throw new NodeUnavailableException(fileName, rowNumber, e.getClass());
        }
    }

    private FileOutcome refuse(String fileName, List<RowProblem> problems) {
        reports.write(fileName, FileOutcome.FAILED, problems);
        String summary = problems.stream()
                .map(p -> p.reason() + (p.logField().isEmpty() ? "" : " (" + p.logField() + ")"))
                .collect(Collectors.joining(", "));
        log.warn(
                "MARAC CSV {} refused: {}; moved to {} with its error report",
                FileReference.of(fileName),
                summary,
                FileOutcome.FAILED);
        return FileOutcome.refused();
    }
}
