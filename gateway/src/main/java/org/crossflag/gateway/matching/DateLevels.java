package org.crossflag.gateway.matching;

import java.util.Arrays;

/**
 * Fellegi-Sunter evidence from the date-of-birth filters, compared jointly: the year filter is exact, one digit
 * off (about half its bits differ) or different; the day and month are exact, swapped (the unordered pair agrees
 * but the day-month filter does not), one edit off (a typo in the day or the month, or the same month and another
 * day: half the day-month tokens differ), different, or unknown on either side. Each combination, a cell of
 * {@link Table}, has its own m and u probabilities.
 */
final class DateLevels {

    static final double YEAR_EXACT = 0.999;
    /** One of the three year tokens shared gives Dice 0.75 or more; none shared, 0.71 at the median. */
    static final double YEAR_NEAR = 0.755;

    static final double DAY_MONTH_EXACT = 0.999;
    /** One of the two day-month tokens shared gives Dice 0.875 or more; none shared, rarely above 0.85. */
    static final double DAY_MONTH_NEAR = 0.87;

    static final int ROWS = 3;
    static final int COLUMNS = 5;
    /** No year on one side or both: the date says nothing. */
    static final int UNKNOWN = -1;

    private static final int Y = FilterField.BIRTH_YEAR.words();
    private static final int DM = FilterField.BIRTH_DAY_MONTH.words();
    private static final int PAIR = FilterField.BIRTH_DAY_MONTH_PAIR.words();

    private DateLevels() {}

    /**
     * The m and u probabilities of each cell. Rows: year exact, year one digit off, year different. Columns:
     * day-month exact, swapped, one edit off, different, unknown.
     */
    record Table(double[][] m, double[][] u) {

        Table {
            m = copy(m, "m");
            u = copy(u, "u");
        }

        double weight(int cell) {
            return cell == UNKNOWN
                    ? 0.0
                    : MatchParameters.log2(m[cell / COLUMNS][cell % COLUMNS] / u[cell / COLUMNS][cell % COLUMNS]);
        }

        @Override
        public double[][] m() {
            return copy(m, "m");
        }

        @Override
        public double[][] u() {
            return copy(u, "u");
        }

        private static double[][] copy(double[][] cells, String name) {
            if (cells == null || cells.length != ROWS) {
                throw new IllegalArgumentException(name + " needs " + ROWS + " rows of " + COLUMNS + " cells");
            }
            double[][] copy = new double[ROWS][];
            for (int row = 0; row < ROWS; row++) {
                if (cells[row] == null || cells[row].length != COLUMNS) {
                    throw new IllegalArgumentException(name + " needs " + ROWS + " rows of " + COLUMNS + " cells");
                }
                for (int column = 0; column < COLUMNS; column++) {
                    double p = cells[row][column];
                    if (!(p > 0 && p <= 1)) {
                        throw new IllegalArgumentException(
                                name + "[" + row + "][" + column + "] must be in (0, 1], was " + p);
                    }
                }
                copy[row] = Arrays.copyOf(cells[row], COLUMNS);
            }
            return copy;
        }
    }

    /** Evidence of the date of birth at {@code q[0..]} against {@code r[rOffset..]}; 0 when a year is unknown. */
    static double weight(Table table, long[] q, long[] r, int rOffset, int bothPresent) {
        return table.weight(cell(q, r, rOffset, bothPresent));
    }

    /**
     * The cell ({@code row * COLUMNS + column}) of the date at {@code q[0..]} against {@code r[rOffset..]}, given
     * the {@link FieldPresence} bits both sides share; {@link #UNKNOWN} when a year is unknown.
     */
    static int cell(long[] q, long[] r, int rOffset, int bothPresent) {
        if ((bothPresent & FieldPresence.YEAR) == 0) {
            return UNKNOWN;
        }
        double year = MatchScorer.balancedDice(q, 0, r, rOffset, Y);
        int row = year >= YEAR_EXACT ? 0 : year >= YEAR_NEAR ? 1 : 2;
        int column;
        if ((bothPresent & FieldPresence.DAY_MONTH) == 0) {
            column = 4;
        } else {
            double dayMonth = MatchScorer.balancedDice(q, Y, r, rOffset + Y, DM);
            if (dayMonth >= DAY_MONTH_EXACT) {
                column = 0;
            } else if (MatchScorer.balancedDice(q, Y + DM, r, rOffset + Y + DM, PAIR) >= DAY_MONTH_EXACT) {
                column = 1;
            } else {
                column = dayMonth >= DAY_MONTH_NEAR ? 2 : 3;
            }
        }
        return row * COLUMNS + column;
    }
}
