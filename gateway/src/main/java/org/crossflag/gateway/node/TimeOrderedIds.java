package org.crossflag.gateway.node;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ids for federation messages and correlations: UUID version 7 (RFC 9562), 48 bits of Unix milliseconds, a
 * 12-bit counter and 62 random bits. Ids made later sort later, so the indexes keyed on them (outbox, receipts,
 * audit trail, a receiver's inbox) grow at one end: a commit rewrites the few index pages at that end instead
 * of one page at a random place for every id. The time an id carries is already in the envelope's
 * {@code created}; the random bits keep ids from different nodes apart.
 */
public final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Milliseconds shifted left 12 bits, plus the counter: strictly increasing within this JVM. */
    private static final AtomicLong LAST = new AtomicLong();

    private TimeOrderedIds() {}

    /** A new id in the lowercase 8-4-4-4-12 form that envelopes use. */
    public static String next() {
        return next(System.currentTimeMillis(), RANDOM.nextLong());
    }

    static String next(long millis, long randomBits) {
        long stamp = LAST.updateAndGet(previous -> Math.max(millis << 12, previous + 1));
        long mostSignificant = ((stamp >>> 12) << 16) | 0x7000L | (stamp & 0xFFFL);
        long leastSignificant = (randomBits & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(mostSignificant, leastSignificant).toString();
    }
}
