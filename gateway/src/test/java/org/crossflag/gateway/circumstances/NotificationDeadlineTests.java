package org.crossflag.gateway.circumstances;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.crossflag.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

class NotificationDeadlineTests {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    // 10:00 on 20 November 2026 in London.
    final MutableClock clock = MutableClock.stoppedAt(Instant.parse("2026-11-20T10:00:00Z"));
    final NotificationDeadline deadline = new NotificationDeadline(3, clock, LONDON);

    @Test
    void aChangeNotifiedOnTheThirdDayIsInTime() {
        NotificationDeadline.Assessment assessed =
                deadline.assess(LocalDate.parse("2026-11-14"), LocalDate.parse("2026-11-17"));

        assertThat(assessed.dueBy()).isEqualTo(LocalDate.parse("2026-11-17"));
        assertThat(assessed.missed()).isFalse();
        assertThat(assessed.daysLate()).isZero();
    }

    @Test
    void aChangeNotifiedOnTheFourthDayIsPossibleNonCompliance() {
        NotificationDeadline.Assessment assessed =
                deadline.assess(LocalDate.parse("2026-11-14"), LocalDate.parse("2026-11-18"));

        assertThat(assessed.missed()).isTrue();
        assertThat(assessed.daysLate()).isEqualTo(1);
    }

    @Test
    void notifiedAheadOfTheChangeIsInTime() {
        assertThat(deadline.assess(LocalDate.parse("2026-11-25"), LocalDate.parse("2026-11-20"))
                        .missed())
                .isFalse();
    }

    @Test
    void theForcesOwnDeadlineApplies() {
        NotificationDeadline week = new NotificationDeadline(7, clock, LONDON);

        assertThat(week.assess(LocalDate.parse("2026-11-10"), LocalDate.parse("2026-11-17"))
                        .missed())
                .isFalse();
        assertThat(week.assess(LocalDate.parse("2026-11-10"), LocalDate.parse("2026-11-18"))
                        .missed())
                .isTrue();
    }

    @Test
    void aNotificationDatedAfterTodayInTheForcesZoneIsRefused() {
        assertThat(deadline.assess(LocalDate.parse("2026-11-19"), LocalDate.parse("2026-11-20"))
                        .missed())
                .isFalse();
        CircumstanceChangeRefusedException refused = catchThrowableOfType(
                CircumstanceChangeRefusedException.class,
                () -> deadline.assess(LocalDate.parse("2026-11-19"), LocalDate.parse("2026-11-21")));
        assertThat(refused.reasonCode()).isEqualTo("DATE_INVALID");
        assertThat(refused.field()).isEqualTo("notifiedOn");

        // 00:30 on 1 July in London is still 30 June in UTC: the day is London's.
        clock.set(Instant.parse("2026-06-30T23:30:00Z"));
        assertThat(deadline.today()).isEqualTo(LocalDate.parse("2026-07-01"));
        assertThat(deadline.assess(LocalDate.parse("2026-06-30"), LocalDate.parse("2026-07-01"))
                        .missed())
                .isFalse();
        clock.advance(Duration.ofDays(1));
        assertThat(deadline.today()).isEqualTo(LocalDate.parse("2026-07-02"));
    }

    @Test
    void refusesADeadlineOutsideOneToThirtyDays() {
        assertThatThrownBy(() -> new NotificationDeadline(0, clock, LONDON))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NotificationDeadline(31, clock, LONDON))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
