package org.crossflag.adapter;

/** The consent under which a person's data is shared, as the envelope's {@code consent.state} names it. */
public enum ConsentState {
    /** The person agreed to the sharing. */
    GIVEN,
    /** Not asked: the risk meets the threshold for sharing without consent. */
    NOT_SOUGHT_THRESHOLD_MET,
    /** The person refused and the refusal was overridden; a justification travels with it. */
    REFUSED_OVERRIDDEN;

    public String wire() {
        return name();
    }

    /** @throws UnknownCodeException naming the value */
    public static ConsentState fromWire(String code) {
        for (ConsentState state : values()) {
            if (state.name().equals(code)) {
                return state;
            }
        }
        throw new UnknownCodeException("consent state", code);
    }
}
