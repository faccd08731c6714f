package org.crossflag.gateway.disclosures.applications;

import java.util.Arrays;
import java.util.List;

import org.crossflag.adapter.LocalPerson;

/**
 * The people of one application, as the requesting force records them. They never leave this node: only the
 * subject's blinded encoding travels, made without any address, so the address of A cannot travel even when A and
 * B live together.
 *
 * @param personAtRisk A, the person at risk
 * @param subject      B, the person whose history is asked about; nothing is ever addressed to B
 * @param applicant    who applied: A, or a third party (C)
 */
public record Parties(Person personAtRisk, Person subject, Applicant applicant) {

    /** One person as the form takes them; given names as written ("Dale Anthony"). */
    public record Person(String givenNames, String familyName, String dateOfBirth, String address) {

        /** The person as matching reads them, without any address. */
        public LocalPerson withoutAddress(String localId) {
            return new LocalPerson(
                    localId,
                    givenNames == null || givenNames.isBlank()
                            ? List.of()
                            : Arrays.asList(givenNames.trim().split(" +")),
                    familyName == null ? List.of() : List.of(familyName.trim()),
                    List.of(),
                    dateOfBirth,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }

        /** A name to show the requesting officer; never logged. */
        public String displayName() {
            return ((givenNames == null ? "" : givenNames.trim()) + " " + (familyName == null ? "" : familyName.trim()))
                    .trim();
        }

        @Override
        public String toString() {
            return "Person[personal data]";
        }
    }

    /** Who applied, and how they stand to A and to B (recorded because a subject may ask to find a victim). */
    public record Applicant(
            ApplicantKind kind,
            String name,
            RelationshipToPersonAtRisk relationshipToPersonAtRisk,
            RelationshipToSubject relationshipToSubject) {

        @Override
        public String toString() {
            return "Applicant[" + kind + "]";
        }
    }
}
