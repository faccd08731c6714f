package org.crossflag.gateway.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class HardeningTests {

    private static final byte[] KEY = MatchingFixtures.secret("hardening key");
    private static final byte[] OTHER_KEY = MatchingFixtures.secret("another hardening key");

    @Test
    void balancedFiltersHaveHalfTheirBitsSetAndKeepHammingDistanceExactly() {
        Balancing balancing = new Balancing(KEY, 256);
        long[] a = sparse(1, 256, 70);
        long[] b = a.clone();
        b[0] ^= 0b1011L; // three bits differ
        long[] ha = balancing.apply(a);
        long[] hb = balancing.apply(b);

        assertThat(BitVectors.cardinality(ha, 0, ha.length)).isEqualTo(256);
        assertThat(BitVectors.dice(ha, hb)).isEqualTo(1.0 - 3.0 / 256);
        assertThat(MatchScorer.balancedDice(ha, 0, hb, 0, ha.length)).isEqualTo(BitVectors.dice(ha, hb));
    }

    @Test
    void anEmptyFilterStaysEmptySoAMissingFieldStaysVisible() {
        assertThat(new Balancing(KEY, 128).apply(new long[2])).containsOnly(0L);
        assertThat(new Diffusion(KEY, 1024, 2).apply(new long[16])).containsOnly(0L);
    }

    @Test
    void theSecretPermutationDependsOnTheKey() {
        long[] filter = sparse(2, 256, 60);
        assertThat(new Balancing(KEY, 256).apply(filter)).isNotEqualTo(new Balancing(OTHER_KEY, 256).apply(filter));
        assertThat(new Diffusion(KEY, 1024, 2).apply(sparse(3, 1024, 200)))
                .isNotEqualTo(new Diffusion(OTHER_KEY, 1024, 2).apply(sparse(3, 1024, 200)));
    }

    @Test
    void diffusionKeepsSimilarFiltersSimilarAndUnrelatedOnesApart() {
        Diffusion diffusion = new Diffusion(KEY, 1024, 2);
        long[] a = sparse(4, 1024, 250);
        long[] near = a.clone();
        near[3] ^= 0b111L;
        long[] unrelated = sparse(5, 1024, 250);

        double similar = BitVectors.dice(diffusion.apply(a), diffusion.apply(near));
        double different = BitVectors.dice(diffusion.apply(a), diffusion.apply(unrelated));
        assertThat(similar).isGreaterThan(0.97);
        assertThat(different).isLessThan(0.6);
    }

    private static long[] sparse(long seed, int bits, int ones) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] words = new long[bits / 64];
        for (int i = 0; i < ones; i++) {
            int bit = random.nextInt(bits);
            words[bit >>> 6] |= 1L << (bit & 63);
        }
        return words;
    }
}
