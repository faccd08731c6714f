package org.crossflag.gateway.background;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.crossflag.gateway.node.InvalidConfigurationException;
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
        assertThat(schedule.nextAttempt(CREATED, 1, CREATED.plusSeconds(5)))
                .isEqualTo(CREATED.plusSeconds(5).plusMillis(750));
        assertThat(schedule.deadline(CREATED)).isEqualTo(CREATED.plus(MAX_AGE));
    }

    @Test
    void withoutJitterEveryDelayIsTheFullDoublingAndNothingIsGivenUp() {
        // The inbox's retries: from half a second, doubling, up to five minutes.
        RetrySchedule inbox = RetrySchedule.withoutJitter(Duration.ofMillis(500), Duration.ofMinutes(5));
        assertThat(inbox.delayAfter(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(inbox.delayAfter(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(inbox.delayAfter(10)).isEqualTo(Duration.ofMillis(256_000));
        assertThat(inbox.delayAfter(11)).isEqualTo(Duration.ofMinutes(5));
        // Alert pushes: from two seconds up to an hour.
        RetrySchedule push = RetrySchedule.withoutJitter(Duration.ofSeconds(2), Duration.ofHours(1));
        assertThat(push.delayAfter(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(push.delayAfter(11)).isEqualTo(Duration.ofSeconds(2048));
        assertThat(push.delayAfter(12)).isEqualTo(Duration.ofHours(1));
        assertThat(push.nextAttempt(CREATED, 30, CREATED.plus(Duration.ofDays(400))))
                .isEqualTo(CREATED.plus(Duration.ofDays(400)).plus(Duration.ofHours(1)));
        assertThat(push.deadline(CREATED)).isEqualTo(Instant.MAX);
    }

    @Test
    void aMaximumBelowTheInitialDelayIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> RetrySchedule.requireOrdered("crossflag.inbox.max-backoff", MAXIMUM, INITIAL))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("crossflag.inbox.max-backoff: ");
        RetrySchedule.requireOrdered("crossflag.inbox.max-backoff", INITIAL, INITIAL);
    }

    @Test
    void nonsensicalBackoffIsRefused() {
        assertThatThrownBy(() -> new RetrySchedule(Duration.ZERO, MAXIMUM, MAX_AGE, () -> 0.5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(MAXIMUM, INITIAL, MAX_AGE, () -> 0.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
