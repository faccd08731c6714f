package org.crossflag.gateway.matching;

import java.nio.charset.StandardCharsets;

import javax.crypto.Mac;

/**
 * Blocking keys: keyed, truncated hashes that tell the holder's index which of its people are worth scoring,
 * without telling anyone what the key was made from. A key is an int: the kind in the top byte, then the HMAC of
 * its value truncated to the kind's width. Truncation makes buckets k-anonymous on purpose: at national scale each
 * bucket holds many different names, so a key says little about who was asked for.
 */
enum BlockingKey {
    /** Phonetic code of one name word (given, nickname form or surname part) with the year of birth. */
    NAME_YEAR(1, 16),
    /**
     * Phonetic codes of the given name (or one of its nickname-canonical forms) and a surname part, in sorted order,
     * so order swaps keep it; no date.
     */
    NAME_PAIR(2, 16),
    /** Phonetic code of a surname part with day and month in sorted order: survives a typo in the year. */
    NAME_DAY_MONTH(5, 16),
    /** Complete date of birth with day and month in sorted order, so a swap keeps it; no name. */
    DATE(3, 12),
    /** The PNC token. */
    STRONG_ID(4, 20),
    /**
     * Phonetic code of the given name with one spelling of the family name with one letter deleted (and the same
     * the other way round): two names one typo apart share such a spelling, so a record with no date of birth and
     * a typo in a name is still compared. Wider than the name kinds, since there are many more values.
     */
    NAME_EDIT(6, 18);

    private final int kind;
    private final int width;

    BlockingKey(int kind, int width) {
        this.kind = kind;
        this.width = width;
    }

    /** True when {@code key} is of this kind. */
    boolean isKindOf(int key) {
        return key >>> 24 == kind;
    }

    int key(Mac mac, String value) {
        byte[] digest = new byte[32];
        mac.update((name() + "|" + value).getBytes(StandardCharsets.UTF_8));
        KeyedBloomFilter.doFinal(mac, digest);
        int hash = ((digest[0] & 0xff) << 24)
                | ((digest[1] & 0xff) << 16)
                | ((digest[2] & 0xff) << 8)
                | (digest[3] & 0xff);
        return (kind << 24) | (hash >>> (32 - width));
    }

    /** True when {@code key} is a well-formed key of some kind. */
    static boolean isValid(int key) {
        int kind = key >>> 24;
        for (BlockingKey k : values()) {
            if (k.kind == kind) {
                return (key & 0xffffff) >>> k.width == 0;
            }
        }
        return false;
    }
}
