package org.crossflag.gateway.disclosures.applications;

import java.util.List;

/**
 * The disclosure clock's settings: days from receipt to the deadline, and the days after receipt on which the
 * officer is reminded. The statutory guidance (Domestic Abuse Act 2021 s.77, 2023) sets 28 calendar days for both
 * routes; a force may not stretch it here, only extend one application with a recorded reason.
 *
 * @param deadlineDays calendar days from receipt to the deadline, 1 to {@value #MAX_DEADLINE_DAYS}
 * @param reminderDays days after receipt on which to remind, strictly increasing, each from 1 to before the
 *                     deadline; null means the defaults, empty means none
 * @throws IllegalArgumentException naming what is wrong; the settings layer reports it with the setting's key
 */
public record ClockSettings(int deadlineDays, List<Integer> reminderDays) {

    public static final int DEFAULT_DEADLINE_DAYS = 28;
    public static final List<Integer> DEFAULT_REMINDER_DAYS = List.of(14, 21);
    public static final int MAX_DEADLINE_DAYS = 365;

    public ClockSettings {
        if (deadlineDays < 1 || deadlineDays > MAX_DEADLINE_DAYS) {
            throw new IllegalArgumentException(
                    "deadlineDays must be from 1 to " + MAX_DEADLINE_DAYS + ", not " + deadlineDays);
        }
        if (reminderDays == null) {
            reminderDays = DEFAULT_REMINDER_DAYS;
        }
        int previous = 0;
        for (Integer day : reminderDays) {
            if (day == null) {
                throw new IllegalArgumentException("reminderDays must not hold an empty value");
            }
            if (day < 1) {
                throw new IllegalArgumentException("reminderDays must be at least 1, not " + day);
            }
            if (day <= previous) {
                throw new IllegalArgumentException(
                        "reminderDays must be strictly increasing: " + day + " follows " + previous);
            }
            if (day >= deadlineDays) {
                throw new IllegalArgumentException(
                        "reminderDays must each be before the deadline (day " + deadlineDays + "), not " + day);
            }
            previous = day;
        }
        reminderDays = List.copyOf(reminderDays);
    }

    /** 28 days, reminders on days 14 and 21. */
    public static ClockSettings defaults() {
        return new ClockSettings(DEFAULT_DEADLINE_DAYS, DEFAULT_REMINDER_DAYS);
    }
}
