package org.crossflag.gateway.disclosures.applications;

import org.crossflag.adapter.UnknownCodeException;
import org.crossflag.gateway.federation.envelope.Purpose;

/**
 * The two routes of the Domestic Violence Disclosure Scheme. Right to Ask starts with an application by the person
 * at risk or a third party; Right to Know starts with the police, from information they hold. Both run on the same
 * clock. The wire code is the constant's name, as {@code disclosure-request.payload.schema.json} lists it.
 */
public enum DisclosureRoute {
    RIGHT_TO_ASK(Purpose.DVDS_RIGHT_TO_ASK),
    RIGHT_TO_KNOW(Purpose.DVDS_RIGHT_TO_KNOW);

    private final Purpose purpose;

    DisclosureRoute(Purpose purpose) {
        this.purpose = purpose;
    }

    public String wire() {
        return name();
    }

    /** The envelope's purpose for every message sent on this route. */
    public Purpose purpose() {
        return purpose;
    }

    /** @throws UnknownCodeException naming the value */
    public static DisclosureRoute fromWire(String code) {
        for (DisclosureRoute value : values()) {
            if (value.name().equals(code)) {
                return value;
            }
        }
        throw new UnknownCodeException("disclosure route", code);
    }
}
