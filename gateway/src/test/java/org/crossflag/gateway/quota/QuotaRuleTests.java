package org.crossflag.gateway.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class QuotaRuleTests {

    static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    static final QuotaRule THREE_PER_MINUTE = new QuotaRule(3, Duration.ofMinutes(1));

    @Test
    void theFirstUseStartsAWindowAndUsesUpToTheLimitAreAllowed() {
        QuotaRule.Count count = null;
        for (int use = 1; use <= 3; use++) {
            count = THREE_PER_MINUTE.next(count, T0.plusSeconds(use));
            assertThat(THREE_PER_MINUTE.allows(count)).as("use " + use).isTrue();
        }
        assertThat(count).isEqualTo(new QuotaRule.Count(T0.plusSeconds(1), 3));
    }

    @Test
    void usesBeyondTheLimitAreRefusedAndOnlyTheFirstOfThemIsTheFirstRefusal() {
        QuotaRule.Count count = new QuotaRule.Count(T0, 3);

        QuotaRule.Count fourth = THREE_PER_MINUTE.next(count, T0.plusSeconds(10));
        QuotaRule.Count fifth = THREE_PER_MINUTE.next(fourth, T0.plusSeconds(11));

        assertThat(THREE_PER_MINUTE.allows(fourth)).isFalse();
        assertThat(THREE_PER_MINUTE.firstRefusal(fourth)).isTrue();
        assertThat(THREE_PER_MINUTE.allows(fifth)).isFalse();
        assertThat(THREE_PER_MINUTE.firstRefusal(fifth)).isFalse();
    }

    @Test
    void aUseOnceTheWindowHasEndedStartsANewWindow() {
        QuotaRule.Count exhausted = new QuotaRule.Count(T0, 9);

        assertThat(THREE_PER_MINUTE.next(exhausted, T0.plusSeconds(59)).used()).isEqualTo(10);
        QuotaRule.Count fresh = THREE_PER_MINUTE.next(exhausted, T0.plusSeconds(60));
        assertThat(fresh).isEqualTo(new QuotaRule.Count(T0.plusSeconds(60), 1));
        assertThat(THREE_PER_MINUTE.allows(fresh)).isTrue();
    }

    @Test
    void aWindowStartedInTheFutureByAClockThatWentBackIsRestarted() {
        QuotaRule.Count ahead = new QuotaRule.Count(T0.plusSeconds(3600), 9);

        assertThat(THREE_PER_MINUTE.next(ahead, T0)).isEqualTo(new QuotaRule.Count(T0, 1));
    }

    @Test
    void aRuleNeedsAPositiveLimitAndWindow() {
        assertThatThrownBy(() -> new QuotaRule(0, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QuotaRule(1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
