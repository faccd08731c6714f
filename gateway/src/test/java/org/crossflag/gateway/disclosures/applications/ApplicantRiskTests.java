package org.crossflag.gateway.disclosures.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossflag.gateway.disclosures.applications.ApplicantKind.PERSON_AT_RISK;
import static org.crossflag.gateway.disclosures.applications.ApplicantKind.THIRD_PARTY;

import org.junit.jupiter.api.Test;

class ApplicantRiskTests {

    @Test
    void thePersonAtRiskAskingAboutAPartnerRaisesNothing() {
        for (RelationshipToSubject toSubject : new RelationshipToSubject[] {
            RelationshipToSubject.PARTNER, RelationshipToSubject.EX_PARTNER, RelationshipToSubject.FAMILY
        }) {
            assertThat(ApplicantRisk.of(PERSON_AT_RISK, RelationshipToPersonAtRisk.SELF, toSubject))
                    .as(toSubject.name())
                    .isEmpty();
        }
    }

    @Test
    void anApplicantWhoIsTheSubjectIsFlaggedWhateverElseTheySay() {
        for (ApplicantKind kind : ApplicantKind.values()) {
            for (RelationshipToPersonAtRisk toPersonAtRisk : RelationshipToPersonAtRisk.values()) {
                assertThat(ApplicantRisk.of(kind, toPersonAtRisk, RelationshipToSubject.SELF))
                        .as(kind + " " + toPersonAtRisk)
                        .startsWith(RiskNote.APPLICANT_MAY_BE_SUBJECT);
            }
        }
    }

    @Test
    void aThirdPartyWithNoRecognisedRelationshipIsUnverified() {
        assertThat(ApplicantRisk.of(THIRD_PARTY, RelationshipToPersonAtRisk.OTHER, RelationshipToSubject.NONE))
                .containsExactly(RiskNote.THIRD_PARTY_UNVERIFIED);
        assertThat(ApplicantRisk.of(THIRD_PARTY, RelationshipToPersonAtRisk.PARENT, RelationshipToSubject.OTHER))
                .containsExactly(RiskNote.THIRD_PARTY_UNVERIFIED);
        assertThat(ApplicantRisk.of(THIRD_PARTY, RelationshipToPersonAtRisk.PARENT, RelationshipToSubject.NONE))
                .isEmpty();
    }

    @Test
    void aThirdPartyCloseToTheSubjectIsNoted() {
        assertThat(ApplicantRisk.of(THIRD_PARTY, RelationshipToPersonAtRisk.FRIEND, RelationshipToSubject.EX_PARTNER))
                .containsExactly(RiskNote.THIRD_PARTY_CONNECTED_TO_SUBJECT);
    }

    @Test
    void aKindThatDisagreesWithTheRelationshipIsNoted() {
        assertThat(ApplicantRisk.of(PERSON_AT_RISK, RelationshipToPersonAtRisk.PARENT, RelationshipToSubject.PARTNER))
                .containsExactly(RiskNote.APPLICANT_KIND_INCONSISTENT);
        assertThat(ApplicantRisk.of(THIRD_PARTY, RelationshipToPersonAtRisk.SELF, RelationshipToSubject.NONE))
                .containsExactly(RiskNote.APPLICANT_KIND_INCONSISTENT);
    }

    @Test
    void thePersonAtRiskWithNoRelationshipToTheSubjectIsAskedToCheckTheScheme() {
        assertThat(ApplicantRisk.of(PERSON_AT_RISK, RelationshipToPersonAtRisk.SELF, RelationshipToSubject.NONE))
                .containsExactly(RiskNote.NO_STATED_RELATIONSHIP_WITH_SUBJECT);
    }

    @Test
    void severalNotesComeInTheirOwnOrder() {
        assertThat(ApplicantRisk.of(THIRD_PARTY, RelationshipToPersonAtRisk.SELF, RelationshipToSubject.SELF))
                .containsExactly(RiskNote.APPLICANT_MAY_BE_SUBJECT, RiskNote.APPLICANT_KIND_INCONSISTENT);
    }

    @Test
    void everyNoteExplainsItselfWithoutJudgingRisk() {
        for (RiskNote note : RiskNote.values()) {
            assertThat(note.explanation()).as(note.name()).isNotBlank().doesNotContainIgnoringCase("low risk");
        }
    }
}
