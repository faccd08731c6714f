package org.crossflag.gateway.matching;

import java.util.List;

/**
 * Tokens for a date of birth, in two groups that go to two filters, designed so that the commonest errors keep most
 * of them. For 1985-03-12:
 * <pre>
 *   year:       y:1985   y3:8 (decade digit)   y4:5 (last digit)
 *   day-month:  m:03     d:12
 *   pair:       p:03|12
 * </pre>
 * A single-digit typo in the day or the month keeps the year and one of the two day-month tokens; so does "same
 * month, another day", and nothing else does: two unrelated birthdays share neither token (a third, unordered token
 * per part once made 12-20 and 03-12 look one edit apart). A typo in the year keeps the day-month and one year
 * digit. Splitting the groups lets the scorer tell these apart from "same year, other birthday" and from a
 * partial date: the day-month filter stays empty unless both day and month are known, so a year-only date compares
 * on the year alone. A third filter holds the day and month as one unordered pair, so that a swap (which keeps
 * it) can be told from "same month, another day" (which does not). Century digits carry no information and are
 * left out.
 */
final class DateOfBirthTokens {

    private DateOfBirthTokens() {}

    static List<String> yearTokens(PartialDate date) {
        if (date.year() == null) {
            return List.of();
        }
        String year = String.format("%04d", date.year());
        return List.of("y:" + year, "y3:" + year.charAt(2), "y4:" + year.charAt(3));
    }

    static List<String> dayMonthTokens(PartialDate date) {
        if (date.month() == null || date.day() == null) {
            return List.of();
        }
        return List.of("m:" + two(date.month()), "d:" + two(date.day()));
    }

    /** The day and month as one unordered pair ({@code p:03|12}), empty unless both are known. */
    static List<String> pairTokens(PartialDate date) {
        if (date.month() == null || date.day() == null) {
            return List.of();
        }
        int low = Math.min(date.month(), date.day());
        int high = Math.max(date.month(), date.day());
        return List.of("p:" + two(low) + "|" + two(high));
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
