package org.crossflag.adapter.maraccsv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossflag.adapter.maraccsv.MaracCsvRowMapperTests.row;
import static org.crossflag.adapter.maraccsv.MaracCsvRowMapperTests.with;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.crossflag.adapter.LocalRecordType;
import org.crossflag.adapter.LocalWithdrawal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The optional record_status and status_date columns: corrections and withdrawals, without Camel or Spring. */
class RecordStatusMappingTests {

    final MaracCsvRowMapper mapper = new MaracCsvRowMapper(MaracCsvRowMapperTests.CLOCK);

    @ParameterizedTest
    @ValueSource(strings = {"", "CURRENT", "current", " Current "})
    void anEmptyOrCurrentStatusIsAHearingAsBefore(String status) throws Exception {
        assertThat(mapper.map(row(with("record_status", status)))).isInstanceOf(MappedRecord.Hearing.class);
    }

    @Test
    void aCorrectedHearingCarriesTheWholeRowAndItsStatusDate() throws Exception {
        MappedRecord record = mapper.map(
                row(with("record_status", "corrected", "status_date", "03/11/2026", "given_names", "Quentin")));

        assertThat(record).isInstanceOf(MappedRecord.Correction.class);
        MappedRecord.Correction correction = (MappedRecord.Correction) record;
        assertThat(correction.correctedOn()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(correction.hearing().localReference()).isEqualTo("MARAC-TST-2026-0001");
        assertThat(correction.hearing().subject().givenNames()).containsExactly("Quentin");
        assertThat(correction.hearing().score()).isNotNull();
    }

    @Test
    void aCorrectionWithoutAStatusDateIsDatedTheDayTheFileIsReadInTheUk() throws Exception {
        MappedRecord.Correction correction =
                (MappedRecord.Correction) mapper.map(row(with("record_status", "CORRECTED")));

        // The clock reads 2026-11-29 23:30 UTC, which is the same day in London in winter.
        assertThat(correction.correctedOn()).isEqualTo(LocalDate.of(2026, 11, 29));
    }

    @Test
    void aCorrectedRowMeetsEveryColumnRuleOfACurrentOne() {
        assertThat(problems(with("record_status", "CORRECTED", "dob", "1979-02-30", "forum", "IDVA")))
                .containsExactly(
                        RowProblem.of(2, Reason.UNKNOWN_FORUM, Column.FORUM),
                        RowProblem.of(2, Reason.INVALID_DATE_OF_BIRTH, Column.DOB));
    }

    @Test
    void aReferralCannotBeCorrected() {
        assertThat(problems(with("record_status", "CORRECTED", "record_type", "REFERRAL", "date", "2026-11-20")))
                .containsExactly(RowProblem.of(2, Reason.REFERRAL_NOT_CORRECTABLE, Column.RECORD_STATUS));
    }

    @Test
    void aWithdrawnRowNeedsOnlyItsRecordTypeAndReference() throws Exception {
        Map<String, String> cells = Map.of(
                "record_type", "REFERRAL",
                "reference", "MARAC-TST-2026-0009",
                "record_status", "withdrawn",
                "status_date", "2026-11-28",
                "dob", "1979-02-30",
                "forum", "IDVA");

        MappedRecord record = mapper.map(row(cells));

        assertThat(record)
                .isEqualTo(new MappedRecord.Withdrawal(new LocalWithdrawal(
                        LocalRecordType.REFERRAL, "MARAC-TST-2026-0009", LocalDate.of(2026, 11, 28))));
    }

    @Test
    void aWithdrawnHearingWithoutAStatusDateIsDatedTheDayTheFileIsRead() throws Exception {
        MappedRecord record = mapper.map(row(with("record_status", "WITHDRAWN")));

        assertThat(record)
                .isEqualTo(new MappedRecord.Withdrawal(new LocalWithdrawal(
                        LocalRecordType.HEARING, "MARAC-TST-2026-0001", LocalDate.of(2026, 11, 29))));
    }

    @Test
    void aWithdrawnRowIsStillRejectedForItsOwnColumns() {
        assertThat(problems(Map.of("record_type", "MEETING", "record_status", "WITHDRAWN")))
                .containsExactly(
                        RowProblem.of(2, Reason.UNKNOWN_RECORD_TYPE, Column.RECORD_TYPE),
                        RowProblem.of(2, Reason.MISSING_VALUE, Column.REFERENCE));
        assertThat(problems(with("record_status", "WITHDRAWN", "status_date", "2026-11-30")))
                .containsExactly(RowProblem.of(2, Reason.DATE_IN_FUTURE, Column.STATUS_DATE));
        assertThat(problems(with("record_status", "WITHDRAWN", "reference", "MARAC\u0007TST")))
                .containsExactly(RowProblem.of(2, Reason.INVALID_CHARACTERS, Column.REFERENCE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DELETED", "amended", "CURRENT;WITHDRAWN"})
    void anUnknownStatusRejectsTheRow(String status) {
        assertThat(problems(with("record_status", status)))
                .containsExactly(RowProblem.of(2, Reason.UNKNOWN_RECORD_STATUS, Column.RECORD_STATUS));
    }

    @Test
    void aStatusDateThatIsNoDateIsRejectedOnAnyRow() {
        assertThat(problems(with("record_status", "CORRECTED", "status_date", "31/02/2026")))
                .containsExactly(RowProblem.of(2, Reason.INVALID_DATE, Column.STATUS_DATE));
        assertThat(problems(with("status_date", "soon")))
                .containsExactly(RowProblem.of(2, Reason.INVALID_DATE, Column.STATUS_DATE));
    }

    List<RowProblem> problems(Map<String, String> cells) {
        try {
            mapper.map(row(cells));
        } catch (RowRejectedException e) {
            return e.problems();
        }
        throw new AssertionError("the row was not rejected");
    }
}
