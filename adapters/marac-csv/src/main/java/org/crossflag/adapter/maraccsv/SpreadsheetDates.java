package org.crossflag.adapter.maraccsv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/** Whole dates as exports write them: ISO 8601, or day/month/year as UK spreadsheets do. */
final class SpreadsheetDates {

    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter UK_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern UK_DAY = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");

    private SpreadsheetDates() {}

    /** yyyy-MM-dd, or dd/MM/yyyy (d/M/yyyy) as UK spreadsheets write dates; null if neither. */
    static LocalDate fullDate(String value) {
        try {
            if (ISO_DAY.matcher(value).matches()) {
                return LocalDate.parse(value, ISO_DATE);
            }
            if (UK_DAY.matcher(value).matches()) {
                return LocalDate.parse(value, UK_DATE);
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }
}
