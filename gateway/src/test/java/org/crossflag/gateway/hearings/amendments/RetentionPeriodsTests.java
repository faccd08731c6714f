package org.crossflag.gateway.hearings.amendments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

import org.crossflag.adapter.Forum;
import org.crossflag.gateway.node.InvalidConfigurationException;
import org.crossflag.gateway.node.RetentionSettings;
import org.crossflag.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

class RetentionPeriodsTests {

    static final Period TWELVE_YEARS = Period.ofYears(12);

    final MutableClock clock = MutableClock.stoppedAt(Instant.parse("2038-05-14T09:00:00Z"));

    @Test
    void aHearingIsKeptForItsForumsPeriodFromTheDayHeardAndDueTheDayAfter() {
        RetentionPeriods periods = new RetentionPeriods(settings(TWELVE_YEARS, Period.ofYears(6)), clock);

        assertThat(periods.due(Forum.MARAC, LocalDate.parse("2026-05-14"))).isFalse();
        assertThat(periods.due(Forum.MARAC, LocalDate.parse("2026-05-13"))).isTrue();

        clock.advance(Duration.ofDays(1));

        assertThat(periods.due(Forum.MARAC, LocalDate.parse("2026-05-14"))).isTrue();
    }

    @Test
    void eachForumHasItsOwnPeriod() {
        RetentionPeriods periods = new RetentionPeriods(settings(TWELVE_YEARS, Period.ofYears(6)), clock);

        assertThat(periods.cutoff(Forum.MARAC)).isEqualTo(LocalDate.parse("2026-05-14"));
        assertThat(periods.cutoff(Forum.DAPP)).isEqualTo(LocalDate.parse("2032-05-14"));
        assertThat(periods.due(Forum.DAPP, LocalDate.parse("2030-01-01"))).isTrue();
        assertThat(periods.due(Forum.MARAC, LocalDate.parse("2030-01-01"))).isFalse();
    }

    @Test
    void theDefaultsAreTwelveYearsForEveryForum() {
        RetentionSettings defaults = new RetentionSettings(
                TWELVE_YEARS,
                TWELVE_YEARS,
                TWELVE_YEARS,
                TWELVE_YEARS,
                TWELVE_YEARS,
                TWELVE_YEARS,
                Duration.ofHours(6));
        RetentionPeriods periods = new RetentionPeriods(defaults, clock);

        for (Forum forum : Forum.values()) {
            assertThat(periods.period(forum)).isEqualTo(TWELVE_YEARS);
        }
    }

    @Test
    void aPeriodOutsideItsBoundsStopsTheNodeNamingTheKey() {
        for (Period bad : new Period[] {Period.ZERO, Period.ofDays(27), Period.ofYears(-1), Period.ofYears(101)}) {
            assertThatThrownBy(() -> new RetentionPeriods(settings(TWELVE_YEARS, bad), clock))
                    .as(bad.toString())
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessageContaining("crossflag.retention.dapp");
        }
        new RetentionPeriods(settings(TWELVE_YEARS, Period.ofMonths(1)), clock);
        new RetentionPeriods(settings(TWELVE_YEARS, Period.ofYears(100)), clock);
    }

    /** MARAC and every other forum but DAPP at {@code others}; DAPP at {@code dapp}. */
    static RetentionSettings settings(Period others, Period dapp) {
        return new RetentionSettings(others, dapp, others, others, others, others, Duration.ofHours(6));
    }
}
