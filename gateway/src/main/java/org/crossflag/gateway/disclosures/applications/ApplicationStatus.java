package org.crossflag.gateway.disclosures.applications;

import org.crossflag.adapter.UnknownCodeException;

/**
 * Where an application stands; {@link ApplicationTransitions} says which may follow which. The names are the values
 * stored and shown by the API.
 */
public enum ApplicationStatus {
    /** Made from an alert, not yet completed by an officer; the clock has not started. */
    DRAFT,
    /** Recorded; the checks have not gone out. */
    RECEIVED,
    /** Step 1: the forces are asked whether they hold anything on the subject. */
    CHECKS,
    /** Step 2: forces that reported a hit are asked to release what they hold. */
    AWAITING_ANSWERS,
    /** Every force has answered or can no longer be waited for: a decision is due. */
    DECISION_DUE,
    /** Disclose or not has been decided and recorded. */
    DECIDED,
    /** Nothing more happens: after a decision, or withdrawn. */
    CLOSED;

    public String wire() {
        return name();
    }

    /** @throws UnknownCodeException naming the value */
    public static ApplicationStatus fromWire(String code) {
        for (ApplicationStatus value : values()) {
            if (value.name().equals(code)) {
                return value;
            }
        }
        throw new UnknownCodeException("status of an application", code);
    }
}
