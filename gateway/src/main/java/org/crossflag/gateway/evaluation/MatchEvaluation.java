package org.crossflag.gateway.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.crossflag.gateway.matching.MatchBand;
import org.crossflag.gateway.matching.MatchCandidate;

/** Precision, recall and F1 of matched pairs against a ground-truth column. */
public record MatchEvaluation(long truePairs, long predicted, long truePositives) {

    /** A pair the index proposed: left id, right id, and its band. */
    public record Pair(String leftId, String rightId, MatchCandidate candidate) {}

    /** Counts true pairs (same non-blank truth on both sides) and which proposed pairs reach {@code atLeast}. */
    public static MatchEvaluation of(
            List<PeopleCsv.Row> left, List<PeopleCsv.Row> right, List<Pair> pairs, MatchBand atLeast) {
        Map<String, Long> leftTruth = new HashMap<>();
        Map<String, String> truthOfLeft = new HashMap<>();
        for (PeopleCsv.Row row : left) {
            truthOfLeft.put(row.id(), row.truth());
            if (row.truth() != null && !row.truth().isEmpty()) {
                leftTruth.merge(row.truth(), 1L, Long::sum);
            }
        }
        Map<String, String> truthOfRight = new HashMap<>();
        long truePairs = 0;
        for (PeopleCsv.Row row : right) {
            truthOfRight.put(row.id(), row.truth());
            if (row.truth() != null && !row.truth().isEmpty()) {
                truePairs += leftTruth.getOrDefault(row.truth(), 0L);
            }
        }
        long predicted = 0;
        long correct = 0;
        for (Pair pair : pairs) {
            if (pair.candidate().band().compareTo(atLeast) > 0) {
                continue;
            }
            predicted++;
            String truth = truthOfLeft.get(pair.leftId());
            if (truth != null && !truth.isEmpty() && Objects.equals(truth, truthOfRight.get(pair.rightId()))) {
                correct++;
            }
        }
        return new MatchEvaluation(truePairs, predicted, correct);
    }

    public double precision() {
        return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    public double recall() {
        return truePairs == 0 ? 1.0 : (double) truePositives / truePairs;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    long falsePositives() {
        return predicted - truePositives;
    }

    long falseNegatives() {
        return truePairs - truePositives;
    }
}
