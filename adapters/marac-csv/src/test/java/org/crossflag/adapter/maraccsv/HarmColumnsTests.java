package org.crossflag.adapter.maraccsv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.crossflag.adapter.AbuseType;
import org.crossflag.adapter.Contact;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.LocalHearing;
import org.crossflag.adapter.LocalPerson;
import org.crossflag.adapter.LocalReferral;
import org.crossflag.adapter.LocalVictim;
import org.crossflag.adapter.PersonRole;
import org.crossflag.adapter.RiskScore;
import org.crossflag.adapter.VictimRelationship;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The subject's role, the abuse type and the victims' column groups, on rows about invented people. */
class HarmColumnsTests {

    final MaracCsvRowMapper mapper = new MaracCsvRowMapper(MaracCsvRowMapperTests.CLOCK);

    /** Hearing 1 with a former partner (recorded as both) and a sister, as a coordinator might type them. */
    static Map<String, String> withVictims(String... changes) {
        Map<String, String> row = MaracCsvRowMapperTests.with(
                "subject_role", "Both",
                "abuse_type", "coercive control",
                "victim1_person_id", "P-TST-8101",
                "victim1_given_names", "Honoria Maud",
                "victim1_family_name", "Pellinore",
                "victim1_dob", "19/02/1987",
                "victim1_sex", "f",
                "victim1_postcode", "cm29xq",
                "victim1_relationship", "Ex-partner",
                "victim1_role", "both",
                "victim2_given_names", "Ottilie",
                "victim2_family_name", "Fenwick-Stroud",
                "victim2_dob", "1984",
                "victim2_relationship", "SIBLING");
        for (int i = 0; i < changes.length; i += 2) {
            row.put(changes[i], changes[i + 1]);
        }
        return row;
    }

    static final LocalVictim PELLINORE = new LocalVictim(
            new LocalPerson(
                    "P-TST-8101",
                    List.of("Honoria", "Maud"),
                    List.of("Pellinore"),
                    List.of(),
                    "1987-02-19",
                    "F",
                    "CM2 9XQ",
                    null,
                    null,
                    null,
                    null),
            VictimRelationship.EX_PARTNER,
            PersonRole.BOTH);

    /** Without a victim2_person_id, the victim takes an id made from the row's reference. */
    static final LocalVictim SISTER = new LocalVictim(
            new LocalPerson(
                    "MARAC-TST-2026-0001#V2",
                    List.of("Ottilie"),
                    List.of("Fenwick-Stroud"),
                    List.of(),
                    "1984",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null),
            VictimRelationship.SIBLING,
            PersonRole.VICTIM);

    @Test
    void aRowWithVictimsCarriesThemTheirRelationshipsAndRolesTheSubjectsRoleAndTheAbuseType() throws Exception {
        LocalHearing hearing = hearing(MaracCsvRowMapperTests.row(withVictims()));

        assertThat(hearing.subjectRole()).isEqualTo(PersonRole.BOTH);
        assertThat(hearing.abuseType()).isEqualTo(AbuseType.COERCIVE_CONTROL);
        assertThat(hearing.victims()).containsExactly(PELLINORE, SISTER);
    }

    @Test
    void aReferralRowCarriesThemToo() throws Exception {
        MappedRecord record = mapper.map(MaracCsvRowMapperTests.row(withVictims(
                "record_type", "REFERRAL", "victim3_family_name", "Achterberg", "victim3_relationship", "other")));

        LocalReferral referral = ((MappedRecord.Referral) record).referral();
        assertThat(referral.subjectRole()).as("a counter-allegation").isEqualTo(org.crossflag.adapter.PersonRole.BOTH);
        assertThat(referral.victims()).hasSize(3).startsWith(PELLINORE, SISTER);
        assertThat(referral.victims().get(2).relationship()).isEqualTo(VictimRelationship.OTHER);
        assertThat(referral.victims().get(2).person().localPersonId()).isEqualTo("MARAC-TST-2026-0001#V3");
    }

    @Test
    void aRowWithoutTheColumnsMapsExactlyAsBefore() throws Exception {
        LocalHearing hearing = hearing(MaracCsvRowMapperTests.row(SyntheticExport.hearing(1)));

        assertThat(hearing)
                .isEqualTo(new LocalHearing(
                        "MARAC-TST-2026-0001",
                        Forum.MARAC,
                        LocalDate.of(2026, 2, 11),
                        new LocalPerson(
                                "P-TST-7001",
                                List.of("Quentin", "Aldous"),
                                List.of("Fenwick-Stroud"),
                                List.of("Quin Stroud", "Q. Fenwick"),
                                "1979-11-23",
                                "M",
                                "CM2 9XQ",
                                "17 Larkspur Mews",
                                "11/482913Q",
                                "07700 900417",
                                "q.fenwick@mail.example"),
                        new Contact("MARAC coordinator, Testford", "01632 960101", "marac@testford.police.example"),
                        new RiskScore("DASH", "2009", "17")));
        assertThat(hearing.subjectRole()).isEqualTo(PersonRole.PERPETRATOR);
        assertThat(hearing.victims()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(VictimRelationship.class)
    void everyRelationshipIsTakenInAnyCaseWithSpacesOrHyphensBetweenItsWords(VictimRelationship relationship)
            throws Exception {
        String typed = relationship.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String hyphenated = relationship.name().replace('_', '-');

        for (String written : List.of(relationship.name(), typed, hyphenated)) {
            LocalHearing hearing = hearing(MaracCsvRowMapperTests.row(withVictims("victim2_relationship", written)));
            assertThat(hearing.victims().get(1).relationship()).as(written).isEqualTo(relationship);
        }
    }

    @ParameterizedTest
    @EnumSource(AbuseType.class)
    void everyAbuseTypeIsTaken(AbuseType type) throws Exception {
        String typed = type.name().toLowerCase(Locale.ROOT).replace('_', '-');

        assertThat(hearing(MaracCsvRowMapperTests.row(withVictims("abuse_type", typed)))
                        .abuseType())
                .isEqualTo(type);
    }

    @ParameterizedTest(name = "{0} = {1} is {2}")
    @CsvSource({
        "subject_role, VICTIM, UNKNOWN_SUBJECT_ROLE",
        "subject_role, mutual, UNKNOWN_SUBJECT_ROLE",
        "abuse_type, FGM, UNKNOWN_ABUSE_TYPE",
        "abuse_type, Pellinore feud, UNKNOWN_ABUSE_TYPE",
        "victim1_relationship, partner, UNKNOWN_RELATIONSHIP",
        "victim2_relationship, sister, UNKNOWN_RELATIONSHIP",
        "victim1_role, PERPETRATOR, UNKNOWN_VICTIM_ROLE",
        "victim2_role, alleged, UNKNOWN_VICTIM_ROLE",
        "victim1_relationship, '', MISSING_VALUE",
        "victim2_family_name, '', VICTIM_UNIDENTIFIABLE",
        "victim1_family_name, '  ', VICTIM_UNIDENTIFIABLE",
        "victim1_dob, 31/02/1987, INVALID_DATE_OF_BIRTH",
        "victim2_dob, 2027, INVALID_DATE_OF_BIRTH",
        "victim2_dob, 1899-12, INVALID_DATE_OF_BIRTH",
        "victim1_sex, female, INVALID_SEX",
        "victim1_given_names, Hono\u0007ria, INVALID_CHARACTERS",
        "victim1_person_id, P-TST\u00078101, INVALID_CHARACTERS"
    })
    void eachBadValueIsRejectedNamingItsColumn(String column, String value, Reason reason) {
        assertRejected(
                withVictims(column, value), reason, Column.forHeader(column).orElseThrow());
    }

    @Test
    void aVictimGroupPartlyFilledWithoutAFamilyNameOrARelationshipNamesBoth() {
        assertThat(problems(withVictims("victim3_given_names", "Pip", "victim3_role", "VICTIM")))
                .extracting(RowProblem::reason, RowProblem::field)
                .containsExactlyInAnyOrder(
                        tuple("VICTIM_UNIDENTIFIABLE", "victim3_family_name"),
                        tuple("MISSING_VALUE", "victim3_relationship"));
    }

    @Test
    void aVictimsOwnIdHasTheFormOfALocalPersonId() {
        assertRejected(
                withVictims("victim1_person_id", "P".repeat(81)), Reason.VALUE_TOO_LONG, Column.VICTIM1_PERSON_ID);
    }

    @Test
    void aMadeIdThatWouldBeTooLongAsksForTheVictimsOwnId() throws Exception {
        String longest = "R".repeat(80);

        assertRejected(withVictims("reference", longest), Reason.MISSING_VALUE, Column.VICTIM2_PERSON_ID);
        LocalHearing hearing = hearing(
                MaracCsvRowMapperTests.row(withVictims("reference", longest, "victim2_person_id", "P-TST-8102")));
        assertThat(hearing.victims().get(1).person().localPersonId()).isEqualTo("P-TST-8102");
    }

    @Test
    void aWithdrawnRowIsWithdrawnWhateverItsVictimColumnsHold() throws Exception {
        MappedRecord record = mapper.map(MaracCsvRowMapperTests.row(withVictims(
                "record_status", "WITHDRAWN", "victim1_relationship", "partner", "victim2_family_name", "")));

        assertThat(record).isInstanceOf(MappedRecord.Withdrawal.class);
    }

    LocalHearing hearing(MaracCsvRow row) throws RowRejectedException {
        return ((MappedRecord.Hearing) mapper.map(row)).hearing();
    }

    List<RowProblem> problems(Map<String, String> cells) {
        RowRejectedException rejected =
                catchThrowableOfType(RowRejectedException.class, () -> mapper.map(MaracCsvRowMapperTests.row(cells)));
        assertThat(rejected).as("the row is rejected").isNotNull();
        return rejected.problems();
    }

    void assertRejected(Map<String, String> cells, Reason reason, Column column) {
        assertThat(problems(cells)).containsExactly(RowProblem.of(2, reason, column));
    }
}
