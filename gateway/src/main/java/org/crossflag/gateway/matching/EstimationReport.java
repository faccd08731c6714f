package org.crossflag.gateway.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How {@link WeightEstimation} reached its parameters: the pairs it used, how expectation-maximisation went, and
 * each comparison's m, u and weight per outcome. It holds counts and probabilities only, never a person.
 *
 * @param version          the estimated parameters' version
 * @param startVersion     the version of the parameters it started from
 * @param seed             the seed of the random pairs
 * @param randomPairs      random pairs compared for u
 * @param candidatePairs   candidate pairs (blocked and screened) compared for m
 * @param distinctVectors  distinct comparison vectors among the candidate pairs
 * @param swappedShare     share of candidate pairs whose names compared best read swapped
 * @param iterations       expectation-maximisation iterations
 * @param converged        whether the m settled before the iteration limit
 * @param lambda           the estimated share of matches among the candidate pairs
 * @param comparisons      each comparison's outcomes
 */
public record EstimationReport(
        String version,
        String startVersion,
        long seed,
        long randomPairs,
        long candidatePairs,
        int distinctVectors,
        double swappedShare,
        int iterations,
        boolean converged,
        double lambda,
        List<ComparisonEstimate> comparisons) {

    public EstimationReport {
        comparisons = List.copyOf(comparisons);
    }

    /**
     * One comparison's estimate.
     *
     * @param mEstimated false when the comparison was never present among the candidate pairs: m is the start's
     * @param uEstimated false when it was never present among the random pairs: u is the start's
     */
    public record ComparisonEstimate(String name, boolean mEstimated, boolean uEstimated, List<Outcome> outcomes) {

        public ComparisonEstimate {
            outcomes = List.copyOf(outcomes);
        }
    }

    /** One outcome's m, u and weight log2(m/u). */
    public record Outcome(String name, double m, double u, double weight) {}

    static EstimationReport of(
            MatchParameters start,
            String version,
            double[][] m,
            double[][] u,
            boolean[] uEstimated,
            long randomPairs,
            ComparisonPatterns candidates,
            ExpectationMaximisation.Fit fit,
            long seed) {
        List<ComparisonEstimate> comparisons = new ArrayList<>();
        for (Comparison comparison : Comparison.values()) {
            int c = comparison.ordinal();
            List<String> names = comparison.outcomeNames(start);
            List<Outcome> outcomes = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                outcomes.add(new Outcome(names.get(i), m[c][i], u[c][i], MatchParameters.log2(m[c][i] / u[c][i])));
            }
            comparisons.add(new ComparisonEstimate(comparison.label(), fit.estimated()[c], uEstimated[c], outcomes));
        }
        long total = candidates.total();
        return new EstimationReport(
                version,
                start.version(),
                seed,
                randomPairs,
                total,
                candidates.vectors().length,
                total == 0 ? 0 : (double) candidates.swapped() / total,
                fit.iterations(),
                fit.converged(),
                fit.lambda(),
                comparisons);
    }

    /** One line for the parameter file's {@code about}. */
    public String about() {
        return String.format(
                Locale.ROOT,
                "estimated from blinded encodings, starting from %s: u from %d random pairs (seed %d), m by"
                        + " expectation-maximisation over %d candidate pairs (%d iterations%s, share of matches %.5f);"
                        + " prior, swap penalty, term-frequency settings and level thresholds kept from %s",
                startVersion,
                randomPairs,
                seed,
                candidatePairs,
                iterations,
                converged ? "" : ", not converged",
                lambda,
                startVersion);
    }

    /** The report as text, one comparison outcome a line. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                Locale.ROOT,
                "parameters %s from %s: %d random pairs, %d candidate pairs (%d distinct vectors, %.2f%% names swapped)",
                version,
                startVersion,
                randomPairs,
                candidatePairs,
                distinctVectors,
                100 * swappedShare));
        lines.add(String.format(
                Locale.ROOT,
                "expectation-maximisation: %d iterations, %s, share of matches among candidates %.5f",
                iterations,
                converged ? "converged" : "NOT converged",
                lambda));
        for (ComparisonEstimate comparison : comparisons) {
            String kept = comparison.mEstimated() && comparison.uEstimated()
                    ? ""
                    : " (never present: " + (comparison.mEstimated() ? "" : "m ")
                            + (comparison.uEstimated() ? "" : "u ") + "kept from the start)";
            lines.add(comparison.name() + kept);
            for (Outcome outcome : comparison.outcomes()) {
                lines.add(String.format(
                        Locale.ROOT,
                        "  %-36s m %.6f  u %.6f  weight %+7.2f",
                        outcome.name(),
                        outcome.m(),
                        outcome.u(),
                        outcome.weight()));
            }
        }
        return lines;
    }
}
