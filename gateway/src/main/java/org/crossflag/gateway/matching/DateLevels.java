package org.crossflag.gateway.matching;

/**
 * Fellegi-Sunter evidence from the date-of-birth filters, compared jointly: the year filter is exact, one digit
 * off (about half its bits differ) or different; the day and month are exact, swapped (the unordered pair agrees
 * but the day-month filter does not), one edit off (a typo in the day or the month, or the same month and another
 * day: half the day-month tokens differ), different, or unknown on either side. Each combination has a weight
 * log2(m/u), with m from the noise rates of docs/matching.md and u from random pairs of the synthetic population
 * (for example: same year 1/52, same day and month or swapped 1/365, day-month one edit off about 0.12).
 */
final class DateLevels {

    static final double YEAR_EXACT = 0.999;
    static final double YEAR_NEAR = 0.42;
    static final double DAY_MONTH_EXACT = 0.999;
    static final double DAY_MONTH_NEAR = 0.70;
    private static final int Y = FilterField.BIRTH_YEAR.words();
    private static final int DM = FilterField.BIRTH_DAY_MONTH.words();
    private static final int PAIR = FilterField.BIRTH_DAY_MONTH_PAIR.words();

    /**
     * Rows: year exact, year one digit off, year different. Columns: day-month exact, swapped, one edit off,
     * different, unknown.
     */
    private static final double[][] WEIGHTS = {
        {log2(0.90 / 0.00005), log2(0.015 / 0.000051), log2(0.03 / 0.0022), log2(0.004 / 0.017), log2(0.97 / 0.019)},
        {log2(0.02 / 0.0008), log2(0.0005 / 0.00068), log2(0.001 / 0.036), log2(0.001 / 0.26), log2(0.02 / 0.30)},
        {log2(0.006 / 0.0019), log2(0.0005 / 0.0019), log2(0.001 / 0.08), log2(0.001 / 0.6), log2(0.01 / 0.68)},
    };

    private DateLevels() {}

    /**
     * Evidence of the date of birth at {@code q[0..]} against {@code r[rOffset..]}, given the {@link FieldPresence}
     * bits both sides share; 0 when a year is unknown.
     */
    static double weight(long[] q, long[] r, int rOffset, int bothPresent) {
        if ((bothPresent & FieldPresence.YEAR) == 0) {
            return 0.0;
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
        return WEIGHTS[row][column];
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
