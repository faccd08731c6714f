package org.crossflag.gateway.matching;

/**
 * Fellegi-Sunter evidence from the two date-of-birth filters, compared jointly: the year filter is exact, one digit
 * off (about half its bits differ) or different; the day-month filter is exact, one edit off (a swap, or a typo in
 * the day or the month: half its tokens differ), different, or unknown on either side. Each combination has a
 * weight log2(m/u), with m from the noise rates of docs/matching.md and u from random pairs of the synthetic
 * population (for example: same year 1/52, same day and month 1/365, day-month one edit off about 0.12).
 */
final class DateLevels {

    static final double YEAR_EXACT = 0.999;
    static final double YEAR_NEAR = 0.42;
    static final double DAY_MONTH_EXACT = 0.999;
    static final double DAY_MONTH_NEAR = 0.70;
    private static final int Y = FilterField.BIRTH_YEAR.words();
    private static final int DM = FilterField.BIRTH_DAY_MONTH.words();

    /** Rows: year exact, year one digit off, year different. Columns: day-month exact, near, different, unknown. */
    private static final double[][] WEIGHTS = {
        {log2(0.90 / 0.00005), log2(0.045 / 0.0023), log2(0.004 / 0.017), log2(0.97 / 0.019)},
        {log2(0.02 / 0.0008), log2(0.001 / 0.036), log2(0.001 / 0.26), log2(0.02 / 0.30)},
        {log2(0.006 / 0.0019), log2(0.001 / 0.08), log2(0.001 / 0.6), log2(0.01 / 0.68)},
    };

    private DateLevels() {
    }

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
            column = 3;
        } else {
            double dayMonth = MatchScorer.balancedDice(q, Y, r, rOffset + Y, DM);
            column = dayMonth >= DAY_MONTH_EXACT ? 0 : dayMonth >= DAY_MONTH_NEAR ? 1 : 2;
        }
        return WEIGHTS[row][column];
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
