package org.crossflag.adapter.maraccsv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.crossflag.adapter.AbuseType;
import org.crossflag.adapter.FieldRules;
import org.crossflag.adapter.LocalPerson;
import org.crossflag.adapter.LocalVictim;
import org.crossflag.adapter.PersonRole;
import org.crossflag.adapter.VictimRelationship;

/**
 * The optional columns on whom a row records as harmed, and in what role: {@code subject_role}, {@code abuse_type},
 * and up to three victims, each a group of columns {@code victim1_…} to {@code victim3_…}. A file without them
 * imports as before: the subject is the perpetrator and no victim is recorded.
 */
final class HarmColumns {

    /** The victims a row can name: a spreadsheet row stays readable with three groups of columns. */
    static final int VICTIM_GROUPS = 3;

    static final List<VictimGroup> GROUPS =
            IntStream.rangeClosed(1, VICTIM_GROUPS).mapToObj(VictimGroup::of).toList();

    private static final List<PersonRole> SUBJECT_ROLES = List.of(PersonRole.PERPETRATOR, PersonRole.BOTH);
    private static final List<PersonRole> VICTIM_ROLES = List.of(PersonRole.VICTIM, PersonRole.BOTH);

    private HarmColumns() {}

    /** What a row says about harm. Its parts are null or incomplete when a cell broke a rule (a problem says so). */
    record Harm(PersonRole subjectRole, AbuseType abuseType, List<LocalVictim> victims) {}

    /** The columns of one victim. */
    record VictimGroup(
            int number,
            Column personId,
            Column givenNames,
            Column familyName,
            Column dob,
            Column sex,
            Column postcode,
            Column relationship,
            Column role) {

        static VictimGroup of(int number) {
            String prefix = "VICTIM" + number + "_";
            return new VictimGroup(
                    number,
                    Column.valueOf(prefix + "PERSON_ID"),
                    Column.valueOf(prefix + "GIVEN_NAMES"),
                    Column.valueOf(prefix + "FAMILY_NAME"),
                    Column.valueOf(prefix + "DOB"),
                    Column.valueOf(prefix + "SEX"),
                    Column.valueOf(prefix + "POSTCODE"),
                    Column.valueOf(prefix + "RELATIONSHIP"),
                    Column.valueOf(prefix + "ROLE"));
        }

        List<Column> columns() {
            return List.of(personId, givenNames, familyName, dob, sex, postcode, relationship, role);
        }
    }

    /**
     * @param reference  the row's reference, from which a victim without {@code victimN_person_id} takes an id; null
     *                   when the row has none (it is rejected for that already)
     * @param recordDate the hearing or referral date, which no victim's date of birth may be after; null if unknown
     */
    static Harm read(RowCells cells, String reference, LocalDate recordDate) {
        PersonRole subjectRole = cells.code(Column.SUBJECT_ROLE, SUBJECT_ROLES, Reason.UNKNOWN_SUBJECT_ROLE);
        AbuseType abuseType = cells.code(Column.ABUSE_TYPE, List.of(AbuseType.values()), Reason.UNKNOWN_ABUSE_TYPE);
        List<LocalVictim> victims = new ArrayList<>();
        for (VictimGroup group : GROUPS) {
            if (group.columns().stream().anyMatch(cells::filled)) {
                int problemsBefore = cells.problems().size();
                LocalVictim victim = victim(cells, group, reference, recordDate);
                if (victim != null && cells.problems().size() == problemsBefore) {
                    victims.add(victim);
                }
            }
        }
        return new Harm(subjectRole, abuseType, victims);
    }

    /** One victim, or null with a problem for each rule the group breaks. */
    private static LocalVictim victim(RowCells cells, VictimGroup group, String reference, LocalDate recordDate) {
        String personId = personId(cells, group, reference);
        List<String> familyNames = cells.familyNames(group.familyName());
        if (familyNames.isEmpty() && !cells.broken(group.familyName())) {
            // A victim must be found again; the subject's other ways to be matched (aliases, PNC id) have no column.
            cells.problem(Reason.VICTIM_UNIDENTIFIABLE, group.familyName());
        }
        String dateOfBirth = cells.dateOfBirth(group.dob(), recordDate);
        String sex = cells.sex(group.sex());
        String relationshipCell = cells.required(group.relationship());
        VictimRelationship relationship = relationshipCell == null
                ? null
                : cells.code(group.relationship(), List.of(VictimRelationship.values()), Reason.UNKNOWN_RELATIONSHIP);
        PersonRole role = cells.code(group.role(), VICTIM_ROLES, Reason.UNKNOWN_VICTIM_ROLE);
        if (personId == null || familyNames.isEmpty() || relationship == null) {
            return null;
        }
        LocalPerson person = new LocalPerson(
                personId,
                cells.givenNames(group.givenNames()),
                familyNames,
                List.of(),
                dateOfBirth,
                sex,
                cells.postcode(group.postcode()),
                null,
                null,
                null,
                null);
        return new LocalVictim(person, relationship, role);
    }

    /**
     * The victim's id in the force's system, or else one made from the row's reference ({@code <reference>#V2}),
     * which holds nothing about the person and is the same each time the row is exported.
     */
    private static String personId(RowCells cells, VictimGroup group, String reference) {
        String given = cells.optional(group.personId());
        if (given != null || cells.broken(group.personId()) || reference == null) {
            return given;
        }
        String made = reference + "#V" + group.number();
        if (made.length() > FieldRules.LOCAL_PERSON_ID_MAX_LENGTH) {
            cells.problem(Reason.MISSING_VALUE, group.personId());
            return null;
        }
        return made;
    }
}
