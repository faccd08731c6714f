package org.crossflag.gateway.matching;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Estimates the m and u probabilities of {@link MatchParameters} from blinded encodings, unsupervised, as Splink
 * does (docs/matching.md, "Estimating the weights"):
 * <ol>
 * <li>u from random pairs: {@link Options#randomPairs} left × right pairs drawn with the seed (all pairs when there
 * are fewer), each comparison's outcome frequencies among the pairs where it is present, with add-one smoothing.
 * Random pairs are almost all non-matches, so u is then fixed.</li>
 * <li>m by {@link ExpectationMaximisation} over the candidate pairs: those the index would score (every left
 * encoding indexed; for each right encoding, the people sharing a blocking key and passing the CLK screen),
 * starting from the m of {@link Options#start} and a share of matches of {@link #START_LAMBDA}. By default, as
 * Splink trains per blocking rule, there is one session per blocking-key kind ({@link TrainingSession}), each
 * leaving out the comparisons its key is made from, and a comparison's m is the mean over the sessions that
 * estimate it.</li>
 * </ol>
 * Comparison outcomes are those {@link MatchScorer#compare} gives under the starting parameters. What is not
 * estimated (the prior, the swap penalty, the term-frequency settings and the levels' Dice thresholds) is copied
 * from the starting parameters; a comparison never present keeps its starting m and u.
 */
public final class WeightEstimation {

    public static final long DEFAULT_RANDOM_PAIRS = 1_000_000;
    public static final long DEFAULT_SEED = 1;
    /** The share of matches among candidate pairs that expectation-maximisation starts from. */
    public static final double START_LAMBDA = 0.1;
    /** Added to each outcome's weighted count of matches, so that an outcome no match showed is rare, not impossible. */
    public static final double PSEUDO_COUNT = 0.1;

    /** The index derives no keys from its keyring, which only has to name the encodings' key version. */
    private static final byte[] NO_SECRET = new byte[MatchingSecret.MIN_SECRET_BYTES];

    private WeightEstimation() {}

    /** Which candidate pairs expectation-maximisation learns m from. */
    public enum Training {
        /**
         * One session per blocking-key kind, leaving out the comparisons the key is made from (the default): pairs
         * sharing a date-of-birth key estimate the names, pairs sharing a name key estimate the date.
         */
        BY_BLOCKING_KEY,
        /**
         * One session over all candidate pairs. Their non-matches agree far more often than random pairs, so the
         * fit takes most of them for matches; kept to show why the default is per blocking key.
         */
        ALL_CANDIDATES
    }

    /**
     * How to estimate.
     *
     * @param version     the version of the estimated parameters, for example {@code 2026-12-07}
     * @param start       the parameters to start from: m for expectation-maximisation, the comparison levels, and
     *                    everything that is not estimated
     * @param randomPairs how many random pairs to draw for u
     * @param seed        seeds the draw, so that the same data give the same estimate
     * @param training    which candidate pairs m is learnt from
     */
    public record Options(String version, MatchParameters start, long randomPairs, long seed, Training training) {

        public Options {
            if (version == null || version.isBlank()) {
                throw new IllegalArgumentException("the estimate needs a version");
            }
            if (start == null) {
                throw new IllegalArgumentException("the estimate needs parameters to start from");
            }
            if (randomPairs < 1) {
                throw new IllegalArgumentException("random pairs must be at least 1, was " + randomPairs);
            }
            if (training == null) {
                throw new IllegalArgumentException("the estimate needs a way of training");
            }
        }

        /** Starting from the shipped parameters, with a million random pairs, seed 1, trained by blocking key. */
        public static Options of(String version) {
            return new Options(
                    version, MatchParameters.defaults(), DEFAULT_RANDOM_PAIRS, DEFAULT_SEED, Training.BY_BLOCKING_KEY);
        }
    }

    /** Two extracts to link: the left is indexed, the right queries it. */
    public record Linkage(List<IdentityEncoding> left, List<IdentityEncoding> right) {

        public Linkage {
            if (left == null || right == null || left.isEmpty() || right.isEmpty()) {
                throw new IllegalArgumentException("each side of a linkage needs at least one encoding");
            }
            left = List.copyOf(left);
            right = List.copyOf(right);
        }

        long pairs() {
            return (long) left.size() * right.size();
        }
    }

    /** The estimated parameters and how they were reached. */
    public record Estimate(MatchParameters parameters, EstimationReport report) {}

    /** Estimates from one left and one right extract, encoded under the same key version. */
    public static Estimate estimate(List<IdentityEncoding> left, List<IdentityEncoding> right, Options options) {
        return estimate(List.of(new Linkage(left, right)), options);
    }

    /** Estimates from several linkages pooled: their random pairs and candidate pairs count together. */
    public static Estimate estimate(List<Linkage> linkages, Options options) {
        if (linkages == null || linkages.isEmpty()) {
            throw new IllegalArgumentException("the estimate needs at least one linkage");
        }
        requireOneKeyVersion(linkages);
        MatchParameters start = options.start();
        List<TrainingSession> sessions = TrainingSession.of(options.training());
        long allPairs = linkages.stream().mapToLong(Linkage::pairs).sum();
        SplittableRandom random = new SplittableRandom(options.seed());
        ComparisonPatterns randomPairs = new ComparisonPatterns();
        CandidatePatterns candidates = new CandidatePatterns(sessions);
        for (Linkage linkage : linkages) {
            EncodedPersonIndex index = index(linkage.left(), start);
            long share = Math.max(1, Math.round((double) options.randomPairs() * linkage.pairs() / allPairs));
            randomPairs.addAll(randomPairs(index, linkage, share, random));
            candidates.addAll(candidatePairs(index, linkage.right(), sessions));
        }

        double[][] u = new double[Comparison.COUNT][];
        double[][] startM = new double[Comparison.COUNT][];
        boolean[] uEstimated = new boolean[Comparison.COUNT];
        for (Comparison comparison : Comparison.values()) {
            int c = comparison.ordinal();
            startM[c] = comparison.m(start);
            long[] counts = randomPairs.outcomeCounts(comparison, comparison.outcomes(start));
            uEstimated[c] = sum(counts) > 0;
            u[c] = uEstimated[c] ? laplace(counts) : comparison.u(start);
        }
        List<ExpectationMaximisation.Fit> fits = new ArrayList<>();
        for (int s = 0; s < sessions.size(); s++) {
            fits.add(ExpectationMaximisation.fit(candidates.sessions[s], u, startM, START_LAMBDA, PSEUDO_COUNT));
        }

        double[][] m = new double[Comparison.COUNT][];
        boolean[] mEstimated = new boolean[Comparison.COUNT];
        for (Comparison comparison : Comparison.values()) {
            int c = comparison.ordinal();
            m[c] = meanOfEstimates(fits, c);
            mEstimated[c] = m[c] != null;
            // A comparison never present keeps its input values exactly, not rescaled.
            m[c] = mEstimated[c] ? m[c] : comparison.inputM(start);
            u[c] = uEstimated[c] ? u[c] : comparison.inputU(start);
        }
        m = Comparison.clamped(m);
        u = Comparison.clamped(u);
        MatchParameters estimated = Comparison.apply(start, options.version(), m, u);
        List<EstimationReport.Session> sessionReports = new ArrayList<>();
        for (int s = 0; s < sessions.size(); s++) {
            sessionReports.add(EstimationReport.session(sessions.get(s), candidates.sessions[s], fits.get(s)));
        }
        EstimationReport report = EstimationReport.of(
                start, options, m, u, mEstimated, uEstimated, randomPairs.total(), candidates.all, sessionReports);
        return new Estimate(estimated, report);
    }

    /** The mean m of comparison {@code c} over the sessions that estimated it, or null when none did. */
    private static double[] meanOfEstimates(List<ExpectationMaximisation.Fit> fits, int c) {
        double[] mean = null;
        int estimates = 0;
        for (ExpectationMaximisation.Fit fit : fits) {
            if (fit.estimated()[c]) {
                mean = mean == null ? new double[fit.m()[c].length] : mean;
                for (int outcome = 0; outcome < mean.length; outcome++) {
                    mean[outcome] += fit.m()[c][outcome];
                }
                estimates++;
            }
        }
        if (mean != null) {
            for (int outcome = 0; outcome < mean.length; outcome++) {
                mean[outcome] /= estimates;
            }
        }
        return mean;
    }

    private static void requireOneKeyVersion(List<Linkage> linkages) {
        int version = linkages.get(0).left().get(0).keyVersion();
        for (Linkage linkage : linkages) {
            for (List<IdentityEncoding> side : List.of(linkage.left(), linkage.right())) {
                for (IdentityEncoding encoding : side) {
                    if (encoding.keyVersion() != version) {
                        throw new IllegalArgumentException("encodings under key versions " + version + " and "
                                + encoding.keyVersion() + ": estimate on encodings of one version");
                    }
                }
            }
        }
    }

    private static EncodedPersonIndex index(List<IdentityEncoding> left, MatchParameters start) {
        int version = left.get(0).keyVersion();
        EncodedPersonIndex index = new EncodedPersonIndex(
                MatchingKeyring.single(version, NO_SECRET),
                Clock.systemUTC(),
                MatchThresholds.DEFAULTS,
                start,
                left.size());
        for (int i = 0; i < left.size(); i++) {
            index.add(Integer.toString(i), left.get(i));
        }
        return index;
    }

    /** {@code count} random pairs, or every pair when there are no more than that. */
    private static ComparisonPatterns randomPairs(
            EncodedPersonIndex index, Linkage linkage, long count, SplittableRandom random) {
        ComparisonPatterns patterns = new ComparisonPatterns();
        ComparisonVector vector = new ComparisonVector();
        EncodedPersonIndex.CandidateVisitor counter = (query, store, slot) -> {
            MatchScorer.compare(query, store, slot, vector);
            patterns.add(vector.pack());
        };
        List<IdentityEncoding> left = linkage.left();
        List<IdentityEncoding> right = linkage.right();
        if (count >= linkage.pairs()) {
            for (IdentityEncoding query : right) {
                for (int i = 0; i < left.size(); i++) {
                    index.visit(query, Integer.toString(i), counter);
                }
            }
        } else {
            for (long drawn = 0; drawn < count; drawn++) {
                IdentityEncoding query = right.get(random.nextInt(right.size()));
                index.visit(query, Integer.toString(random.nextInt(left.size())), counter);
            }
        }
        return patterns;
    }

    private static CandidatePatterns candidatePairs(
            EncodedPersonIndex index, List<IdentityEncoding> right, List<TrainingSession> sessions) {
        return right.parallelStream()
                .collect(
                        () -> new CandidatePatterns(sessions),
                        (patterns, query) -> {
                            ComparisonVector vector = new ComparisonVector();
                            index.forEachCandidate(query, (scoring, store, slot) -> {
                                MatchScorer.compare(scoring, store, slot, vector);
                                patterns.add(vector.pack(), query.blockingKeys(), store.blocking[slot]);
                            });
                        },
                        CandidatePatterns::addAll);
    }

    /** The candidate pairs' vectors, all of them and those of each session. */
    private static final class CandidatePatterns {

        final List<TrainingSession> kinds;
        final ComparisonPatterns all = new ComparisonPatterns();
        final ComparisonPatterns[] sessions;

        CandidatePatterns(List<TrainingSession> kinds) {
            this.kinds = kinds;
            this.sessions = new ComparisonPatterns[kinds.size()];
            for (int s = 0; s < sessions.length; s++) {
                sessions[s] = new ComparisonPatterns();
            }
        }

        void add(long packed, int[] queryKeys, int[] storedKeys) {
            all.add(packed);
            for (int s = 0; s < sessions.length; s++) {
                if (kinds.get(s).takes(queryKeys, storedKeys)) {
                    sessions[s].add(kinds.get(s).vector(packed));
                }
            }
        }

        void addAll(CandidatePatterns other) {
            all.addAll(other.all);
            for (int s = 0; s < sessions.length; s++) {
                sessions[s].addAll(other.sessions[s]);
            }
        }
    }

    /** Frequencies with one added to every outcome, so that none is zero. */
    private static double[] laplace(long[] counts) {
        double total = sum(counts) + counts.length;
        double[] smoothed = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            smoothed[i] = (counts[i] + 1) / total;
        }
        return smoothed;
    }

    private static long sum(long[] values) {
        long sum = 0;
        for (long value : values) {
            sum += value;
        }
        return sum;
    }
}
