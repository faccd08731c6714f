package org.crossflag.gateway.matching;

/**
 * A force's score thresholds: a score (the match probability, 0 to 1) at or above {@code match} is a MATCH, at or
 * above {@code possible} a POSSIBLE_MATCH. Forces may differ; the defaults were set on synthetic data (see
 * docs/matching.md) to keep false MATCHes under one in five hundred; POSSIBLE_MATCH, a band for review, starts at a
 * one-in-five chance so that a record missing its date of birth still reaches a coordinator.
 */
public record MatchThresholds(double match, double possible) {

    public static final MatchThresholds DEFAULTS = new MatchThresholds(0.9, 0.2);

    public MatchThresholds {
        if (!(possible > 0.0 && possible <= match && match < 1.0)) {
            throw new IllegalArgumentException("match thresholds must satisfy 0 < possible <= match < 1, were possible="
                    + possible + ", match=" + match);
        }
    }

    public MatchBand band(double score) {
        if (score >= match) {
            return MatchBand.MATCH;
        }
        return score >= possible ? MatchBand.POSSIBLE_MATCH : MatchBand.NO_MATCH;
    }
}
