package org.crossflag.adapter.maraccsv;

import java.io.IOException;
import java.io.UncheckedIOException;
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
        Path report = reportFor(fileName, folder);
        try {
            if (problems.isEmpty()) {
                Files.deleteIfExists(report);
                return report;
            }
            Files.createDirectories(report.getParent());
            StringBuilder text = new StringBuilder(HEADER).append("\r\n");
            for (RowProblem problem : problems) {
                text.append(problem.row() == 0 ? "" : Integer.toString(problem.row()))
                        .append(',')
                        .append(cell(problem.reason()))
                        .append(',')
                        .append(cell(problem.field()))
                        .append("\r\n");
            }
            // Written aside and moved into place, so nobody opens half a report.
            Path partial = report.resolveSibling("." + report.getFileName() + ".partial");
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            Files.move(partial, report, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the error report " + report, e);
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
