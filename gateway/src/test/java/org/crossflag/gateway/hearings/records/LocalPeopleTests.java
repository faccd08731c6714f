package org.crossflag.gateway.hearings.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.crossflag.adapter.LocalPerson;
import org.crossflag.adapter.RejectedRecordException;
import org.junit.jupiter.api.Test;

/** Which subjects the node stores: those matching can find by a name or a PNC id. */
class LocalPeopleTests {

    @Test
    void aSubjectWithAPncIdAloneIsAccepted() {
        assertThatCode(() -> LocalPeople.requireIdentifiable(person(List.of(), List.of(), "07/1733272N", null)))
                .doesNotThrowAnyException();
        assertThatCode(() -> LocalPeople.requireIdentifiable(person(List.of(), List.of(), "2007 / 1733272 n", "")))
                .doesNotThrowAnyException();
    }

    @Test
    void aSubjectWithAFamilyNameOrAnAliasIsAccepted() {
        assertThatCode(() -> LocalPeople.requireIdentifiable(person(List.of("O'Neill"), List.of(), null, "1985")))
                .doesNotThrowAnyException();
        assertThatCode(() -> LocalPeople.requireIdentifiable(person(List.of(), List.of("Bobby Tallis"), null, null)))
                .doesNotThrowAnyException();
    }

    @Test
    void aSubjectWithNoNameOrPncOfAUsableFormIsRefused() {
        for (LocalPerson unidentifiable : List.of(
                person(List.of(), List.of(), null, "1985-03-12"),
                person(List.of(" ", "\u00a0"), List.of(""), " ", null),
                person(List.of("--"), List.of("?"), "N/A", null),
                person(List.of("..."), List.of(), "unknown", "1985-03-12"))) {
            RejectedRecordException refused = catchThrowableOfType(
                    RejectedRecordException.class, () -> LocalPeople.requireIdentifiable(unidentifiable));
            assertThat(refused.reasonCode()).isEqualTo("SUBJECT_UNIDENTIFIABLE");
            assertThat(refused.getMessage()).doesNotContain("N/A").doesNotContain("unknown");
        }
    }

    @Test
    void anIdentifiableSubjectWithAnImpossibleDateOfBirthIsRefusedForTheDate() {
        for (String impossible : List.of("1985-02-30", "1985-13-01", "19/04/1983")) {
            RejectedRecordException refused = catchThrowableOfType(
                    RejectedRecordException.class,
                    () -> LocalPeople.requireIdentifiable(person(List.of("Kettleby"), List.of(), null, impossible)));
            assertThat(refused.reasonCode()).isEqualTo("DATE_OF_BIRTH_INVALID");
        }
    }

    private static LocalPerson person(List<String> familyNames, List<String> aliases, String pnc, String dob) {
        return new LocalPerson(
                "ESX-P-1", List.of("Ambrose"), familyNames, aliases, dob, null, null, null, pnc, null, null);
    }
}
