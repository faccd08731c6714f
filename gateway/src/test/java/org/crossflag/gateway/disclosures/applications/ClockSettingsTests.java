package org.crossflag.gateway.disclosures.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ClockSettingsTests {

    @Test
    void theDefaultsAre28DaysWithRemindersOnDays14And21() {
        assertThat(ClockSettings.defaults()).isEqualTo(new ClockSettings(28, List.of(14, 21)));
        assertThat(new ClockSettings(28, null).reminderDays()).containsExactly(14, 21);
    }

    @Test
    void noRemindersIsAllowed() {
        assertThat(new ClockSettings(28, List.of()).reminderDays()).isEmpty();
    }

    @Test
    void theDeadlineIsOneTo365Days() {
        assertThat(new ClockSettings(1, List.of()).deadlineDays()).isEqualTo(1);
        assertThat(new ClockSettings(365, List.of()).deadlineDays()).isEqualTo(365);
        for (int days : new int[] {-28, 0, 366}) {
            assertThatThrownBy(() -> new ClockSettings(days, List.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("deadlineDays must be from 1 to 365, not " + days);
        }
    }

    @Test
    void remindersMustBeStrictlyIncreasing() {
        assertThatThrownBy(() -> new ClockSettings(28, List.of(21, 14)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reminderDays must be strictly increasing: 14 follows 21");
        assertThatThrownBy(() -> new ClockSettings(28, List.of(14, 14)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reminderDays must be strictly increasing: 14 follows 14");
    }

    @Test
    void remindersMustFallBeforeTheDeadline() {
        assertThatThrownBy(() -> new ClockSettings(28, List.of(14, 28)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reminderDays must each be before the deadline (day 28), not 28");
        assertThat(new ClockSettings(28, List.of(27)).reminderDays()).containsExactly(27);
    }

    @Test
    void remindersStartOnDayOneAndHaveNoGaps() {
        assertThatThrownBy(() -> new ClockSettings(28, List.of(0, 14)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reminderDays must be at least 1, not 0");
        assertThatThrownBy(() -> new ClockSettings(28, Arrays.asList(14, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reminderDays must not hold an empty value");
    }

    @Test
    void theReminderListCannotBeChangedAfterwards() {
        ArrayList<Integer> days = new ArrayList<>(List.of(14, 21));
        ClockSettings settings = new ClockSettings(28, days);
        days.add(1);

        assertThat(settings.reminderDays()).containsExactly(14, 21);
    }
}
