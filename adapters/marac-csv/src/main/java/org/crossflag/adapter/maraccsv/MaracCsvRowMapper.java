package org.crossflag.adapter.maraccsv;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crossflag.adapter.Contact;
import org.crossflag.adapter.FieldForm;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.LocalHearing;
import org.crossflag.adapter.LocalPerson;
import org.crossflag.adapter.LocalRecordType;
import org.crossflag.adapter.LocalReferral;
import org.crossflag.adapter.LocalWithdrawal;
import org.crossflag.adapter.RiskScore;

/**
 * The column rules: turns one row into a {@link LocalHearing} or a {@link LocalReferral} (or, by its
 * {@code record_status}, a correction of a hearing or a withdrawal), or names every rule the row breaks. A rejected row yields nothing, so nothing from it can reach the node.
 */
final class MaracCsvRowMapper {

    /** The longest value any column takes. */
    static final int MAX_VALUE_LENGTH = 500;

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final int EARLIEST_BIRTH_YEAR = 1900;
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern UK_POSTCODE = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?)\\s*([0-9][A-Z]{2})");

    enum RecordType {
        HEARING(LocalRecordType.HEARING),
        REFERRAL(LocalRecordType.REFERRAL);

        private final LocalRecordType localType;

        RecordType(LocalRecordType localType) {
            this.localType = localType;
        }
    }

    /** The cells a WITHDRAWN row is read for; the others may be empty, and are neither checked nor sent. */
    private static final Set<String> WITHDRAWAL_COLUMNS = Set.of(
            Column.RECORD_TYPE.header(),
            Column.REFERENCE.header(),
            Column.RECORD_STATUS.header(),
            Column.STATUS_DATE.header());

    private final Clock clock;

    MaracCsvRowMapper(Clock clock) {
        this.clock = clock;
    }

    /** @throws RowRejectedException naming every rule the row breaks (row number, reason code, column) */
    MappedRecord map(MaracCsvRow row) throws RowRejectedException {
        Values values = new Values(row);
        RecordStatus status = values.status();
        if (status == RecordStatus.WITHDRAWN) {
            return withdrawal(values);
        }
        RecordType type = values.recordType();
        String reference = values.required(Column.REFERENCE);
        Forum forum = values.forum();
        LocalDate date = values.date();
        String personId = values.required(Column.PERSON_ID);
        String dateOfBirth = values.dateOfBirth(date);
        String sex = values.sex();
        RiskScore score = values.score();
        Contact coordinator = values.coordinator();
        LocalDate statusDate = values.statusDate();
        if (status == RecordStatus.CORRECTED && type == RecordType.REFERRAL) {
            values.problem(Reason.REFERRAL_NOT_CORRECTABLE, Column.RECORD_STATUS);
        }
        if (!values.problems.isEmpty()) {
            throw new RowRejectedException(values.problems);
        }
        LocalPerson subject = new LocalPerson(
                personId,
                values.givenNames(),
                values.familyNames(),
                values.aliases(),
                dateOfBirth,
                sex,
                values.postcode(),
                values.optional(Column.ADDRESS),
                values.pncId(),
                values.optional(Column.PHONE),
                values.optional(Column.EMAIL));
        return switch (type) {
            case HEARING -> {
                LocalHearing hearing = new LocalHearing(reference, forum, date, subject, coordinator, score);
                yield status == RecordStatus.CORRECTED
                        ? new MappedRecord.Correction(hearing, statusDate == null ? today() : statusDate)
                        : new MappedRecord.Hearing(hearing);
            }
            // A referral carries no score: LocalReferral has none (the score was checked all the same).
            case REFERRAL -> new MappedRecord.Referral(new LocalReferral(reference, forum, date, subject, coordinator));
        };
    }

    /** Only the record type and the reference: what was deleted at the source need not be valid to be withdrawn. */
    private MappedRecord withdrawal(Values values) throws RowRejectedException {
        RecordType type = values.recordType();
        String reference = values.required(Column.REFERENCE);
        LocalDate withdrawnOn = values.statusDate();
        List<RowProblem> problems = values.problems.stream()
                .filter(problem -> WITHDRAWAL_COLUMNS.contains(problem.field()))
                .toList();
        if (!problems.isEmpty()) {
            throw new RowRejectedException(problems);
        }
        return new MappedRecord.Withdrawal(
                new LocalWithdrawal(type.localType, reference, withdrawnOn == null ? today() : withdrawnOn));
    }

    /** The day the file is read, in the UK: the date of a correction or withdrawal whose row gives none. */
    private LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }

    /** Reads one row's cells, collecting a problem for each rule broken. */
    private final class Values {

        private final int row;
        private final Map<Column, String> cells = new EnumMap<>(Column.class);
        private final List<RowProblem> problems = new ArrayList<>();

        Values(MaracCsvRow source) {
            this.row = source.number();
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

        private void problem(Reason reason, Column column) {
            problems.add(RowProblem.of(row, reason, column));
        }

        private boolean broken(Column column) {
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
            } else if (day.isAfter(today())) {
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
            } else if (date.isAfter(today())) {
                problem(Reason.DATE_IN_FUTURE, Column.DATE);
                return null;
            }
            return date;
        }

        /** ISO 8601 (yyyy-MM-dd, yyyy-MM or yyyy), or null when the cell is blank. */
        String dateOfBirth(LocalDate recordDate) {
            String value = cells.get(Column.DOB);
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
                problem(Reason.INVALID_DATE_OF_BIRTH, Column.DOB);
                return null;
            }
            return iso;
        }

        String sex() {
            String value = cells.get(Column.SEX);
            if (value == null) {
                return null;
            }
            String sex = value.toUpperCase(Locale.ROOT);
            if (!sex.equals("F") && !sex.equals("M") && !sex.equals("X")) {
                problem(Reason.INVALID_SEX, Column.SEX);
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
            if (phone == null
                    && email == null
                    && !broken(Column.COORDINATOR_PHONE)
                    && !broken(Column.COORDINATOR_EMAIL)) {
                problem(Reason.NO_COORDINATOR_CONTACT, Column.COORDINATOR_PHONE);
            }
            return name == null ? null : new Contact(name, phone, email);
        }

        List<String> givenNames() {
            String value = cells.get(Column.GIVEN_NAMES);
            return value == null ? List.of() : Arrays.asList(value.split(" "));
        }

        List<String> familyNames() {
            String value = cells.get(Column.FAMILY_NAME);
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
        String postcode() {
            String value = cells.get(Column.POSTCODE);
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
    }
}
