package org.crossflag.gateway.hearings.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

class RiskFlagsTests {

    static final LocalDate REFERRED = LocalDate.of(2026, 11, 20);
    static final RiskFlags.Settings THREE_IN_TWELVE =
            new RiskFlags.Settings(Period.ofMonths(12), 3, Period.ofMonths(12));
    static final RiskFlags.Settings THREE_IN_SIX = new RiskFlags.Settings(Period.ofMonths(12), 3, Period.ofMonths(6));

    @Test
    void aHearingWithinTwelveMonthsMakesARepeat() {
        assertThat(RiskFlags.of(REFERRED, List.of(LocalDate.of(2025, 11, 20)), THREE_IN_TWELVE)
                        .repeat())
                .isTrue();
        assertThat(RiskFlags.of(REFERRED, List.of(LocalDate.of(2025, 11, 19)), THREE_IN_TWELVE)
                        .repeat())
                .isFalse();
        assertThat(RiskFlags.of(REFERRED, List.of(), THREE_IN_TWELVE).repeat()).isFalse();
    }

    @Test
    void aHearingAfterTheReferralIsNotARepeatOfIt() {
        assertThat(RiskFlags.of(REFERRED, List.of(LocalDate.of(2026, 12, 1)), THREE_IN_TWELVE)
                        .repeat())
                .isFalse();
    }

    @Test
    void escalationCountsTheReferralWithTheHearingsInItsWindow() {
        List<LocalDate> twoHearings = List.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 1));
        assertThat(RiskFlags.of(REFERRED, twoHearings, THREE_IN_TWELVE).escalation())
                .isTrue();
        assertThat(RiskFlags.of(REFERRED, twoHearings, THREE_IN_SIX).escalation())
                .as("in a '3 in 6 months' area the March hearing is too old")
                .isFalse();
        assertThat(RiskFlags.of(REFERRED, List.of(LocalDate.of(2026, 9, 1)), THREE_IN_TWELVE)
                        .escalation())
                .isFalse();
    }
}
