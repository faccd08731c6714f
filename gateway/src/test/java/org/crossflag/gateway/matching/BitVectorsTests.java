package org.crossflag.gateway.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BitVectorsTests {

    @Test
    void diceIsTwiceTheCommonBitsOverAllSetBits() {
        long[] a = {0b1111L, 0L};
        long[] b = {0b0011L, 0b1L};
        // |A| = 4, |B| = 3, common = 2: 4 / 7.
        assertThat(BitVectors.dice(a, b)).isEqualTo(4.0 / 7.0);
        assertThat(BitVectors.dice(a, a)).isEqualTo(1.0);
        assertThat(BitVectors.dice(a, new long[] {0b110000L, 0L})).isZero();
    }

    @Test
    void emptyVectorsHaveDiceZero() {
        assertThat(BitVectors.dice(new long[2], new long[2])).isZero();
    }

    @Test
    void offsetsSelectTheWordsCompared() {
        long[] packed = {0L, 0b101L, 0b101L, 0L};
        assertThat(BitVectors.dice(packed, 1, packed, 2, 1)).isEqualTo(1.0);
        assertThat(BitVectors.cardinality(packed, 0, 4)).isEqualTo(4);
    }
}
