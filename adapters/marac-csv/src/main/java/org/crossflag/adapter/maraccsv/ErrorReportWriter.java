package org.crossflag.adapter.maraccsv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code <name>.errors.csv} beside where a processed file is moved ({@code .done/} or {@code .failed/}):
 * one line per problem with the row number, the reason code and the column, never a value. A file processed
 * again under the same name replaces its earlier report, or removes it when nothing is wrong any more.
 */
final class ErrorReportWriter {

    static final String HEADER = "row,reason,field";

    private final Path inbox;

    ErrorReportWriter(Path inbox) {
        this.inbox = inbox;
    }

    /** Where the report for a file moved to the given folder goes. */
    Path reportFor(String fileName, String folder) {
        String base = fileName.toLowerCase(Locale.ROOT).endsWith(".csv")
                ? fileName.substring(0, fileName.length() - ".csv".length())
                : fileName;
        return inbox.resolve(folder).resolve(base + ".errors.csv");
    }

    /** Writes the report (replacing one from an earlier run), or deletes an earlier one when there are no problems. */
    Path write(String fileName, String folder, List<RowProblem> problems) {
        try (Report report = open(fileName, folder)) {
            problems.forEach(report::add);
            return report.finish();
        }
    }

    /** A report written line by line as the file is read; nothing is in place until {@link Report#finish()}. */
    Report open(String fileName, String folder) {
        return new Report(reportFor(fileName, folder));
    }

    /**
     * One file's report under way. It is written aside and moved into place when finished, so nobody opens half a
     * report; closed unfinished (the node failed, and the file will be read again), it leaves an earlier report as
     * it was.
     */
    static final class Report implements AutoCloseable {

        private final Path report;
        private final Path partial;
        private Writer out;
        private boolean finished;

        private Report(Path report) {
            this.report = report;
            this.partial = report.resolveSibling("." + report.getFileName() + ".partial");
        }

        void add(RowProblem problem) {
            try {
                if (out == null) {
                    Files.createDirectories(report.getParent());
                    out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                    out.write(HEADER + "\r\n");
                }
                out.write((problem.row() == 0 ? "" : Integer.toString(problem.row())) + ',' + cell(problem.reason())
                        + ',' + cell(problem.field()) + "\r\n");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the error report " + report, e);
            }
        }

        /** Puts the report in place, or removes an earlier one when nothing was added. */
        Path finish() {
            try {
                if (out == null) {
                    Files.deleteIfExists(report);
                } else {
                    out.close();
                    Files.move(partial, report, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
                finished = true;
                return report;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the error report " + report, e);
            }
        }

        @Override
        public void close() {
            if (finished || out == null) {
                return;
            }
            try {
                out.close();
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the unfinished error report " + partial, e);
            }
        }
    }

    /**
     * One CSV cell: quoted when it holds a comma, quote or line break, and kept from being read as a formula by
     * a spreadsheet (an unknown column's header text is written as found).
     */
    static String cell(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            text = '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
