package org.crossflag.gateway.disclosures.applications;

/**
 * One notice the clock says is due.
 *
 * @param kind a reminder or the breach
 * @param day  for a reminder, its day after receipt (as in {@link ClockSettings#reminderDays()}); 0 for the breach,
 *             whose day depends on the extensions and is read from {@link DisclosureClock#deadline}
 */
public record ClockEvent(ClockEventKind kind, int day) {

    public static ClockEvent reminder(int day) {
        return new ClockEvent(ClockEventKind.REMINDER, day);
    }

    public static ClockEvent breach() {
        return new ClockEvent(ClockEventKind.BREACH, 0);
    }
}
