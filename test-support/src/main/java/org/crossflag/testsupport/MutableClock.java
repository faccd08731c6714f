package org.crossflag.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A UTC clock a test moves, so expiry and deadlines are tested without waiting. It either stands still until moved
 * ({@link #stoppedAt}) or follows the system clock plus whatever the test has added ({@link #followingSystem}).
 * Safe to read and move from several threads.
 */
public final class MutableClock extends Clock {

    private final Clock base;
    private Duration offset = Duration.ZERO;

    private MutableClock(Clock base) {
        this.base = base;
    }

    /** A clock that reads {@code instant} until the test sets or advances it. */
    public static MutableClock stoppedAt(Instant instant) {
        return new MutableClock(Clock.fixed(instant, ZoneOffset.UTC));
    }

    /** A clock that runs with the system clock, shifted by what the test advances. */
    public static MutableClock followingSystem() {
        return new MutableClock(Clock.systemUTC());
    }

    /** From now on the clock reads {@code value} (and, if it follows the system, runs on from there). */
    public synchronized void set(Instant value) {
        offset = Duration.between(base.instant(), value);
    }

    public synchronized void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** Back to the instant it was made at, or to the system time. */
    public synchronized void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public synchronized Instant instant() {
        return base.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (ZoneOffset.UTC.equals(zone)) {
            return this;
        }
        throw new UnsupportedOperationException("MutableClock is UTC only, not " + zone);
    }
}
