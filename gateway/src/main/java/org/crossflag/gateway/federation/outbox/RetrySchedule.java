package org.crossflag.gateway.federation.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.function.DoubleSupplier;

/**
 * When to try a failed delivery again: exponential backoff from the initial delay, capped at the maximum,
 * with "equal jitter" (half the delay fixed, half random) so peers coming back are not hit by every sender
 * at once. A message whose next attempt would fall after its deadline becomes a dead letter instead.
 */
public final class RetrySchedule {

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

    /** The next attempt time, or null when the message must be dead-lettered. */
    public Instant nextAttempt(Instant createdAt, int failedAttempts, Instant now) {
        Instant next = now.plus(delayAfter(failedAttempts));
        return next.isAfter(deadline(createdAt)) ? null : next;
    }

    public Instant deadline(Instant createdAt) {
        return createdAt.plus(maxAge);
    }
}
