package org.crossflag.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test moves, in UTC unless asked for another zone, so expiry and deadlines are tested without waiting. It either stands still until moved
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

    /** The same moving instant, read in another zone (code under test may ask for local dates, e.g. the UK's). */
    @Override
    public Clock withZone(ZoneId zone) {
        if (ZoneOffset.UTC.equals(zone)) {
            return this;
        }
        return new Zoned(this, zone);
    }

    private static final class Zoned extends Clock {

        private final MutableClock source;
        private final ZoneId zone;

        Zoned(MutableClock source, ZoneId zone) {
            this.source = source;
            this.zone = zone;
        }

        @Override
        public Instant instant() {
            return source.instant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return source.withZone(other);
        }
    }
}
