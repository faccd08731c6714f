package org.crossflag.adapter.maraccsv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.crossflag.adapter.Contact;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.LocalHearing;
import org.crossflag.adapter.LocalPerson;
import org.crossflag.adapter.LocalReferral;
import org.crossflag.adapter.RiskScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every column rule, on rows about invented people, without Camel or Spring. */
class MaracCsvRowMapperTests {

    /** 2026-11-29, 23:30 in London (GMT in winter). */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T23:30:00Z"), ZoneOffset.UTC);

    final MaracCsvRowMapper mapper = new MaracCsvRowMapper(CLOCK);

    @Test
    void aHearingRowMapsEveryColumn() throws Exception {
        LocalHearing hearing = hearing(row(SyntheticExport.hearing(4)));

        assertThat(hearing.localReference()).isEqualTo("MARAC-TST-2026-0004");
        assertThat(hearing.forum()).isEqualTo(Forum.MARAC);
        assertThat(hearing.heardOn()).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(hearing.coordinator())
                .isEqualTo(new Contact("MARAC coordinator, Testford", "01632 960101", "marac@testford.police.example"));
        assertThat(hearing.score()).isEqualTo(new RiskScore("DASH", "2009", "17"));
        LocalPerson person = hearing.subject();
        assertThat(person.localPersonId()).isEqualTo("P-TST-7004");
        assertThat(person.givenNames()).containsExactly("Quentin", "Aldous");
        assertThat(person.familyNames()).containsExactly("Fenwick-Stroud");
        assertThat(person.aliases()).containsExactly("Quin Stroud", "Q. Fenwick");
        assertThat(person.dateOfBirth()).isEqualTo("1979-11-23");
        assertThat(person.sex()).isEqualTo("M");
        assertThat(person.pncId()).isEqualTo("11/482913Q");
        assertThat(person.postcode()).isEqualTo("CM2 9XQ");
        assertThat(person.addressLine()).isEqualTo("17 Larkspur Mews");
        assertThat(person.phone()).isEqualTo("07700 900417");
        assertThat(person.email()).isEqualTo("q.fenwick@mail.example");
    }

    @Test
    void aReferralRowMapsToAReferral() throws Exception {
        MappedRecord record = mapper.map(row(with("record_type", "REFERRAL", "forum", "DAPP", "date", "2026-11-29")));

        assertThat(record).isInstanceOf(MappedRecord.Referral.class);
        LocalReferral referral = ((MappedRecord.Referral) record).referral();
        assertThat(referral.localReference()).isEqualTo("MARAC-TST-2026-0001");
        assertThat(referral.forum()).isEqualTo(Forum.DAPP);
        assertThat(referral.referredOn()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(referral.subject().localPersonId()).isEqualTo("P-TST-7001");
        assertThat(referral.coordinator().name()).isEqualTo("MARAC coordinator, Testford");
    }

    @ParameterizedTest
    @ValueSource(strings = {"HEARING", "hearing", " Hearing "})
    void recordTypeIgnoresCaseAndSpaces(String type) throws Exception {
        assertThat(mapper.map(row(with("record_type", type)))).isInstanceOf(MappedRecord.Hearing.class);
    }

    @Test
    void unknownRecordTypeIsRejected() {
        assertRejected(with("record_type", "MEETING"), Reason.UNKNOWN_RECORD_TYPE, Column.RECORD_TYPE);
    }

    @ParameterizedTest
    @EnumSource(
            value = Column.class,
            names = {"RECORD_TYPE", "REFERENCE", "FORUM", "DATE", "PERSON_ID", "COORDINATOR_NAME"})
    void requiredValueMissingIsRejected(Column column) {
        assertRejected(with(column.header(), ""), Reason.MISSING_VALUE, column);
        assertRejected(with(column.header(), "   "), Reason.MISSING_VALUE, column);
    }

    @ParameterizedTest
    @EnumSource(Forum.class)
    void everyForumIsAccepted(Forum forum) throws Exception {
        assertThat(hearing(row(with("forum", forum.name()))).forum()).isEqualTo(forum);
        assertThat(hearing(row(with("forum", forum.name().toLowerCase()))).forum())
                .isEqualTo(forum);
    }

    @ParameterizedTest
    @ValueSource(strings = {"IDVA", "MARACS", "Domestic Abuse Perpetrator Panel"})
    void unknownForumIsRejected(String forum) {
        assertRejected(with("forum", forum), Reason.UNKNOWN_FORUM, Column.FORUM);
    }

    @ParameterizedTest
    @CsvSource({"2026-03-07,2026-03-07", "07/03/2026,2026-03-07", "7/3/2026,2026-03-07", "29/11/2026,2026-11-29"})
    void dateIsIsoOrUkDayMonthYear(String written, String expected) throws Exception {
        assertThat(hearing(row(with("date", written))).heardOn()).isEqualTo(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-02-30",
                "2026-13-01",
                "2026/03/07",
                "03-07-2026",
                "7/3/26",
                "2026-3-7",
                "07.03.2026",
                "March 2026",
                "2026-03",
                "31/02/2026",
                "2026-03-07T10:00"
            })
    void badDateIsRejected(String date) {
        assertRejected(with("date", date), Reason.INVALID_DATE, Column.DATE);
    }

    @Test
    void dateAfterTodayInLondonIsRejected() {
        assertRejected(with("date", "2026-11-30"), Reason.DATE_IN_FUTURE, Column.DATE);
    }

    @ParameterizedTest
    @CsvSource({"1986-03-07,1986-03-07", "1986-03,1986-03", "1986,1986", "07/03/1986,1986-03-07", "7/3/1986,1986-03-07"
    })
    void dateOfBirthMayBePartialOrUkStyle(String written, String expected) throws Exception {
        assertThat(hearing(row(with("dob", written))).subject().dateOfBirth()).isEqualTo(expected);
    }

    @Test
    void dateOfBirthMayBeEmpty() throws Exception {
        assertThat(hearing(row(with("dob", ""))).subject().dateOfBirth()).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1986-13",
                "1986-00",
                "1986-02-30",
                "86",
                "07/03/86",
                "1986-3-7",
                "07.03.1986",
                "1899",
                "1899-12-31",
                "2026-02-15",
                "2027",
                "unknown",
                "c. 1986"
            })
    void badDateOfBirthIsRejected(String dob) {
        // The row's date is 2026-02-11: a person cannot be born after it.
        assertRejected(with("date", "2026-02-11", "dob", dob), Reason.INVALID_DATE_OF_BIRTH, Column.DOB);
    }

    @ParameterizedTest
    @CsvSource({"F,F", "m,M", "x,X", "' f ',F"})
    void sexIsFMOrX(String written, String expected) throws Exception {
        assertThat(hearing(row(with("sex", written))).subject().sex()).isEqualTo(expected);
    }

    @Test
    void sexMayBeEmpty() throws Exception {
        assertThat(hearing(row(with("sex", ""))).subject().sex()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Male", "female", "U", "1"})
    void otherSexIsRejected(String sex) {
        assertRejected(with("sex", sex), Reason.INVALID_SEX, Column.SEX);
    }

    @Test
    void givenNamesAreSplitOnSpacesAndTheFamilyNameKeptWhole() throws Exception {
        LocalPerson person = hearing(
                        row(with("given_names", "  Anna   Maria Theodora ", "family_name", "de la Cruz-Obi")))
                .subject();
        assertThat(person.givenNames()).containsExactly("Anna", "Maria", "Theodora");
        assertThat(person.familyNames()).containsExactly("de la Cruz-Obi");
    }

    @Test
    void namesMayBeEmpty() throws Exception {
        LocalPerson person = hearing(row(with("given_names", "", "family_name", "", "aliases", "")))
                .subject();
        assertThat(person.givenNames()).isEmpty();
        assertThat(person.familyNames()).isEmpty();
        assertThat(person.aliases()).isEmpty();
    }

    @Test
    void aliasesAreSemicolonSeparatedFullNames() throws Exception {
        assertThat(hearing(row(with("aliases", " Quin Stroud ;; Q Fenwick;")))
                        .subject()
                        .aliases())
                .containsExactly("Quin Stroud", "Q Fenwick");
    }

    @ParameterizedTest
    @CsvSource({
        "cm2 9xq,CM2 9XQ",
        "CM29XQ,CM2 9XQ",
        "'  ec1a  1bb ',EC1A 1BB",
        "w1a 0ax,W1A 0AX",
        "not known,not known",
        "CM2,CM2"
    })
    void postcodeIsWrittenTheUsualWayWhenItLooksLikeOne(String written, String expected) throws Exception {
        assertThat(hearing(row(with("postcode", written))).subject().postcode()).isEqualTo(expected);
    }

    @Test
    void pncIdIsUpperCased() throws Exception {
        assertThat(hearing(row(with("pnc_id", "11/482913q"))).subject().pncId()).isEqualTo("11/482913Q");
    }

    @Test
    void aLineBreakInACellBecomesASpace() throws Exception {
        assertThat(hearing(row(with("address", "17 Larkspur Mews\r\nTestford")))
                        .subject()
                        .addressLine())
                .isEqualTo("17 Larkspur Mews Testford");
    }

    @Test
    void optionalColumnsMayBeEmpty() throws Exception {
        LocalPerson person = hearing(row(with("pnc_id", "", "postcode", "", "address", "", "phone", "", "email", "")))
                .subject();
        assertThat(person.pncId()).isNull();
        assertThat(person.postcode()).isNull();
        assertThat(person.addressLine()).isNull();
        assertThat(person.phone()).isNull();
        assertThat(person.email()).isNull();
    }

    @Test
    void coordinatorNeedsAPhoneOrAnEmail() throws Exception {
        assertThat(hearing(row(with("coordinator_phone", ""))).coordinator())
                .isEqualTo(new Contact("MARAC coordinator, Testford", null, "marac@testford.police.example"));
        assertThat(hearing(row(with("coordinator_email", ""))).coordinator())
                .isEqualTo(new Contact("MARAC coordinator, Testford", "01632 960101", null));
        assertRejected(
                with("coordinator_phone", "", "coordinator_email", ""),
                Reason.NO_COORDINATOR_CONTACT,
                Column.COORDINATOR_PHONE);
    }

    @Test
    void noScoreAtAllIsFine() throws Exception {
        assertThat(hearing(row(with("score_tool", "", "score_version", "", "score_value", "")))
                        .score())
                .isNull();
    }

    @Test
    void aScoreWithoutItsToolOrVersionIsRejected() {
        assertThat(problems(with("score_tool", "", "score_version", "")))
                .containsExactly(
                        RowProblem.of(2, Reason.SCORE_INCOMPLETE, Column.SCORE_TOOL),
                        RowProblem.of(2, Reason.SCORE_INCOMPLETE, Column.SCORE_VERSION));
        assertRejected(with("score_version", ""), Reason.SCORE_INCOMPLETE, Column.SCORE_VERSION);
        assertRejected(with("score_value", ""), Reason.SCORE_INCOMPLETE, Column.SCORE_VALUE);
    }

    @Test
    void aReferralsScoreMustBeCompleteToo() {
        assertRejected(with("record_type", "REFERRAL", "score_tool", ""), Reason.SCORE_INCOMPLETE, Column.SCORE_TOOL);
    }

    @Test
    void bytesThatWereNotUtf8AreRejected() {
        // What a file saved in Windows-1252 becomes when read as UTF-8: "Zo\uFFFD".
        assertRejected(with("given_names", "Zo\uFFFD"), Reason.INVALID_CHARACTERS, Column.GIVEN_NAMES);
    }

    @Test
    void controlCharactersAreRejected() {
        assertRejected(with("family_name", "Fenwick\u0007"), Reason.INVALID_CHARACTERS, Column.FAMILY_NAME);
        assertRejected(with("reference", "MARAC\u0000-1"), Reason.INVALID_CHARACTERS, Column.REFERENCE);
    }

    @Test
    void overlongValuesAreRejected() throws Exception {
        String longest = "A".repeat(MaracCsvRowMapper.MAX_VALUE_LENGTH);
        assertThat(hearing(row(with("address", longest))).subject().addressLine())
                .isEqualTo(longest);
        assertRejected(with("address", longest + "B"), Reason.VALUE_TOO_LONG, Column.ADDRESS);
    }

    @Test
    void everyBrokenRuleOfARowIsNamed() {
        assertThat(problems(with("forum", "IDVA", "date", "", "dob", "1986-13", "sex", "male", "score_value", "")))
                .extracting(RowProblem::reason, RowProblem::field)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("UNKNOWN_FORUM", "forum"),
                        org.assertj.core.groups.Tuple.tuple("MISSING_VALUE", "date"),
                        org.assertj.core.groups.Tuple.tuple("INVALID_DATE_OF_BIRTH", "dob"),
                        org.assertj.core.groups.Tuple.tuple("INVALID_SEX", "sex"),
                        org.assertj.core.groups.Tuple.tuple("SCORE_INCOMPLETE", "score_value"));
    }

    @Test
    void aRejectionNamesRowAndColumnButNeverTheValue() {
        List<RowProblem> problems = problems(with("dob", "1986-13-45", "family_name", "Fenwick\u0007"));
        assertThat(problems).allSatisfy(problem -> {
            assertThat(problem.row()).isEqualTo(2);
            assertThat(problem.toString()).doesNotContain("1986-13-45").doesNotContain("Fenwick");
        });
    }

    // --- helpers

    static Map<String, String> with(String... changes) {
        Map<String, String> row = SyntheticExport.hearing(1);
        for (int i = 0; i < changes.length; i += 2) {
            row.put(changes[i], changes[i + 1]);
        }
        return row;
    }

    static MaracCsvRow row(Map<String, String> cells) {
        Map<Column, String> byColumn = new EnumMap<>(Column.class);
        cells.forEach((name, value) -> byColumn.put(Column.forHeader(name).orElseThrow(), value));
        return new MaracCsvRow(2, byColumn);
    }

    LocalHearing hearing(MaracCsvRow row) throws RowRejectedException {
        return ((MappedRecord.Hearing) mapper.map(row)).hearing();
    }

    List<RowProblem> problems(Map<String, String> cells) {
        RowRejectedException rejected = catchThrowableOfType(RowRejectedException.class, () -> mapper.map(row(cells)));
        assertThat(rejected).as("the row is rejected").isNotNull();
        return rejected.problems();
    }

    void assertRejected(Map<String, String> cells, Reason reason, Column column) {
        assertThat(problems(cells)).containsExactly(RowProblem.of(2, reason, column));
    }
}
