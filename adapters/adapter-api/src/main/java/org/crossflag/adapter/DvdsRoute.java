package org.crossflag.adapter;

/** The two routes of the Domestic Violence Disclosure Scheme, as a local system names them. */
public enum DvdsRoute {
    /** An application by the person at risk or a third party. */
    RIGHT_TO_ASK,
    /** Started by the police from information they hold. */
    RIGHT_TO_KNOW;

    public String wire() {
        return name();
    }

    /** @throws UnknownCodeException naming the value */
    public static DvdsRoute fromWire(String code) {
        for (DvdsRoute value : values()) {
            if (value.name().equals(code)) {
                return value;
            }
        }
        throw new UnknownCodeException("DVDS route", code);
    }
}
