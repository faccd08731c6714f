package org.crossflag.gateway.federation.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryScheduleTests {

    private static final Duration INITIAL = Duration.ofSeconds(1);
    private static final Duration MAXIMUM = Duration.ofMinutes(5);
    private static final Duration MAX_AGE = Duration.ofHours(24);
    private static final Instant CREATED = Instant.parse("2026-11-22T09:00:00Z");

    @Test
    void delayDoublesWithEachFailureUntilTheCap() {
        RetrySchedule upperBound = new RetrySchedule(INITIAL, MAXIMUM, MAX_AGE, () -> 0.999999);
        assertThat(upperBound.delayAfter(1)).isBetween(Duration.ofMillis(999), INITIAL);
        assertThat(upperBound.delayAfter(2)).isBetween(Duration.ofMillis(1999), Duration.ofSeconds(2));
        assertThat(upperBound.delayAfter(5)).isBetween(Duration.ofMillis(15_999), Duration.ofSeconds(16));
        assertThat(upperBound.delayAfter(30)).isBetween(MAXIMUM.minusMillis(1), MAXIMUM);
        assertThat(upperBound.delayAfter(10_000)).isLessThanOrEqualTo(MAXIMUM);
    }

    @Test
    void jitterKeepsAtLeastHalfTheDelay() {
        RetrySchedule lowerBound = new RetrySchedule(INITIAL, MAXIMUM, MAX_AGE, () -> 0.0);
        assertThat(lowerBound.delayAfter(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(lowerBound.delayAfter(4)).isEqualTo(Duration.ofSeconds(4));
        assertThat(lowerBound.delayAfter(40)).isEqualTo(MAXIMUM.dividedBy(2));
    }

    @Test
    void jitterSpreadsRetriesOfTheSameAttempt() {
        RetrySchedule early = new RetrySchedule(INITIAL, MAXIMUM, MAX_AGE, () -> 0.1);
        RetrySchedule late = new RetrySchedule(INITIAL, MAXIMUM, MAX_AGE, () -> 0.9);
        assertThat(early.delayAfter(6)).isLessThan(late.delayAfter(6));
    }

    @Test
    void attemptPastTheDeadlineMeansDeadLetter() {
        RetrySchedule schedule = new RetrySchedule(INITIAL, MAXIMUM, MAX_AGE, () -> 0.5);
        Instant nearlyExpired = CREATED.plus(MAX_AGE).minusSeconds(10);
        assertThat(schedule.nextAttempt(CREATED, 30, nearlyExpired)).isNull();
        assertThat(schedule.nextAttempt(CREATED, 1, CREATED.plusSeconds(5))).isEqualTo(CREATED.plusSeconds(5).plusMillis(750));
        assertThat(schedule.deadline(CREATED)).isEqualTo(CREATED.plus(MAX_AGE));
    }

    @Test
    void nonsensicalBackoffIsRefused() {
        assertThatThrownBy(() -> new RetrySchedule(Duration.ZERO, MAXIMUM, MAX_AGE, () -> 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(MAXIMUM, INITIAL, MAX_AGE, () -> 0.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
