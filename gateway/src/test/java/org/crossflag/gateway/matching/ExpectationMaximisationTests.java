package org.crossflag.gateway.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Expectation-maximisation on comparison vectors simulated from known m, u and share of matches: it must find them
 * again from a start that is off, as long as the data follow its model (conditional independence).
 */
class ExpectationMaximisationTests {

    private static final MatchParameters SHIPPED = MatchParameters.defaults();

    @Test
    void itRecoversTheMAndTheShareOfMatchesThatGeneratedThePairs() {
        double[][] m = new double[Comparison.COUNT][];
        double[][] u = new double[Comparison.COUNT][];
        for (Comparison comparison : Comparison.values()) {
            m[comparison.ordinal()] = comparison.m(SHIPPED);
            u[comparison.ordinal()] = comparison.u(SHIPPED);
        }
        // A different truth from the shipped m: a given name agrees exactly less often, and dates are noisier.
        m[Comparison.GIVEN_NAME.ordinal()] = new double[] {0.70, 0.10, 0.05, 0.03, 0.04, 0.08};
        m[Comparison.DATE_OF_BIRTH.ordinal()] =
                new double[] {0.80, 0.04, 0.05, 0.01, 0.04, 0.005, 0.005, 0.01, 0.02, 0.005, 0.005, 0.015};
        double lambda = 0.08;
        ComparisonPatterns pairs = simulate(m, u, lambda, 200_000, 7);

        double[][] start = new double[Comparison.COUNT][];
        for (int c = 0; c < Comparison.COUNT; c++) {
            start[c] = flattened(m[c]);
        }
        ExpectationMaximisation.Fit fit =
                ExpectationMaximisation.fit(pairs, u, start, WeightEstimation.START_LAMBDA, 0.1);

        assertThat(fit.converged()).isTrue();
        assertThat(fit.iterations()).isBetween(2, ExpectationMaximisation.MAX_ITERATIONS);
        assertThat(fit.lambda()).isCloseTo(lambda, within(0.004));
        for (Comparison comparison : Comparison.values()) {
            int c = comparison.ordinal();
            assertThat(fit.estimated()[c]).isTrue();
            for (int outcome = 0; outcome < m[c].length; outcome++) {
                assertThat(fit.m()[c][outcome])
                        .as("%s outcome %d", comparison, outcome)
                        .isCloseTo(m[c][outcome], within(0.015));
            }
        }
    }

    @Test
    void aComparisonNeverPresentKeepsItsStartAndNoOutcomeIsEstimatedAsZero() {
        double[][] u = new double[Comparison.COUNT][];
        double[][] start = new double[Comparison.COUNT][];
        for (Comparison comparison : Comparison.values()) {
            u[comparison.ordinal()] = comparison.u(SHIPPED);
            start[comparison.ordinal()] = comparison.m(SHIPPED);
        }
        ComparisonPatterns pairs = new ComparisonPatterns();
        int[] outcomes = new int[Comparison.COUNT];
        Arrays.fill(outcomes, ComparisonVector.ABSENT);
        outcomes[Comparison.FAMILY_NAME.ordinal()] = 0;
        pairs.add(ComparisonVector.pack(outcomes, false), 50);
        outcomes[Comparison.FAMILY_NAME.ordinal()] = 4;
        pairs.add(ComparisonVector.pack(outcomes, false), 950);

        ExpectationMaximisation.Fit fit = ExpectationMaximisation.fit(pairs, u, start, 0.1, 0.1);

        int family = Comparison.FAMILY_NAME.ordinal();
        assertThat(fit.estimated()[family]).isTrue();
        assertThat(Arrays.stream(fit.m()[family]).min().orElseThrow()).isPositive();
        for (Comparison comparison : Comparison.values()) {
            if (comparison != Comparison.FAMILY_NAME) {
                assertThat(fit.estimated()[comparison.ordinal()]).isFalse();
                assertThat(fit.m()[comparison.ordinal()]).containsExactly(start[comparison.ordinal()]);
            }
        }
    }

    @Test
    void aStartOutsideItsRangeIsRefused() {
        double[][] u = new double[Comparison.COUNT][];
        for (Comparison comparison : Comparison.values()) {
            u[comparison.ordinal()] = comparison.u(SHIPPED);
        }
        ComparisonPatterns none = new ComparisonPatterns();
        assertThatThrownBy(() -> ExpectationMaximisation.fit(none, u, u, 0, 0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("starting share of matches");
        assertThatThrownBy(() -> ExpectationMaximisation.fit(none, u, u, 1, 0.1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExpectationMaximisation.fit(none, u, u, 0.1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pseudo-count");
    }

    @Test
    void packedVectorsKeepEveryOutcomeAndTheSwap() {
        int[] outcomes = {5, ComparisonVector.ABSENT, 2, 11, ComparisonVector.ABSENT, 0, 3, 1, ComparisonVector.ABSENT};
        long packed = ComparisonVector.pack(outcomes, true);
        for (Comparison comparison : Comparison.values()) {
            assertThat(ComparisonVector.outcome(packed, comparison)).isEqualTo(outcomes[comparison.ordinal()]);
        }
        assertThat(ComparisonVector.swapped(packed)).isTrue();
        assertThat(ComparisonVector.swapped(ComparisonVector.pack(outcomes, false)))
                .isFalse();

        outcomes[0] = ComparisonVector.MAX_OUTCOMES;
        assertThatThrownBy(() -> ComparisonVector.pack(outcomes, false)).isInstanceOf(IllegalArgumentException.class);
        outcomes[0] = -2;
        assertThatThrownBy(() -> ComparisonVector.pack(outcomes, false)).isInstanceOf(IllegalArgumentException.class);
    }

    /** {@code pairs} pairs, each a match with probability {@code lambda}, each comparison absent one time in ten. */
    static ComparisonPatterns simulate(double[][] m, double[][] u, double lambda, int pairs, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        ComparisonPatterns patterns = new ComparisonPatterns();
        int[] outcomes = new int[Comparison.COUNT];
        for (int i = 0; i < pairs; i++) {
            double[][] distribution = random.nextDouble() < lambda ? m : u;
            for (int c = 0; c < Comparison.COUNT; c++) {
                outcomes[c] = random.nextDouble() < 0.1 ? ComparisonVector.ABSENT : draw(distribution[c], random);
            }
            patterns.add(ComparisonVector.pack(outcomes, false));
        }
        return patterns;
    }

    private static int draw(double[] probabilities, SplittableRandom random) {
        double x = random.nextDouble();
        for (int i = 0; i < probabilities.length - 1; i++) {
            x -= probabilities[i];
            if (x < 0) {
                return i;
            }
        }
        return probabilities.length - 1;
    }

    /** Half-way between {@code p} and the uniform distribution: a start that is clearly off. */
    private static double[] flattened(double[] p) {
        return Arrays.stream(p).map(x -> 0.5 * x + 0.5 / p.length).toArray();
    }
}
