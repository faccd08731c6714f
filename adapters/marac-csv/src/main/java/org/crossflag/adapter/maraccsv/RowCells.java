package org.crossflag.adapter.maraccsv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crossflag.adapter.Contact;
import org.crossflag.adapter.FieldForm;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.RiskScore;
import org.crossflag.adapter.maraccsv.MaracCsvRowMapper.RecordType;

/**
 * One row's cells, read column by column, collecting a problem for each rule broken. Values are trimmed, and runs
 * of white space inside a cell become one space. Personal data: there is no {@code toString} that shows them.
 */
final class RowCells {

    /** The longest value any column takes. */
    static final int MAX_VALUE_LENGTH = 500;

    private static final int EARLIEST_BIRTH_YEAR = 1900;
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern UK_POSTCODE = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?)\\s*([0-9][A-Z]{2})");
    /** Between the words of a code as a spreadsheet user may write it: "Ex-partner", "child to parent". */
    private static final Pattern CODE_SEPARATOR = Pattern.compile("[ -]+");

    private final int row;
    private final LocalDate today;
    private final Map<Column, String> cells = new EnumMap<>(Column.class);
    private final List<RowProblem> problems = new ArrayList<>();

    /** @param today the day the file is read, in the UK: no date may be after it */
    RowCells(MaracCsvRow source, LocalDate today) {
        this.row = source.number();
        this.today = today;
        source.cells().forEach((column, raw) -> {
            String value = WHITESPACE.matcher(raw.strip()).replaceAll(" ");
            if (value.isEmpty()) {
                return;
            }
            if (value.chars().anyMatch(c -> c == '\uFFFD' || Character.isISOControl(c))) {
                problem(Reason.INVALID_CHARACTERS, column);
            } else if (value.length() > MAX_VALUE_LENGTH) {
                problem(Reason.VALUE_TOO_LONG, column);
            } else {
                // A value the node cannot store or send is refused here, on its row, with the column's name.
                column.form()
                        .flatMap(form -> form.problemWith(value))
                        .ifPresentOrElse(
                                found -> problem(
                                        found == FieldForm.Problem.VALUE_TOO_LONG
                                                ? Reason.VALUE_TOO_LONG
                                                : Reason.INVALID_FORM,
                                        column),
                                () -> cells.put(column, value));
            }
        });
    }

    /** Every rule broken so far, in the order found. */
    List<RowProblem> problems() {
        return problems;
    }

    void problem(Reason reason, Column column) {
        problems.add(RowProblem.of(row, reason, column));
    }

    /** Whether the column's cell broke a rule. */
    boolean broken(Column column) {
        return problems.stream().anyMatch(p -> p.field().equals(column.header()));
    }

    String optional(Column column) {
        return cells.get(column);
    }

    String required(Column column) {
        String value = cells.get(column);
        if (value == null && !broken(column)) {
            problem(Reason.MISSING_VALUE, column);
        }
        return value;
    }

    /** CURRENT when the cell is empty; null, with a problem, for a status this adapter does not know. */
    RecordStatus status() {
        String value = cells.get(Column.RECORD_STATUS);
        if (value == null) {
            return broken(Column.RECORD_STATUS) ? null : RecordStatus.CURRENT;
        }
        RecordStatus status = RecordStatus.fromCell(value).orElse(null);
        if (status == null) {
            problem(Reason.UNKNOWN_RECORD_STATUS, Column.RECORD_STATUS);
        }
        return status;
    }

    /** The day given for a correction or withdrawal, or null when the cell is empty or breaks a rule. */
    LocalDate statusDate() {
        String value = cells.get(Column.STATUS_DATE);
        if (value == null) {
            return null;
        }
        LocalDate day = SpreadsheetDates.fullDate(value);
        if (day == null) {
            problem(Reason.INVALID_DATE, Column.STATUS_DATE);
        } else if (day.isAfter(today)) {
            problem(Reason.DATE_IN_FUTURE, Column.STATUS_DATE);
            return null;
        }
        return day;
    }

    RecordType recordType() {
        String value = required(Column.RECORD_TYPE);
        if (value == null) {
            return null;
        }
        try {
            return RecordType.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(Reason.UNKNOWN_RECORD_TYPE, Column.RECORD_TYPE);
            return null;
        }
    }

    Forum forum() {
        String value = required(Column.FORUM);
        if (value == null) {
            return null;
        }
        try {
            return Forum.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(Reason.UNKNOWN_FORUM, Column.FORUM);
            return null;
        }
    }

    LocalDate date() {
        String value = required(Column.DATE);
        if (value == null) {
            return null;
        }
        LocalDate date = SpreadsheetDates.fullDate(value);
        if (date == null) {
            problem(Reason.INVALID_DATE, Column.DATE);
        } else if (date.isAfter(today)) {
            problem(Reason.DATE_IN_FUTURE, Column.DATE);
            return null;
        }
        return date;
    }

    /** Whether the column has a value, or had one that broke a rule. */
    boolean filled(Column column) {
        return cells.containsKey(column) || broken(column);
    }

    /** ISO 8601 (yyyy-MM-dd, yyyy-MM or yyyy), or null when the cell is blank. */
    String dateOfBirth(Column column, LocalDate recordDate) {
        String value = cells.get(column);
        if (value == null) {
            return null;
        }
        String iso = null;
        LocalDate earliest = null;
        LocalDate day = SpreadsheetDates.fullDate(value);
        Matcher yearMonth = YEAR_MONTH.matcher(value);
        if (day != null) {
            iso = day.toString();
            earliest = day;
        } else if (yearMonth.matches()) {
            try {
                YearMonth month =
                        YearMonth.of(Integer.parseInt(yearMonth.group(1)), Integer.parseInt(yearMonth.group(2)));
                iso = month.toString();
                earliest = month.atDay(1);
            } catch (DateTimeException e) {
                iso = null;
            }
        } else if (YEAR.matcher(value).matches()) {
            iso = value;
            earliest = LocalDate.of(Integer.parseInt(value), 1, 1);
        }
        boolean plausible = earliest != null
                && earliest.getYear() >= EARLIEST_BIRTH_YEAR
                && (recordDate == null || !earliest.isAfter(recordDate));
        if (!plausible) {
            problem(Reason.INVALID_DATE_OF_BIRTH, column);
            return null;
        }
        return iso;
    }

    String sex(Column column) {
        String value = cells.get(column);
        if (value == null) {
            return null;
        }
        String sex = value.toUpperCase(Locale.ROOT);
        if (!sex.equals("F") && !sex.equals("M") && !sex.equals("X")) {
            problem(Reason.INVALID_SEX, column);
            return null;
        }
        return sex;
    }

    RiskScore score() {
        String tool = cells.get(Column.SCORE_TOOL);
        String version = cells.get(Column.SCORE_VERSION);
        String value = cells.get(Column.SCORE_VALUE);
        if (tool == null && version == null && value == null) {
            return null;
        }
        if (tool != null && version != null && value != null) {
            return new RiskScore(tool, version, value);
        }
        for (Column column : List.of(Column.SCORE_TOOL, Column.SCORE_VERSION, Column.SCORE_VALUE)) {
            if (cells.get(column) == null && !broken(column)) {
                problem(Reason.SCORE_INCOMPLETE, column);
            }
        }
        return null;
    }

    Contact coordinator() {
        String name = required(Column.COORDINATOR_NAME);
        String phone = cells.get(Column.COORDINATOR_PHONE);
        String email = cells.get(Column.COORDINATOR_EMAIL);
        if (phone == null && email == null && !broken(Column.COORDINATOR_PHONE) && !broken(Column.COORDINATOR_EMAIL)) {
            problem(Reason.NO_COORDINATOR_CONTACT, Column.COORDINATOR_PHONE);
        }
        return name == null ? null : new Contact(name, phone, email);
    }

    /** Given names, separated by spaces. */
    List<String> givenNames(Column column) {
        String value = cells.get(column);
        return value == null ? List.of() : Arrays.asList(value.split(" "));
    }

    /** One family name, kept whole: a hyphenated or double-barrelled name is not split. */
    List<String> familyNames(Column column) {
        String value = cells.get(column);
        return value == null ? List.of() : List.of(value);
    }

    List<String> aliases() {
        String value = cells.get(Column.ALIASES);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(";"))
                .map(String::strip)
                .filter(alias -> !alias.isEmpty())
                .toList();
    }

    /** A UK postcode in its usual form (upper case, one space before the inward code); else as written. */
    String postcode(Column column) {
        String value = cells.get(column);
        if (value == null) {
            return null;
        }
        Matcher postcode = UK_POSTCODE.matcher(value.toUpperCase(Locale.ROOT));
        return postcode.matches() ? postcode.group(1) + " " + postcode.group(2) : value;
    }

    String pncId() {
        String value = cells.get(Column.PNC_ID);
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    /**
     * A code of {@code allowed} as a spreadsheet user may write it: any case, with spaces or hyphens between its
     * words ("Ex-partner" is EX_PARTNER); null when the cell is empty, or with a problem when it is none of them.
     */
    <E extends Enum<E>> E code(Column column, List<E> allowed, Reason unknown) {
        String value = cells.get(column);
        if (value == null) {
            return null;
        }
        String code = CODE_SEPARATOR.matcher(value.toUpperCase(Locale.ROOT)).replaceAll("_");
        for (E constant : allowed) {
            // The adapter API's codes are their constants' names.
            if (constant.name().equals(code)) {
                return constant;
            }
        }
        problem(unknown, column);
        return null;
    }
}
