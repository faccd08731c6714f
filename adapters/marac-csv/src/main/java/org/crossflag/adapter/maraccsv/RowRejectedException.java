package org.crossflag.adapter.maraccsv;

import java.util.List;

/** A row that breaks one or more column rules; nothing from it reaches the node. */
final class RowRejectedException extends Exception {

    private final transient List<RowProblem> problems;

    RowRejectedException(List<RowProblem> problems) {
        super(problems.size() + " problem(s) in row " + problems.get(0).row(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    List<RowProblem> problems() {
        return problems;
    }
}
