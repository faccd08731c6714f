package org.crossflag.gateway.federation.envelope;

import org.crossflag.adapter.UnknownCodeException;

/**
 * Why data is asked for or sent, as the envelope's {@code purpose} names it. The wire code is the constant's name.
 */
public enum Purpose {
    MARAC_SAFEGUARDING,
    DVDS_RIGHT_TO_ASK,
    DVDS_RIGHT_TO_KNOW,
    PANEL_TASKING,
    CIRCUMSTANCE_CHANGE;

    public String wire() {
        return name();
    }

    /** @throws UnknownCodeException naming the value */
    public static Purpose fromWire(String code) {
        for (Purpose value : values()) {
            if (value.name().equals(code)) {
                return value;
            }
        }
        throw new UnknownCodeException("purpose", code);
    }
}
