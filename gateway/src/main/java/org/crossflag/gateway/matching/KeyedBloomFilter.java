package org.crossflag.gateway.matching;

import java.nio.charset.StandardCharsets;

import javax.crypto.Mac;
import javax.crypto.ShortBufferException;

/**
 * A Bloom filter filled with keyed hashes, as in the CLK of Schnell, Bachteler and Reiher (2009, 2011) and clkhash:
 * HMAC-SHA256 of the token under the filter's key gives two 64-bit values h1 and h2, and a token of weight k sets
 * bits {@code (h1 + i * h2) mod m} for i in 0..k-1 (double hashing, Kirsch and Mitzenmacher). Without the key, no
 * one can tell which bits a token sets.
 */
final class KeyedBloomFilter implements TokenSink {

    private final Mac mac;
    private final long[] bits;
    private final int mask;
    private final byte[] digest = new byte[32];

    KeyedBloomFilter(Mac mac, int bitCount) {
        this.mac = mac;
        this.bits = new long[bitCount / 64];
        this.mask = bitCount - 1;
    }

    @Override
    public void add(String token, int weight) {
        mac.update(token.getBytes(StandardCharsets.UTF_8));
        doFinal(mac, digest);
        long h1 = longAt(digest, 0);
        long h2 = longAt(digest, 8) | 1;
        for (int i = 0; i < weight; i++) {
            int position = (int) ((h1 + i * h2) & mask);
            bits[position >>> 6] |= 1L << (position & 63);
        }
    }

    long[] bits() {
        return bits.clone();
    }

    /** Finishes {@code mac} into {@code digest} (32 bytes); the Mac is then ready for the next message. */
    static void doFinal(Mac mac, byte[] digest) {
        try {
            mac.doFinal(digest, 0);
        } catch (ShortBufferException e) {
            throw new IllegalStateException(e);
        }
    }

    static long longAt(byte[] bytes, int offset) {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (bytes[offset + i] & 0xff);
        }
        return value;
    }
}
