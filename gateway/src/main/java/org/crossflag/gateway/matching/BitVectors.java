package org.crossflag.gateway.matching;

/** Similarity of bit vectors held as {@code long[]}, with {@code Long.bitCount} (one POPCNT per word on x86-64). */
public final class BitVectors {

    private BitVectors() {}

    /** Dice coefficient 2|A∩B| / (|A| + |B|) of two vectors of equal length; 0 when both are empty. */
    public static double dice(long[] a, long[] b) {
        return dice(a, 0, b, 0, a.length);
    }

    /** Dice coefficient of {@code words} words of {@code a} from {@code aOffset} and of {@code b} from {@code bOffset}. */
    public static double dice(long[] a, int aOffset, long[] b, int bOffset, int words) {
        int common = 0;
        int total = 0;
        for (int i = 0; i < words; i++) {
            long x = a[aOffset + i];
            long y = b[bOffset + i];
            common += Long.bitCount(x & y);
            total += Long.bitCount(x) + Long.bitCount(y);
        }
        return total == 0 ? 0.0 : 2.0 * common / total;
    }

    /**
     * Dice coefficient when both cardinalities are known (an index stores each CLK's once): one POPCNT per word, of
     * the intersection only. Same result as {@link #dice(long[], int, long[], int, int)}.
     */
    public static double dice(
            long[] a, int aOffset, int aCardinality, long[] b, int bOffset, int bCardinality, int words) {
        int total = aCardinality + bCardinality;
        if (total == 0) {
            return 0.0;
        }
        int common = 0;
        for (int i = 0; i < words; i++) {
            common += Long.bitCount(a[aOffset + i] & b[bOffset + i]);
        }
        return 2.0 * common / total;
    }

    /** Number of set bits in {@code words} words of {@code a} from {@code offset}. */
    public static int cardinality(long[] a, int offset, int words) {
        int count = 0;
        for (int i = 0; i < words; i++) {
            count += Long.bitCount(a[offset + i]);
        }
        return count;
    }
}
