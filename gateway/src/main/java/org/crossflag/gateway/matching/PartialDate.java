package org.crossflag.gateway.matching;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date of birth as a force holds it: the year, month and day are each optional, because records often carry
 * only a year ("born 1984") or a month and year. Whatever is present must be a possible calendar value. Refusals
 * never repeat the value, so that they are safe to log.
 */
public record PartialDate(Integer year, Integer month, Integer day) {

    public PartialDate {
        if (year != null && (year < 1850 || year > 2200)) {
            throw new IllegalArgumentException("year out of range (1850 to 2200)");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range (1 to 12)");
        }
        if (day != null && (day < 1 || day > 31)) {
            throw new IllegalArgumentException("day out of range (1 to 31)");
        }
        if (year != null && month != null && day != null) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("no such calendar date");
            }
        }
    }

    public static PartialDate of(int year, int month, int day) {
        return new PartialDate(year, month, day);
    }

    public static PartialDate unknown() {
        return new PartialDate(null, null, null);
    }

    /**
     * Reads {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY} (a month or day may have one digit);
     * an empty or blank text is an unknown date. A part written as {@code ??} or {@code 00} is unknown, as in
     * "1984-??-??". Blanks around the text or a part are ignored.
     *
     * @throws IllegalArgumentException when the text has another form, or names a date that cannot exist
     *                                  ("1985-02-30"); the message never repeats the text
     */
    public static PartialDate parse(String text) {
        Integer[] parts = parts(text);
        return new PartialDate(parts[0], parts[1], parts[2]);
    }

    /**
     * True when {@link #parse} can read the form of {@code text}, whether or not the date exists: "1985-02-30" is
     * well formed but refused as impossible, "19/04/1985" is not well formed. A blank text is well formed (unknown).
     */
    public static boolean isWellFormed(String text) {
        try {
            parts(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Integer[] parts(String text) {
        if (Blanks.isBlank(text)) {
            return new Integer[3];
        }
        String[] parts = Blanks.strip(text).split("-", -1);
        if (parts.length > 3) {
            throw notADate();
        }
        return new Integer[] {
            part(parts[0], 4, 4),
            parts.length > 1 ? part(parts[1], 1, 2) : null,
            parts.length > 2 ? part(parts[2], 1, 2) : null
        };
    }

    /** A part of {@code min} to {@code max} digits; null when empty, all {@code ?} or all zeros. */
    private static Integer part(String raw, int min, int max) {
        String text = Blanks.strip(raw);
        if (text.isEmpty()
                || text.chars().allMatch(c -> c == '?')
                || text.chars().allMatch(c -> c == '0')) {
            return null;
        }
        if (text.length() < min || text.length() > max || !text.chars().allMatch(Character::isDigit)) {
            throw notADate();
        }
        return Integer.valueOf(text);
    }

    private static IllegalArgumentException notADate() {
        return new IllegalArgumentException("not a date: expected YYYY-MM-DD, YYYY-MM or YYYY");
    }

    public boolean isUnknown() {
        return year == null && month == null && day == null;
    }

    public boolean isComplete() {
        return year != null && month != null && day != null;
    }

    /** The ISO form with {@code ??} for unknown parts, e.g. {@code 1984-??-07}; empty when all is unknown. */
    @Override
    public String toString() {
        if (isUnknown()) {
            return "";
        }
        return (year == null ? "????" : String.format("%04d", year)) + "-"
                + (month == null ? "??" : String.format("%02d", month)) + "-"
                + (day == null ? "??" : String.format("%02d", day));
    }
}
