package org.crossflag.gateway.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.crossflag.gateway.matching.MatchBand;
import org.crossflag.gateway.matching.PartialDate;
import org.crossflag.gateway.matching.PersonIdentity;
import org.junit.jupiter.api.Test;

class TwoForceSplitTests {

    @Test
    void theFirstRecordOfEachClusterInFileOrderGoesLeftAndTheOthersRight() {
        TwoForceSplit split = TwoForceSplit.of(List.of(
                record("a-dup", "1"),
                record("b-org", "2"),
                record("a-org", "1"),
                record("c-org", "3"),
                record("b-dup", "2"),
                record("a-dup-2", "1")));

        assertThat(split.left()).extracting(PeopleCsv.Row::id).containsExactly("a-dup", "b-org", "c-org");
        assertThat(split.right()).extracting(PeopleCsv.Row::id).containsExactly("a-org", "b-dup", "a-dup-2");
        assertThat(split.left()).extracting(PeopleCsv.Row::truth).containsExactly("1", "2", "3");
        assertThat(split.right()).extracting(PeopleCsv.Row::truth).containsExactly("1", "2", "1");
    }

    @Test
    void aSingletonIsOnTheLeftOnlyAndMakesNoTruePair() {
        TwoForceSplit split = TwoForceSplit.of(List.of(record("x", "9"), record("y", "10")));

        assertThat(split.left()).hasSize(2);
        assertThat(split.right()).isEmpty();
        assertThat(split.truePairs()).isZero();
    }

    @Test
    void theTruePairsAreEveryLeftRightPairWithinACluster() {
        TwoForceSplit split = TwoForceSplit.of(List.of(
                record("a1", "A"),
                record("a2", "A"),
                record("a3", "A"),
                record("a4", "A"),
                record("b1", "B"),
                record("b2", "B"),
                record("c1", "C")));

        // Cluster A gives 3 pairs (a1 with a2, a3, a4), B one, C none; right records never pair with each other.
        assertThat(split.truePairs()).isEqualTo(4);
        assertThat(MatchEvaluation.of(split.left(), split.right(), List.of(), MatchBand.MATCH)
                        .truePairs())
                .isEqualTo(4);
    }

    @Test
    void eachRowKeepsItsPerson() {
        PersonIdentity person = PersonIdentity.of("Ada", "Testperson", PartialDate.of(1980, 1, 2));
        TwoForceSplit split = TwoForceSplit.of(List.of(new ClusteredRecord("p1", "1", person)));

        assertThat(split.left().get(0).person()).isSameAs(person);
    }

    @Test
    void noRecordsGiveTwoEmptyForces() {
        TwoForceSplit split = TwoForceSplit.of(List.of());

        assertThat(split.left()).isEmpty();
        assertThat(split.right()).isEmpty();
    }

    @Test
    void aRecordWithoutClusterOrWithARepeatedIdIsRefused() {
        assertThatThrownBy(() -> TwoForceSplit.of(List.of(record("a", " "))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no cluster");
        assertThatThrownBy(() -> TwoForceSplit.of(List.of(record("a", null))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no cluster");
        assertThatThrownBy(() -> TwoForceSplit.of(List.of(record("a", "1"), record("a", "2"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("id a appears twice");
    }

    private static ClusteredRecord record(String id, String cluster) {
        return new ClusteredRecord(id, cluster, PersonIdentity.of("Ada", "Testperson", PartialDate.unknown()));
    }
}
