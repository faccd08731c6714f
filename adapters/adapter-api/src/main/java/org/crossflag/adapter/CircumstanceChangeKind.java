package org.crossflag.adapter;

/**
 * What a person under a Domestic Abuse Protection Order or a Stalking Protection Order notified (Domestic Abuse Act
 * 2021 s.41; Stalking Protection Act 2019 s.9): names and home address, and any change, within 3 days.
 */
public enum CircumstanceChangeKind {
    NEW_ADDRESS,
    NEW_NAME,
    NEW_PARTNER,
    /** Planned travel, where the force records it. */
    PLANNED_TRAVEL;

    public String wire() {
        return name();
    }

    /** @throws UnknownCodeException naming the value */
    public static CircumstanceChangeKind fromWire(String code) {
        for (CircumstanceChangeKind value : values()) {
            if (value.name().equals(code)) {
                return value;
            }
        }
        throw new UnknownCodeException("circumstance change kind", code);
    }
}
