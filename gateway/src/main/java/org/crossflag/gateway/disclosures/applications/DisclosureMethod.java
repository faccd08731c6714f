package org.crossflag.gateway.disclosures.applications;

import org.crossflag.adapter.UnknownCodeException;

/**
 * How a disclosure is given. Only in person: this node never sends a disclosure to anyone. The wire code is the
 * constant's name.
 */
public enum DisclosureMethod {
    /** By an officer, face to face. */
    IN_PERSON;

    public String wire() {
        return name();
    }

    /** @throws UnknownCodeException naming the value */
    public static DisclosureMethod fromWire(String code) {
        for (DisclosureMethod value : values()) {
            if (value.name().equals(code)) {
                return value;
            }
        }
        throw new UnknownCodeException("disclosure method", code);
    }
}
