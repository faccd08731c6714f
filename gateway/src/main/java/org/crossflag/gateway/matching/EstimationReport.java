package org.crossflag.gateway.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How {@link WeightEstimation} reached its parameters: the pairs it used, how each expectation-maximisation session
 * went, and each comparison's m, u and weight per outcome. It holds counts and probabilities only, never a person.
 *
 * @param version         the estimated parameters' version
 * @param startVersion    the version of the parameters it started from
 * @param seed            the seed of the random pairs
 * @param training        which candidate pairs m was learnt from
 * @param randomPairs     random pairs compared for u
 * @param candidatePairs  candidate pairs (blocked and screened) compared
 * @param distinctVectors distinct comparison vectors among the candidate pairs
 * @param swappedShare    share of candidate pairs whose names compared best read swapped
 * @param sessions        the expectation-maximisation sessions
 * @param comparisons     each comparison's outcomes
 */
public record EstimationReport(
        String version,
        String startVersion,
        long seed,
        WeightEstimation.Training training,
        long randomPairs,
        long candidatePairs,
        int distinctVectors,
        double swappedShare,
        List<Session> sessions,
        List<ComparisonEstimate> comparisons) {

    public EstimationReport {
        sessions = List.copyOf(sessions);
        comparisons = List.copyOf(comparisons);
    }

    /**
     * One expectation-maximisation session.
     *
     * @param pairs      candidate pairs in the session
     * @param leftOut    the comparisons the session leaves out
     * @param iterations iterations run
     * @param converged  whether the m settled before the iteration limit
     * @param lambda     the estimated share of matches among the session's pairs
     */
    public record Session(
            String name, long pairs, List<String> leftOut, int iterations, boolean converged, double lambda) {

        public Session {
            leftOut = List.copyOf(leftOut);
        }
    }

    /**
     * One comparison's estimate.
     *
     * @param mEstimated false when no session saw the comparison present: m is the start's
     * @param uEstimated false when it was never present among the random pairs: u is the start's
     */
    public record ComparisonEstimate(String name, boolean mEstimated, boolean uEstimated, List<Outcome> outcomes) {

        public ComparisonEstimate {
            outcomes = List.copyOf(outcomes);
        }
    }

    /** One outcome's m, u and weight log2(m/u). */
    public record Outcome(String name, double m, double u, double weight) {}

    static Session session(TrainingSession session, ComparisonPatterns pairs, ExpectationMaximisation.Fit fit) {
        List<String> leftOut =
                session.leftOut().stream().sorted().map(Comparison::label).toList();
        return new Session(session.label(), pairs.total(), leftOut, fit.iterations(), fit.converged(), fit.lambda());
    }

    static EstimationReport of(
            MatchParameters start,
            WeightEstimation.Options options,
            double[][] m,
            double[][] u,
            boolean[] mEstimated,
            boolean[] uEstimated,
            long randomPairs,
            ComparisonPatterns candidates,
            List<Session> sessions) {
        List<ComparisonEstimate> comparisons = new ArrayList<>();
        for (Comparison comparison : Comparison.values()) {
            int c = comparison.ordinal();
            List<String> names = comparison.outcomeNames(start);
            List<Outcome> outcomes = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                outcomes.add(new Outcome(names.get(i), m[c][i], u[c][i], MatchParameters.log2(m[c][i] / u[c][i])));
            }
            comparisons.add(new ComparisonEstimate(comparison.label(), mEstimated[c], uEstimated[c], outcomes));
        }
        long total = candidates.total();
        return new EstimationReport(
                options.version(),
                start.version(),
                options.seed(),
                options.training(),
                randomPairs,
                total,
                candidates.vectors().length,
                total == 0 ? 0 : (double) candidates.swapped() / total,
                sessions,
                comparisons);
    }

    /** One line for the parameter file's {@code about}. */
    public String about() {
        StringBuilder about = new StringBuilder(String.format(
                Locale.ROOT,
                "estimated from blinded encodings, starting from %s: u from %d random pairs (seed %d); m by"
                        + " expectation-maximisation over %d candidate pairs",
                startVersion,
                randomPairs,
                seed,
                candidatePairs));
        for (Session session : sessions) {
            about.append(String.format(
                    Locale.ROOT,
                    "; %s: %d pairs, %d iterations%s, share of matches %.4f",
                    session.name(),
                    session.pairs(),
                    session.iterations(),
                    session.converged() ? "" : " (not converged)",
                    session.lambda()));
        }
        return about.append("; prior, swap penalty, term-frequency settings and level thresholds kept from ")
                .append(startVersion)
                .toString();
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
        for (Session session : sessions) {
            lines.add(String.format(
                    Locale.ROOT,
                    "expectation-maximisation over %s (%d pairs%s): %d iterations, %s, share of matches %.5f",
                    session.name(),
                    session.pairs(),
                    session.leftOut().isEmpty() ? "" : ", leaving out " + String.join(" and ", session.leftOut()),
                    session.iterations(),
                    session.converged() ? "converged" : "NOT converged",
                    session.lambda()));
        }
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
