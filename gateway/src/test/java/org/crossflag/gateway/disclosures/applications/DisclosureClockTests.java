package org.crossflag.gateway.disclosures.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.crossflag.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

class DisclosureClockTests {

    static final LocalDate RECEIVED = LocalDate.of(2026, 12, 1);
    static final String OFFICER = "SFK-DVDS-01";

    final MutableClock time = MutableClock.stoppedAt(noonOn(RECEIVED));
    final DisclosureClock clock = new DisclosureClock(ClockSettings.defaults(), time);

    static Instant noonOn(LocalDate day) {
        return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    void onDay(int day) {
        time.set(noonOn(RECEIVED.plusDays(day)));
    }

    Extension extension(int days) {
        return new Extension(days, "awaiting partner agency information", OFFICER, noonOn(RECEIVED));
    }

    @Test
    void theDeadlineIs28CalendarDaysAfterReceipt() {
        assertThat(clock.deadline(RECEIVED, List.of())).isEqualTo(LocalDate.of(2026, 12, 29));
        assertThat(clock.daysLeft(RECEIVED, List.of())).isEqualTo(28);
    }

    @Test
    void daysLeftIsZeroOnTheDeadlineAndNegativeAfter() {
        onDay(28);
        assertThat(clock.daysLeft(RECEIVED, List.of())).isZero();
        onDay(31);
        assertThat(clock.daysLeft(RECEIVED, List.of())).isEqualTo(-3);
    }

    @Test
    void extensionsMoveTheDeadlineByTheirDays() {
        List<Extension> extensions = List.of(extension(7), extension(3));

        assertThat(clock.deadline(RECEIVED, extensions)).isEqualTo(RECEIVED.plusDays(38));
        onDay(30);
        assertThat(clock.daysLeft(RECEIVED, extensions)).isEqualTo(8);
    }

    @Test
    void todayIsReadInTheForcesZone() {
        // 23:30 UTC on 30 June is 00:30 on 1 July in London (summer time), still 30 June in UTC.
        time.set(Instant.parse("2026-06-30T23:30:00Z"));

        assertThat(clock.today()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(new DisclosureClock(ClockSettings.defaults(), time, ZoneId.of("UTC")).today())
                .isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void anExtensionRecordsTheReasonTheOfficerAndTheTime() {
        Extension extension = clock.extend(7, "  awaiting partner agency information ", OFFICER);

        assertThat(extension)
                .isEqualTo(new Extension(7, "awaiting partner agency information", OFFICER, time.instant()));
    }

    @Test
    void anExtensionNeedsAReasonOfTenTo500Characters() {
        for (String reason : new String[] {null, "", "   ", "too short", " 123456789 ", "x".repeat(501)}) {
            assertThatThrownBy(() -> clock.extend(7, reason, OFFICER))
                    .isInstanceOfSatisfying(ExtensionRefusedException.class, e -> {
                        assertThat(e.reasonCode()).isEqualTo("EXTENSION_REASON_REQUIRED");
                        assertThat(e.field()).isEqualTo("reason");
                    })
                    .hasMessageStartingWith("reason ");
        }
        assertThat(clock.extend(7, "1234567890", OFFICER).reason()).isEqualTo("1234567890");
        assertThat(clock.extend(7, "x".repeat(500), OFFICER).reason()).hasSize(500);
    }

    @Test
    void anExtensionIsOneTo90Days() {
        for (int days : new int[] {Integer.MIN_VALUE, -1, 0, 91}) {
            assertThatThrownBy(() -> clock.extend(days, "awaiting partner agency information", OFFICER))
                    .isInstanceOfSatisfying(ExtensionRefusedException.class, e -> {
                        assertThat(e.reasonCode()).isEqualTo("EXTENSION_DAYS_INVALID");
                        assertThat(e.field()).isEqualTo("days");
                    })
                    .hasMessageStartingWith("days ");
        }
        assertThat(clock.extend(1, "awaiting partner agency information", OFFICER)
                        .days())
                .isEqualTo(1);
        assertThat(clock.extend(90, "awaiting partner agency information", OFFICER)
                        .days())
                .isEqualTo(90);
    }

    @Test
    void nothingIsDueBeforeTheFirstReminderDay() {
        for (int day = 0; day < 14; day++) {
            onDay(day);
            assertThat(clock.due(state(List.of(), Set.of(), false, false)))
                    .as("day " + day)
                    .isEmpty();
        }
    }

    @Test
    void remindersOnDays14And21AndTheBreachOnDay28FireOnceEachAsADailySweepSendsThem() {
        Set<Integer> sent = new HashSet<>();
        boolean breachSent = false;
        StringBuilder fired = new StringBuilder();
        for (int day = 0; day <= 40; day++) {
            onDay(day);
            for (ClockEvent event : clock.due(state(List.of(), sent, breachSent, false))) {
                fired.append(day)
                        .append(':')
                        .append(event.kind())
                        .append(event.day())
                        .append(' ');
                if (event.kind() == ClockEventKind.REMINDER) {
                    sent.add(event.day());
                } else {
                    breachSent = true;
                }
            }
        }

        assertThat(fired.toString().strip()).isEqualTo("14:REMINDER14 21:REMINDER21 28:BREACH0");
    }

    @Test
    void theBreachIsDueOnDay28AndNotBefore() {
        Set<Integer> sent = Set.of(14, 21);
        onDay(27);
        assertThat(clock.due(state(List.of(), sent, false, false))).isEmpty();
        onDay(28);
        assertThat(clock.due(state(List.of(), sent, false, false))).containsExactly(ClockEvent.breach());
        onDay(29);
        assertThat(clock.due(state(List.of(), sent, true, false))).isEmpty();
    }

    @Test
    void anExtensionPutsOffTheBreachButNotTheReminders() {
        List<Extension> extensions = List.of(extension(7));
        onDay(28);
        assertThat(clock.due(state(extensions, Set.of(14, 21), false, false))).isEmpty();
        onDay(34);
        assertThat(clock.due(state(extensions, Set.of(14, 21), false, false))).isEmpty();
        onDay(35);
        assertThat(clock.due(state(extensions, Set.of(14, 21), false, false))).containsExactly(ClockEvent.breach());

        onDay(21);
        assertThat(clock.due(state(extensions, Set.of(14), false, false))).containsExactly(ClockEvent.reminder(21));
    }

    @Test
    void aLateSweepGetsEveryMissedNoticeInDayOrder() {
        onDay(30);

        assertThat(clock.due(state(List.of(), Set.of(), false, false)))
                .containsExactly(ClockEvent.reminder(14), ClockEvent.reminder(21), ClockEvent.breach());
    }

    @Test
    void nothingIsDueOnceDecided() {
        for (int day : new int[] {14, 21, 28, 60}) {
            onDay(day);
            assertThat(clock.due(state(List.of(), Set.of(), false, true)))
                    .as("day " + day)
                    .isEmpty();
        }
    }

    @Test
    void remindersFollowTheSettings() {
        DisclosureClock weekly = new DisclosureClock(new ClockSettings(10, List.of(3, 7)), time);
        time.advance(Duration.ofDays(7));

        assertThat(weekly.due(state(List.of(), Set.of(3), false, false))).containsExactly(ClockEvent.reminder(7));
        assertThat(weekly.deadline(RECEIVED, List.of())).isEqualTo(RECEIVED.plusDays(10));
    }

    static ClockState state(List<Extension> extensions, Set<Integer> sent, boolean breachSent, boolean decided) {
        return new ClockState(RECEIVED, extensions, sent, breachSent, decided);
    }
}
