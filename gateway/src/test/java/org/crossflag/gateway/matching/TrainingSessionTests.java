package org.crossflag.gateway.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class TrainingSessionTests {

    private static final int DATE = 3 << 24;
    private static final int NAME_PAIR = 2 << 24;
    private static final int NAME_YEAR = 1 << 24;

    @Test
    void aSessionTakesThePairsSharingAKeyOfItsKind() {
        int[] query = {NAME_YEAR | 7, NAME_PAIR | 5, DATE | 9};
        assertThat(TrainingSession.SHARED_DATE_KEY.takes(query, new int[] {NAME_YEAR | 1, DATE | 9}))
                .isTrue();
        assertThat(TrainingSession.SHARED_DATE_KEY.takes(query, new int[] {NAME_PAIR | 5, DATE | 8}))
                .as("another date key")
                .isFalse();
        assertThat(TrainingSession.SHARED_NAME_KEY.takes(query, new int[] {NAME_PAIR | 5}))
                .isTrue();
        assertThat(TrainingSession.SHARED_NAME_KEY.takes(query, new int[] {NAME_YEAR | 7, DATE | 9}))
                .as("shares keys, but no name-pair key")
                .isFalse();
        assertThat(TrainingSession.SHARED_NAME_KEY.takes(query, new int[] {})).isFalse();
        assertThat(TrainingSession.ALL_CANDIDATES.takes(query, new int[] {})).isTrue();
    }

    @Test
    void aSessionLeavesOutTheComparisonsItsKeyIsMadeFrom() {
        int[] outcomes = new int[Comparison.COUNT];
        Arrays.fill(outcomes, 1);
        long packed = ComparisonVector.pack(outcomes, true);

        long names = TrainingSession.SHARED_NAME_KEY.vector(packed);
        long dates = TrainingSession.SHARED_DATE_KEY.vector(packed);

        for (Comparison comparison : Comparison.values()) {
            boolean name = comparison == Comparison.GIVEN_NAME || comparison == Comparison.FAMILY_NAME;
            boolean date = comparison == Comparison.DATE_OF_BIRTH || comparison == Comparison.YEAR_OF_BIRTH_ONLY;
            assertThat(ComparisonVector.outcome(names, comparison)).isEqualTo(name ? ComparisonVector.ABSENT : 1);
            assertThat(ComparisonVector.outcome(dates, comparison)).isEqualTo(date ? ComparisonVector.ABSENT : 1);
        }
        assertThat(ComparisonVector.swapped(names)).isTrue();
        assertThat(TrainingSession.ALL_CANDIDATES.vector(packed)).isEqualTo(packed);
        assertThat(TrainingSession.of(WeightEstimation.Training.BY_BLOCKING_KEY))
                .containsExactly(TrainingSession.SHARED_DATE_KEY, TrainingSession.SHARED_NAME_KEY);
    }
}
