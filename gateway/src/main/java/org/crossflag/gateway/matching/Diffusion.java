package org.crossflag.gateway.matching;

import org.bouncycastle.crypto.macs.HMac;

/**
 * The keyed diffusion layer of Armknecht, Heng and Schnell (PoPETs 2023): output bit j is the XOR of {@code taps}
 * input bits at secret positions. It hides which filter bits a token set, so pattern-mining attacks that learn
 * frequent bigrams from co-occurring 1-bits (Christen et al., Vidanage et al.) and frequency attacks on bit
 * positions or Hamming weights (Kuzu et al.) lose their footing: every output bit depends on several tokens, and
 * outputs are about half ones whatever the input. Similar inputs still give similar outputs, because a bit flips
 * only when an odd number of its taps differ. An empty filter stays empty, so a missing field stays visible.
 * <p>
 * The taps come from an HMAC-SHA256 counter stream under the version's diffusion key for the filter.
 */
final class Diffusion implements Hardening {

    private final int bits;
    private final int taps;
    private final int[] positions;

    Diffusion(byte[] key, int bits, int taps) {
        this.bits = bits;
        this.taps = taps;
        this.positions = new int[bits * taps];
        HMac mac = VersionKeys.hmac(key);
        byte[] block = new byte[32];
        int mask = bits - 1;
        int filled = 0;
        for (int counter = 0; filled < positions.length; counter++) {
            mac.update(
                    new byte[] {(byte) (counter >>> 24), (byte) (counter >>> 16), (byte) (counter >>> 8), (byte) counter
                    },
                    0,
                    4);
            mac.doFinal(block, 0);
            for (int i = 0; i + 1 < block.length && filled < positions.length; i += 2) {
                positions[filled++] = (((block[i] & 0xff) << 8) | (block[i + 1] & 0xff)) & mask;
            }
        }
    }

    @Override
    public long[] apply(long[] input) {
        long[] output = new long[bits / 64];
        int tap = 0;
        for (int word = 0; word < output.length; word++) {
            long out = 0;
            for (int j = 0; j < 64; j++) {
                long bit = 0;
                for (int s = 0; s < taps; s++) {
                    int p = positions[tap++];
                    bit ^= input[p >>> 6] >>> (p & 63);
                }
                out |= (bit & 1L) << j;
            }
            output[word] = out;
        }
        return output;
    }
}
