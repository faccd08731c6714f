package org.crossflag.adapter;

/** The orders whose notification requirements a circumstance change satisfies. */
public enum ProtectionOrderType {
    /** Domestic Abuse Protection Order (Domestic Abuse Act 2021). */
    DAPO,
    /** Stalking Protection Order (Stalking Protection Act 2019). */
    SPO;

    public String wire() {
        return name();
    }

    /** @throws UnknownCodeException naming the value */
    public static ProtectionOrderType fromWire(String code) {
        for (ProtectionOrderType value : values()) {
            if (value.name().equals(code)) {
                return value;
            }
        }
        throw new UnknownCodeException("protection order type", code);
    }
}
