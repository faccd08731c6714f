package org.crossflag.gateway.disclosures.applications;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the clock needs to know of one application to say what is due.
 *
 * @param receivedOn    the day the application was received (day 0)
 * @param extensions    every extension granted, in any order
 * @param remindersSent the reminder days already sent
 * @param breachSent    whether the breach notice was already sent
 * @param decided       whether a decision is recorded (then nothing is due)
 */
public record ClockState(
        LocalDate receivedOn,
        List<Extension> extensions,
        Set<Integer> remindersSent,
        boolean breachSent,
        boolean decided) {

    public ClockState {
        Objects.requireNonNull(receivedOn, "receivedOn");
        extensions = extensions == null ? List.of() : List.copyOf(extensions);
        remindersSent = remindersSent == null ? Set.of() : Set.copyOf(remindersSent);
    }
}
