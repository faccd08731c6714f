package org.crossflag.adapter.maraccsv;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.crossflag.adapter.Contact;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.LocalHearing;
import org.crossflag.adapter.LocalPerson;
import org.crossflag.adapter.LocalRecordType;
import org.crossflag.adapter.LocalReferral;
import org.crossflag.adapter.LocalWithdrawal;
import org.crossflag.adapter.RiskScore;

/**
 * The column rules: turns one row into a {@link LocalHearing} or a {@link LocalReferral} (or, by its
 * {@code record_status}, a correction of a hearing or a withdrawal), or names every rule the row breaks. A rejected
 * row yields nothing, so nothing from it can reach the node. Each cell is read by {@link RowCells}; the subject's
 * role, the abuse type and the victims by {@link HarmColumns}.
 */
final class MaracCsvRowMapper {

    /** The longest value any column takes. */
    static final int MAX_VALUE_LENGTH = RowCells.MAX_VALUE_LENGTH;

    private static final ZoneId UK = ZoneId.of("Europe/London");

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
        RowCells values = new RowCells(row, today());
        RecordStatus status = values.status();
        if (status == RecordStatus.WITHDRAWN) {
            return withdrawal(values);
        }
        RecordType type = values.recordType();
        String reference = values.required(Column.REFERENCE);
        Forum forum = values.forum();
        LocalDate date = values.date();
        String personId = values.required(Column.PERSON_ID);
        String dateOfBirth = values.dateOfBirth(Column.DOB, date);
        String sex = values.sex(Column.SEX);
        RiskScore score = values.score();
        Contact coordinator = values.coordinator();
        LocalDate statusDate = values.statusDate();
        HarmColumns.Harm harm = HarmColumns.read(values, reference, date);
        if (status == RecordStatus.CORRECTED && type == RecordType.REFERRAL) {
            values.problem(Reason.REFERRAL_NOT_CORRECTABLE, Column.RECORD_STATUS);
        }
        if (!values.problems().isEmpty()) {
            throw new RowRejectedException(values.problems());
        }
        LocalPerson subject = new LocalPerson(
                personId,
                values.givenNames(Column.GIVEN_NAMES),
                values.familyNames(Column.FAMILY_NAME),
                values.aliases(),
                dateOfBirth,
                sex,
                values.postcode(Column.POSTCODE),
                values.optional(Column.ADDRESS),
                values.pncId(),
                values.optional(Column.PHONE),
                values.optional(Column.EMAIL));
        return switch (type) {
            case HEARING -> {
                LocalHearing hearing = new LocalHearing(reference, forum, date, subject, coordinator, score)
                        .withHarm(harm.subjectRole(), harm.abuseType(), harm.victims());
                yield status == RecordStatus.CORRECTED
                        ? new MappedRecord.Correction(hearing, statusDate == null ? today() : statusDate)
                        : new MappedRecord.Hearing(hearing);
            }
            // A referral carries no score: LocalReferral has none (the score was checked all the same).
            case REFERRAL ->
                new MappedRecord.Referral(new LocalReferral(reference, forum, date, subject, coordinator)
                        .withHarm(harm.subjectRole(), harm.abuseType(), harm.victims()));
        };
    }

    /** Only the record type and the reference: what was deleted at the source need not be valid to be withdrawn. */
    private MappedRecord withdrawal(RowCells values) throws RowRejectedException {
        RecordType type = values.recordType();
        String reference = values.required(Column.REFERENCE);
        LocalDate withdrawnOn = values.statusDate();
        List<RowProblem> problems = values.problems().stream()
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
}
