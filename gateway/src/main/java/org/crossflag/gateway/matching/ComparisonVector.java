package org.crossflag.gateway.matching;

/**
 * The outcome of each Fellegi-Sunter comparison for one pair, as {@link MatchScorer#compare} finds it: the level
 * index of each comparison, or {@link #ABSENT} when either side lacks the field. Reused from pair to pair, so
 * collecting vectors allocates nothing per pair; {@link #pack()} turns it into a {@code long} for counting.
 */
final class ComparisonVector {

    /** The field is missing on either side: the comparison says nothing. */
    static final int ABSENT = -1;

    /** Outcomes of {@link Comparison#PNC}. */
    static final int PNC_AGREE = 0;

    static final int PNC_CONFLICT = 1;

    /** Outcomes of {@link Comparison#CONTACT}: some phone or email agrees, or those both hold all differ. */
    static final int CONTACT_AGREE = 0;

    static final int CONTACT_DIFFERENT = 1;

    /** Bits per comparison in {@link #pack()}: the outcome plus one, so that 0 is absent. */
    private static final int BITS = 7;

    static final int MAX_OUTCOMES = (1 << BITS) - 2;
    private static final long SWAPPED = 1L << (BITS * Comparison.COUNT);

    /** One outcome per {@link Comparison}, in its ordinal order. */
    final int[] outcomes = new int[Comparison.COUNT];

    /** True when the names were compared with given and family names read swapped. */
    boolean swapped;

    void clear() {
        java.util.Arrays.fill(outcomes, ABSENT);
        swapped = false;
    }

    long pack() {
        return pack(outcomes, swapped);
    }

    static long pack(int[] outcomes, boolean swapped) {
        long packed = swapped ? SWAPPED : 0L;
        for (int i = 0; i < Comparison.COUNT; i++) {
            if (outcomes[i] < ABSENT || outcomes[i] >= MAX_OUTCOMES) {
                throw new IllegalArgumentException("outcome " + outcomes[i] + " of comparison " + i + " out of range");
            }
            packed |= (long) (outcomes[i] + 1) << (BITS * i);
        }
        return packed;
    }

    /** The outcome of {@code comparison} in a packed vector, or {@link #ABSENT}. */
    static int outcome(long packed, Comparison comparison) {
        return (int) ((packed >>> (BITS * comparison.ordinal())) & ((1 << BITS) - 1)) - 1;
    }

    /** {@code packed} with {@code comparison} absent. */
    static long without(long packed, Comparison comparison) {
        return packed & ~((long) ((1 << BITS) - 1) << (BITS * comparison.ordinal()));
    }

    static boolean swapped(long packed) {
        return (packed & SWAPPED) != 0;
    }
}
