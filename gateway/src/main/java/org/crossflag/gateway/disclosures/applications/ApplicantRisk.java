package org.crossflag.gateway.disclosures.applications;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The notes an application's applicant raises for the officer, from what the applicant says about themself. The
 * scheme's guidance asks that the police confirm who applies and why: a Right to Ask can be misused by the subject
 * or by someone acting for them.
 */
public final class ApplicantRisk {

    private static final Set<RelationshipToSubject> CLOSE_TO_SUBJECT =
            EnumSet.of(RelationshipToSubject.PARTNER, RelationshipToSubject.EX_PARTNER, RelationshipToSubject.FAMILY);

    private ApplicantRisk() {}

    /** The notes that apply, in {@link RiskNote} order; empty when none does. */
    public static List<RiskNote> of(
            ApplicantKind kind, RelationshipToPersonAtRisk toPersonAtRisk, RelationshipToSubject toSubject) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(toPersonAtRisk, "toPersonAtRisk");
        Objects.requireNonNull(toSubject, "toSubject");
        Set<RiskNote> notes = EnumSet.noneOf(RiskNote.class);
        if (toSubject == RelationshipToSubject.SELF) {
            notes.add(RiskNote.APPLICANT_MAY_BE_SUBJECT);
        }
        boolean appliesAsSelf = toPersonAtRisk == RelationshipToPersonAtRisk.SELF;
        if (appliesAsSelf != (kind == ApplicantKind.PERSON_AT_RISK)) {
            notes.add(RiskNote.APPLICANT_KIND_INCONSISTENT);
        }
        if (kind == ApplicantKind.THIRD_PARTY) {
            if (toPersonAtRisk == RelationshipToPersonAtRisk.OTHER || toSubject == RelationshipToSubject.OTHER) {
                notes.add(RiskNote.THIRD_PARTY_UNVERIFIED);
            }
            if (CLOSE_TO_SUBJECT.contains(toSubject)) {
                notes.add(RiskNote.THIRD_PARTY_CONNECTED_TO_SUBJECT);
            }
        } else if (toSubject == RelationshipToSubject.NONE) {
            notes.add(RiskNote.NO_STATED_RELATIONSHIP_WITH_SUBJECT);
        }
        return List.copyOf(notes);
    }
}
