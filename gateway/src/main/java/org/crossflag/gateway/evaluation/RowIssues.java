package org.crossflag.gateway.evaluation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The summary line of the rows match-eval reported: how many were skipped and kept, by file and reason. */
final class RowIssues {

    private RowIssues() {}

    /**
     * For example {@code rows skipped: 2 (left.csv: ID_DUPLICATE 1, ROW_MALFORMED 1); rows kept with the date of
     * birth unknown: 1 (right.csv: DOB_IMPOSSIBLE 1)}.
     */
    static String summary(List<RowIssue> issues) {
        List<RowIssue> skipped =
                issues.stream().filter(i -> i.reason().skipsRow()).toList();
        List<RowIssue> kept =
                issues.stream().filter(i -> !i.reason().skipsRow()).toList();
        return "rows skipped: " + counted(skipped) + "; rows kept with the date of birth unknown: " + counted(kept);
    }

    private static String counted(List<RowIssue> issues) {
        if (issues.isEmpty()) {
            return "0";
        }
        Map<Path, Map<RowReason, Long>> byFile = issues.stream()
                .collect(Collectors.groupingBy(
                        RowIssue::file,
                        TreeMap::new,
                        Collectors.groupingBy(RowIssue::reason, TreeMap::new, Collectors.counting())));
        return issues.size() + " ("
                + byFile.entrySet().stream()
                        .map(file -> file.getKey() + ": "
                                + file.getValue().entrySet().stream()
                                        .map(reason -> reason.getKey() + " " + reason.getValue())
                                        .collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("; "))
                + ")";
    }
}
