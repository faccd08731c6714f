package org.crossflag.gateway.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class CrlFreshnessTests {

    static final Instant ISSUED = Instant.parse("2026-12-01T09:00:00Z");
    final CrlFreshness freshness = new CrlFreshness(Duration.ofDays(7));

    @Test
    void crlWithinItsMaximumAgeAndBeforeItsNextUpdateIsFresh() {
        CrlFreshness.Verdict verdict =
                freshness.judge(ISSUED, ISSUED.plus(Duration.ofDays(30)), ISSUED.plus(Duration.ofDays(6)));

        assertThat(verdict.fresh()).isTrue();
        assertThat(verdict.staleAfter()).isEqualTo(ISSUED.plus(Duration.ofDays(7)));
    }

    @Test
    void crlWithANextUpdateYearsAwayIsStaleOnceOlderThanTheMaximumAge() {
        Instant tenYears = ISSUED.plus(Duration.ofDays(3653));

        assertThat(freshness
                        .judge(ISSUED, tenYears, ISSUED.plus(Duration.ofDays(7)))
                        .fresh())
                .isTrue();
        CrlFreshness.Verdict verdict = freshness.judge(
                ISSUED, tenYears, ISSUED.plus(Duration.ofDays(7)).plusSeconds(1));
        assertThat(verdict.state()).isEqualTo(CrlFreshness.State.PAST_MAXIMUM_AGE);
    }

    @Test
    void crlWithoutANextUpdateIsNotFreshForEver() {
        assertThat(freshness
                        .judge(ISSUED, null, ISSUED.plus(Duration.ofDays(1)))
                        .fresh())
                .isTrue();
        assertThat(freshness
                        .judge(ISSUED, null, ISSUED.plus(Duration.ofDays(8)))
                        .state())
                .isEqualTo(CrlFreshness.State.PAST_MAXIMUM_AGE);
    }

    @Test
    void crlPastItsNextUpdateIsStaleEvenWithinTheMaximumAge() {
        CrlFreshness.Verdict verdict =
                freshness.judge(ISSUED, ISSUED.plus(Duration.ofDays(2)), ISSUED.plus(Duration.ofDays(3)));

        assertThat(verdict.state()).isEqualTo(CrlFreshness.State.PAST_NEXT_UPDATE);
        assertThat(verdict.staleAfter()).isEqualTo(ISSUED.plus(Duration.ofDays(2)));
    }

    @Test
    void maximumAgeMustBePositive() {
        assertThatThrownBy(() -> new CrlFreshness(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CrlFreshness(Duration.ofDays(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
