package org.crossflag.gateway.matching;

import org.bouncycastle.crypto.macs.HMac;

/**
 * Balanced Bloom filters (Schnell and Borgs, 2016): the filter is concatenated with its complement and the result
 * permuted with a secret permutation, so every encoding has exactly half its bits set. Hamming weights and per-bit
 * frequencies then say nothing about which (or how frequent a) value was encoded, which defeats the frequency
 * attacks of Kuzu et al. and Niedermeyer et al. that read common names off dense or frequent bit patterns. Unlike
 * a diffusion layer, similarity is kept exactly: the Dice coefficient of two balanced filters is
 * {@code 1 - H / l}, with H the Hamming distance of the original filters of length l.
 * <p>
 * An empty filter stays all zero (a missing field must stay visible to the scorer); that is the only unbalanced
 * vector. The permutation is a Fisher-Yates shuffle driven by an HMAC-SHA256 counter stream under the version's
 * hardening key for the filter.
 */
final class Balancing implements Hardening {

    private final int inputBits;
    private final int[] target;

    Balancing(byte[] key, int inputBits) {
        this.inputBits = inputBits;
        int outputBits = inputBits * 2;
        int[] permutation = new int[outputBits];
        for (int i = 0; i < outputBits; i++) {
            permutation[i] = i;
        }
        KeyStream stream = new KeyStream(key);
        for (int i = outputBits - 1; i > 0; i--) {
            int j = stream.below(i + 1);
            int swap = permutation[i];
            permutation[i] = permutation[j];
            permutation[j] = swap;
        }
        this.target = permutation;
    }

    @Override
    public long[] apply(long[] input) {
        long[] output = new long[inputBits * 2 / 64];
        if (MatchScorer.isEmpty(input, 0, input.length)) {
            return output;
        }
        // Bit i of the filter lands at target[i] when set, its complement at target[l + i] when clear.
        for (int i = 0; i < inputBits; i++) {
            int set = (int) (input[i >>> 6] >>> (i & 63)) & 1;
            int t = target[i + (1 - set) * inputBits];
            output[t >>> 6] |= 1L << (t & 63);
        }
        return output;
    }

    /** Uniform integers from an HMAC-SHA256 counter stream (rejection sampling, no modulo bias). */
    static final class KeyStream {

        private final HMac mac;
        private final byte[] block = new byte[32];
        private int used = 32;
        private int counter;

        KeyStream(byte[] key) {
            this.mac = VersionKeys.hmac(key);
        }

        int below(int bound) {
            int mask = Integer.highestOneBit(Math.max(1, bound - 1)) * 2 - 1;
            while (true) {
                int value = nextShort() & mask;
                if (value < bound) {
                    return value;
                }
            }
        }

        private int nextShort() {
            if (used + 2 > block.length) {
                mac.update(
                        new byte[] {
                            (byte) (counter >>> 24), (byte) (counter >>> 16), (byte) (counter >>> 8), (byte) counter
                        },
                        0,
                        4);
                mac.doFinal(block, 0);
                counter++;
                used = 0;
            }
            int value = ((block[used] & 0xff) << 8) | (block[used + 1] & 0xff);
            used += 2;
            return value;
        }
    }
}
