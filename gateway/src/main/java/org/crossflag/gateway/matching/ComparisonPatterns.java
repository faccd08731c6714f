package org.crossflag.gateway.matching;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * How many pairs had each comparison vector ({@link ComparisonVector#pack()}), as Splink aggregates them: pairs with
 * the same outcomes are the same to expectation-maximisation, and there are a few thousand distinct vectors however
 * many pairs there are. Not thread-safe: collect per thread and {@link #addAll} the parts.
 */
final class ComparisonPatterns {

    private final Map<Long, Long> counts = new HashMap<>();
    private long total;

    void add(long packed) {
        add(packed, 1);
    }

    void add(long packed, long count) {
        counts.merge(packed, count, Long::sum);
        total += count;
    }

    ComparisonPatterns addAll(ComparisonPatterns other) {
        other.counts.forEach(this::add);
        return this;
    }

    /** Pairs counted. */
    long total() {
        return total;
    }

    /** The distinct vectors, in ascending order, so that every run iterates them alike. */
    long[] vectors() {
        long[] vectors = counts.keySet().stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(vectors);
        return vectors;
    }

    long count(long packed) {
        return counts.getOrDefault(packed, 0L);
    }

    /** Pairs whose names were compared with given and family names read swapped. */
    long swapped() {
        return counts.entrySet().stream()
                .filter(e -> ComparisonVector.swapped(e.getKey()))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    /** How many pairs had each outcome of {@code comparison}; pairs where it is absent are not counted. */
    long[] outcomeCounts(Comparison comparison, int outcomes) {
        long[] frequencies = new long[outcomes];
        counts.forEach((packed, count) -> {
            int outcome = ComparisonVector.outcome(packed, comparison);
            if (outcome != ComparisonVector.ABSENT) {
                frequencies[outcome] += count;
            }
        });
        return frequencies;
    }
}
