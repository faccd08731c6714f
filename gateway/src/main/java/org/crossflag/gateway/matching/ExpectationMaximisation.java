package org.crossflag.gateway.matching;

/**
 * Expectation-maximisation of the m probabilities over comparison vectors with the u probabilities fixed, as Splink
 * trains them. The model assumes that, within matches and within non-matches, the comparisons are independent of
 * each other (conditional independence): a pair's likelihood ratio is the product of its comparisons' m/u.
 * <ul>
 * <li>E-step: each vector's match probability from the share of matches λ and the m/u of its present outcomes;
 * absent comparisons contribute nothing.</li>
 * <li>M-step: each comparison's m is its outcomes' frequencies weighted by the match probabilities, over the pairs
 * where it is present, plus a small pseudo-count per outcome so that none is zero; λ is the mean match
 * probability.</li>
 * </ul>
 * It stops when no m moves by {@link #TOLERANCE} or more, or after {@link #MAX_ITERATIONS} iterations.
 */
final class ExpectationMaximisation {

    static final double TOLERANCE = 1e-4;
    static final int MAX_ITERATIONS = 100;
    private static final double LAMBDA_FLOOR = 1e-9;

    /**
     * The result.
     *
     * @param m          per comparison (by ordinal), per outcome; a comparison never present keeps its start
     * @param estimated  per comparison, whether it was present in any pair and so estimated
     * @param lambda     the share of matches among the pairs
     * @param iterations iterations run
     * @param converged  whether the m settled before the iteration limit
     */
    record Fit(double[][] m, boolean[] estimated, double lambda, int iterations, boolean converged) {}

    private ExpectationMaximisation() {}

    /**
     * Fits m to {@code pairs} from {@code startM} and {@code startLambda}, with {@code u} fixed; both are indexed
     * by comparison ordinal, then outcome, and each comparison's probabilities sum to one.
     */
    static Fit fit(ComparisonPatterns pairs, double[][] u, double[][] startM, double startLambda, double pseudoCount) {
        if (!(startLambda > 0 && startLambda < 1)) {
            throw new IllegalArgumentException("the starting share of matches must be in (0, 1), was " + startLambda);
        }
        if (!(pseudoCount > 0)) {
            throw new IllegalArgumentException("the pseudo-count must be positive, was " + pseudoCount);
        }
        long[] vectors = pairs.vectors();
        int[][] outcomes = new int[vectors.length][Comparison.COUNT];
        double[] counts = new double[vectors.length];
        boolean[] estimated = new boolean[Comparison.COUNT];
        for (int i = 0; i < vectors.length; i++) {
            counts[i] = pairs.count(vectors[i]);
            for (Comparison comparison : Comparison.values()) {
                int outcome = ComparisonVector.outcome(vectors[i], comparison);
                outcomes[i][comparison.ordinal()] = outcome;
                estimated[comparison.ordinal()] |= outcome != ComparisonVector.ABSENT;
            }
        }
        double[][] m = copy(startM);
        double lambda = startLambda;
        double[] matchProbability = new double[vectors.length];
        for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
            double matches = 0;
            for (int i = 0; i < vectors.length; i++) {
                double logOdds = Math.log(lambda / (1 - lambda));
                for (int c = 0; c < Comparison.COUNT; c++) {
                    int outcome = outcomes[i][c];
                    if (outcome != ComparisonVector.ABSENT) {
                        logOdds += Math.log(m[c][outcome] / u[c][outcome]);
                    }
                }
                matchProbability[i] = 1 / (1 + Math.exp(-logOdds));
                matches += counts[i] * matchProbability[i];
            }
            double[][] next = mStep(outcomes, counts, matchProbability, m, estimated, pseudoCount);
            double change = largestChange(m, next);
            m = next;
            lambda = Math.min(1 - LAMBDA_FLOOR, Math.max(LAMBDA_FLOOR, matches / Math.max(1, pairs.total())));
            if (change < TOLERANCE) {
                return new Fit(m, estimated, lambda, iteration, true);
            }
        }
        return new Fit(m, estimated, lambda, MAX_ITERATIONS, false);
    }

    private static double[][] mStep(
            int[][] outcomes,
            double[] counts,
            double[] matchProbability,
            double[][] m,
            boolean[] estimated,
            double pseudoCount) {
        double[][] weighted = new double[m.length][];
        for (int c = 0; c < m.length; c++) {
            weighted[c] = new double[m[c].length];
        }
        for (int i = 0; i < outcomes.length; i++) {
            double weight = counts[i] * matchProbability[i];
            for (int c = 0; c < m.length; c++) {
                if (outcomes[i][c] != ComparisonVector.ABSENT) {
                    weighted[c][outcomes[i][c]] += weight;
                }
            }
        }
        double[][] next = new double[m.length][];
        for (int c = 0; c < m.length; c++) {
            if (!estimated[c]) {
                next[c] = m[c].clone();
                continue;
            }
            double total = pseudoCount * weighted[c].length;
            for (double w : weighted[c]) {
                total += w;
            }
            next[c] = new double[weighted[c].length];
            for (int outcome = 0; outcome < next[c].length; outcome++) {
                next[c][outcome] = (weighted[c][outcome] + pseudoCount) / total;
            }
        }
        return next;
    }

    private static double largestChange(double[][] a, double[][] b) {
        double largest = 0;
        for (int c = 0; c < a.length; c++) {
            for (int outcome = 0; outcome < a[c].length; outcome++) {
                largest = Math.max(largest, Math.abs(a[c][outcome] - b[c][outcome]));
            }
        }
        return largest;
    }

    private static double[][] copy(double[][] values) {
        double[][] copy = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i].clone();
        }
        return copy;
    }
}
