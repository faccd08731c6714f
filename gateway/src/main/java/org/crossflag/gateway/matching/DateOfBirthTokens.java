package org.crossflag.gateway.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Positional tokens for a date of birth, designed so that the two commonest errors keep most of them. For
 * 1985-03-12 the tokens are:
 * <pre>
 *   y:1985   year              y3:8   decade digit      y4:5   year's last digit
 *   m:03     month             d:12   day
 *   u:03     u:12              day and month as an unordered pair of parts
 *   ymd:1985-03-12             the whole date
 * </pre>
 * A day/month swap (1985-12-03) keeps five of eight (the year tokens and both parts); so does any single-digit typo
 * (1985-03-13 keeps y, y3, y4, m and u:03; 1986-03-12 keeps y3, m, d and both parts). Another person born in the
 * same year shares three; a random date of birth almost none. Century digits carry no information and are left out.
 * A partial date gives the tokens of the parts it has.
 */
final class DateOfBirthTokens {

    private DateOfBirthTokens() {
    }

    static List<String> tokens(PartialDate date) {
        List<String> tokens = new ArrayList<>(8);
        if (date.year() != null) {
            String year = String.format("%04d", date.year());
            tokens.add("y:" + year);
            tokens.add("y3:" + year.charAt(2));
            tokens.add("y4:" + year.charAt(3));
        }
        if (date.month() != null) {
            tokens.add("m:" + two(date.month()));
            tokens.add("u:" + two(date.month()));
        }
        if (date.day() != null) {
            tokens.add("d:" + two(date.day()));
            String part = "u:" + two(date.day());
            if (!tokens.contains(part)) {
                tokens.add(part);
            }
        }
        if (date.isComplete()) {
            tokens.add("ymd:" + date);
        }
        return tokens;
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
