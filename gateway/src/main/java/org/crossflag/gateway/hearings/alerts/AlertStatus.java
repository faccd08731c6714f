package org.crossflag.gateway.hearings.alerts;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where an alert stands; {@link AlertTransitions} says which may follow which. The names are the values stored in
 * {@code alert.status} and shown by the API and the inbox.
 */
public enum AlertStatus {
    /** A possible match, waiting for a coordinator to say whether it is the same person. */
    REVIEW,
    /** To be acted on. */
    OPEN,
    /** A coordinator recorded what was done. */
    ACKNOWLEDGED,
    /** A coordinator decided the possible match was someone else. */
    NOT_SAME_PERSON,
    /** The record behind it was withdrawn or purged at its source: nothing more may be done with it. */
    WITHDRAWN;

    /** The status with that stored name; empty for anything else, which no alert has. */
    static Optional<AlertStatus> named(String name) {
        return Arrays.stream(values())
                .filter(status -> status.name().equals(name))
                .findFirst();
    }
}
