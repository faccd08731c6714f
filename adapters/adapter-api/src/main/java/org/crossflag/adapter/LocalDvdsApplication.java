package org.crossflag.adapter;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A DVDS application received by the force's own case system. The node reads it as the DVDS workspace's form is read
 * (the first bad field refused by name), stores it and starts the checks across the federation.
 *
 * @param localReference the case system's reference, unique per adapter
 * @param route          Right to Ask or Right to Know
 * @param receivedOn     the date the force received it
 * @param personAtRisk   A: the person at risk (name, date of birth, address as known)
 * @param subject        B: the person asked about
 * @param applicant      who applied, as the workspace's form records it (required): A themself (kind
 *                       {@code PERSON_AT_RISK}, relationship to A {@code SELF}) or a third party C
 * @param legalBasis     the legal basis code, as the envelope schema lists it
 * @param consent        the person at risk's consent state
 * @param justification  why the request goes without consent, or null
 * @param categories     the data categories asked for, as the envelope schema lists them (empty: all DVDS categories)
 * @param officer        the officer dealing with it
 */
public record LocalDvdsApplication(
        String localReference,
        DvdsRoute route,
        LocalDate receivedOn,
        LocalPerson personAtRisk,
        LocalPerson subject,
        Applicant applicant,
        String legalBasis,
        ConsentState consent,
        String justification,
        List<String> categories,
        Contact officer) {

    /**
     * @param kind                      who applied, e.g. {@code PERSON_AT_RISK}, {@code THIRD_PARTY}
     * @param person                    the applicant as recorded
     * @param relationshipToPersonAtRisk e.g. {@code PARENT}
     * @param relationshipToSubject      e.g. {@code NONE}
     */
    public record Applicant(
            String kind, LocalPerson person, String relationshipToPersonAtRisk, String relationshipToSubject) {

        @Override
        public String toString() {
            return "Applicant[" + kind + "]";
        }
    }

    public LocalDvdsApplication {
        Objects.requireNonNull(localReference, "localReference");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(officer, "officer");
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
