package org.crossflag.gateway.matching;

import java.util.List;
import java.util.Set;

/**
 * One expectation-maximisation session over some of the candidate pairs, as Splink trains one per blocking rule.
 * Pairs that share a blocking key of one kind agree on what the key was made from whether they are matches or not,
 * so in that session those comparisons are left out: they say nothing there, and random pairs (which give u) do not
 * agree on them. The other comparisons of these non-matches behave like those of random pairs, which is what
 * fixing u from random pairs assumes.
 */
enum TrainingSession {
    /** Every candidate pair with every comparison, in one session. */
    ALL_CANDIDATES("all candidate pairs", null, Set.of()),
    /** Pairs sharing a date-of-birth key: the names, middle names, postcode and PNC are estimated. */
    SHARED_DATE_KEY(
            "pairs sharing a date-of-birth key",
            BlockingKey.DATE,
            Set.of(Comparison.DATE_OF_BIRTH, Comparison.YEAR_OF_BIRTH_ONLY)),
    /** Pairs sharing a given-and-family-name key: the date, middle names, postcode and PNC are estimated. */
    SHARED_NAME_KEY(
            "pairs sharing a given-and-family-name key",
            BlockingKey.NAME_PAIR,
            Set.of(Comparison.GIVEN_NAME, Comparison.FAMILY_NAME));

    private final String label;
    private final BlockingKey kind;
    private final Set<Comparison> leftOut;

    TrainingSession(String label, BlockingKey kind, Set<Comparison> leftOut) {
        this.label = label;
        this.kind = kind;
        this.leftOut = leftOut;
    }

    String label() {
        return label;
    }

    Set<Comparison> leftOut() {
        return leftOut;
    }

    /** The sessions of {@code training}. */
    static List<TrainingSession> of(WeightEstimation.Training training) {
        return switch (training) {
            case BY_BLOCKING_KEY -> List.of(SHARED_DATE_KEY, SHARED_NAME_KEY);
            case ALL_CANDIDATES -> List.of(ALL_CANDIDATES);
        };
    }

    /** True when a pair with these blocking keys (each sorted) belongs to this session. */
    boolean takes(int[] queryKeys, int[] storedKeys) {
        if (kind == null) {
            return true;
        }
        int i = 0;
        int j = 0;
        while (i < queryKeys.length && j < storedKeys.length) {
            if (queryKeys[i] == storedKeys[j]) {
                if (kind.isKindOf(queryKeys[i])) {
                    return true;
                }
                i++;
                j++;
            } else if (queryKeys[i] < storedKeys[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }

    /** The pair's vector as this session sees it: the comparisons left out are absent. */
    long vector(long packed) {
        long vector = packed;
        for (Comparison comparison : leftOut) {
            vector = ComparisonVector.without(vector, comparison);
        }
        return vector;
    }
}
