package org.crossflag.gateway.disclosures.applications;

import org.crossflag.adapter.UnknownCodeException;

/**
 * Where one asked force stands in an application's checks (step 1) and requests (step 2). The names are the values
 * stored and shown by the API. A force that refuses the check itself (step 1) or cannot be reached is
 * NOT_REACHABLE: from the application's side it did not answer. REFUSED is kept for a force that reported a hit
 * and then would not release what it holds.
 */
public enum ForceState {
    /** Step 1 sent; no answer yet. */
    ASKED,
    /** Answered step 1: holds no record of the subject. */
    NO_HIT,
    /** Answered step 1 with a hit; step 2 not sent yet. */
    HIT,
    /** Step 2 sent; no answer yet. */
    REQUESTED,
    /** Answered step 2 and released records. */
    ANSWERED,
    /** Answered step 2 and released nothing: it holds records it will not release. */
    REFUSED,
    /** Refused the check, failed, or was not heard from in time. */
    NOT_REACHABLE;

    public String wire() {
        return name();
    }

    /** Not heard from in a way that speaks for its records: listed whenever a result is given. */
    public boolean notAnswered() {
        return this == ASKED || this == HIT || this == REQUESTED || this == NOT_REACHABLE;
    }

    /** @throws UnknownCodeException naming the value */
    public static ForceState fromWire(String code) {
        for (ForceState value : values()) {
            if (value.name().equals(code)) {
                return value;
            }
        }
        throw new UnknownCodeException("force state", code);
    }
}
