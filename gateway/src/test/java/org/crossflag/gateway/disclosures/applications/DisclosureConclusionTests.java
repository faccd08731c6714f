package org.crossflag.gateway.disclosures.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossflag.gateway.disclosures.applications.ForceState.ANSWERED;
import static org.crossflag.gateway.disclosures.applications.ForceState.ASKED;
import static org.crossflag.gateway.disclosures.applications.ForceState.HIT;
import static org.crossflag.gateway.disclosures.applications.ForceState.NOT_REACHABLE;
import static org.crossflag.gateway.disclosures.applications.ForceState.NO_HIT;
import static org.crossflag.gateway.disclosures.applications.ForceState.REFUSED;
import static org.crossflag.gateway.disclosures.applications.ForceState.REQUESTED;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crossflag.gateway.disclosures.applications.DisclosureConclusion.Conclusion;
import org.crossflag.gateway.disclosures.applications.DisclosureConclusion.Outcome;
import org.junit.jupiter.api.Test;

class DisclosureConclusionTests {

    static final List<String> FORCES = List.of("GB-ESX", "GB-KNT", "GB-NFK");

    @Test
    void noRecordHeldNamesTheForceThatDidNotAnswer() {
        Outcome outcome = DisclosureConclusion.of(Map.of("GB-ESX", NO_HIT, "GB-KNT", NOT_REACHABLE));

        assertThat(outcome.conclusion()).isEqualTo(Conclusion.NO_RECORD_HELD_BY_RESPONDING_FORCES);
        assertThat(outcome.notAnswered()).containsExactly("GB-KNT");
        assertThat(outcome.wording())
                .isEqualTo("No record held by GB-ESX. GB-KNT did not answer: this is not a statement that no record"
                        + " exists.");
    }

    @Test
    void noRecordHeldByEveryForceListsThemAll() {
        Outcome outcome = DisclosureConclusion.of(Map.of("GB-NFK", NO_HIT, "GB-ESX", NO_HIT, "GB-KNT", NO_HIT));

        assertThat(outcome.conclusion()).isEqualTo(Conclusion.NO_RECORD_HELD_BY_RESPONDING_FORCES);
        assertThat(outcome.notAnswered()).isEmpty();
        assertThat(outcome.wording()).isEqualTo("No record held by GB-ESX, GB-KNT and GB-NFK.");
    }

    @Test
    void aReleaseIsReportedWithWhatTheOthersDid() {
        Outcome outcome = DisclosureConclusion.of(Map.of("GB-ESX", ANSWERED, "GB-KNT", REQUESTED, "GB-NFK", NO_HIT));

        assertThat(outcome.conclusion()).isEqualTo(Conclusion.RECORDS_RELEASED);
        assertThat(outcome.notAnswered()).containsExactly("GB-KNT");
        assertThat(outcome.wording())
                .isEqualTo("Records released by GB-ESX. No record held by GB-NFK. Possible records reported by GB-KNT"
                        + " are awaited.");
    }

    @Test
    void aRefusalToReleaseSaysRecordsAreHeld() {
        Outcome outcome = DisclosureConclusion.of(Map.of("GB-ESX", REFUSED, "GB-KNT", NO_HIT));

        assertThat(outcome.conclusion()).isEqualTo(Conclusion.RECORDS_HELD_NOT_RELEASED);
        assertThat(outcome.notAnswered()).isEmpty();
        assertThat(outcome.wording()).isEqualTo("Records held by GB-ESX were not released. No record held by GB-KNT.");
    }

    @Test
    void aForceStillToAnswerKeepsTheConclusionOpen() {
        for (ForceState waiting : new ForceState[] {ASKED, HIT, REQUESTED}) {
            Outcome outcome = DisclosureConclusion.of(Map.of("GB-ESX", NO_HIT, "GB-KNT", waiting));

            assertThat(outcome.conclusion()).as(waiting.name()).isEqualTo(Conclusion.NOT_ALL_FORCES_ANSWERED_YET);
            assertThat(outcome.notAnswered()).containsExactly("GB-KNT");
            assertThat(outcome.wording()).startsWith("Not every force has answered yet. No record held by GB-ESX.");
        }
    }

    @Test
    void noForceAnsweringIsNeverNoRecord() {
        Outcome outcome = DisclosureConclusion.of(Map.of("GB-KNT", NOT_REACHABLE, "GB-ESX", NOT_REACHABLE));

        assertThat(outcome.conclusion()).isEqualTo(Conclusion.NOT_ALL_FORCES_ANSWERED_YET);
        assertThat(outcome.notAnswered()).containsExactly("GB-ESX", "GB-KNT");
        assertThat(outcome.wording())
                .isEqualTo("No force answered. GB-ESX and GB-KNT did not answer: this is not a statement that no"
                        + " record exists.");
    }

    @Test
    void noForceAskedSaysNothingIsKnown() {
        Outcome outcome = DisclosureConclusion.of(Map.of());

        assertThat(outcome.conclusion()).isEqualTo(Conclusion.NOT_ALL_FORCES_ANSWERED_YET);
        assertThat(outcome.notAnswered()).isEmpty();
        assertThat(outcome.wording()).isEqualTo("No force was asked: nothing is known of other forces' records.");
    }

    @Test
    void noWordingEverReassuresAndEveryForceNotHeardFromIsNamed() {
        List<Map<String, ForceState>> combinations = new ArrayList<>();
        for (ForceState first : ForceState.values()) {
            combinations.add(Map.of(FORCES.get(0), first));
            for (ForceState second : ForceState.values()) {
                combinations.add(Map.of(FORCES.get(0), first, FORCES.get(1), second));
                for (ForceState third : ForceState.values()) {
                    combinations.add(Map.of(FORCES.get(0), first, FORCES.get(1), second, FORCES.get(2), third));
                }
            }
        }
        assertThat(combinations).hasSize(7 + 49 + 343);

        for (Map<String, ForceState> forces : combinations) {
            Outcome outcome = DisclosureConclusion.of(forces);
            String wording = outcome.wording();
            assertThat(wording)
                    .as(forces.toString())
                    .doesNotContainIgnoringCase("low risk")
                    .doesNotContainIgnoringCase("no risk")
                    .doesNotContainIgnoringCase("safe");
            List<String> expectedNotAnswered = forces.entrySet().stream()
                    .filter(force -> force.getValue().notAnswered())
                    .map(Map.Entry::getKey)
                    .sorted()
                    .toList();
            assertThat(outcome.notAnswered()).as(forces.toString()).isEqualTo(expectedNotAnswered);
            forces.keySet()
                    .forEach(force -> assertThat(wording).as(forces.toString()).contains(force));
            if (outcome.conclusion() == Conclusion.NO_RECORD_HELD_BY_RESPONDING_FORCES) {
                assertThat(forces).as(forces.toString()).containsValue(NO_HIT).doesNotContainValue(ANSWERED);
                assertThat(forces.values()).as(forces.toString()).doesNotContain(ASKED, HIT, REQUESTED, REFUSED);
                if (!outcome.notAnswered().isEmpty()) {
                    assertThat(wording).endsWith("did not answer: this is not a statement that no record exists.");
                }
            }
        }
    }
}
