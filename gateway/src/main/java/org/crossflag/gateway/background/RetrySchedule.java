package org.crossflag.gateway.background;

import java.time.Duration;
import java.time.Instant;
import java.util.function.DoubleSupplier;

import org.crossflag.gateway.node.InvalidConfigurationException;

/**
 * When to try a failed piece of background work again: exponential backoff from the initial delay, capped at the
 * maximum, with "equal jitter" (half the delay fixed, half random) so peers coming back are not hit by every sender
 * at once. Work whose next attempt would fall after its deadline is given up instead; a schedule built with
 * {@link #withoutJitter} has no deadline (its caller counts attempts) and always waits the full delay.
 */
public final class RetrySchedule {

    private static final DoubleSupplier FULL_DELAY = () -> 1.0;

    private final Duration initial;
    private final Duration maximum;
    private final Duration maxAge;
    private final DoubleSupplier random;

    public RetrySchedule(Duration initial, Duration maximum, Duration maxAge, DoubleSupplier random) {
        if (initial.isNegative() || initial.isZero() || maximum.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff must satisfy 0 < initial <= maximum");
        }
        this.initial = initial;
        this.maximum = maximum;
        this.maxAge = maxAge;
        this.random = random;
    }

    /** For a schedule from settings: a maximum below the initial delay stops start-up naming the maximum's key. */
    public static void requireOrdered(String maximumKey, Duration initial, Duration maximum) {
        if (maximum.compareTo(initial) < 0) {
            throw new InvalidConfigurationException(
                    maximumKey, "must not be shorter than the initial backoff " + initial);
        }
    }

    /** Doubling from initial up to maximum, each delay in full, with no deadline. */
    public static RetrySchedule withoutJitter(Duration initial, Duration maximum) {
        return new RetrySchedule(initial, maximum, null, FULL_DELAY);
    }

    /** The delay before attempt number {@code failedAttempts + 1}, for {@code failedAttempts >= 1}. */
    public Duration delayAfter(int failedAttempts) {
        long cap = maximum.toMillis();
        long exponential = initial.toMillis();
        for (int i = 1; i < failedAttempts && exponential < cap; i++) {
            exponential *= 2;
        }
        long base = Math.min(exponential, cap);
        long half = base / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (base - half)));
    }

    /** The next attempt time, or null when the work must be given up (dead-lettered). */
    public Instant nextAttempt(Instant createdAt, int failedAttempts, Instant now) {
        Instant next = now.plus(delayAfter(failedAttempts));
        return next.isAfter(deadline(createdAt)) ? null : next;
    }

    /** The last moment an attempt may start; {@link Instant#MAX} for a schedule without a deadline. */
    public Instant deadline(Instant createdAt) {
        return maxAge == null ? Instant.MAX : createdAt.plus(maxAge);
    }
}
