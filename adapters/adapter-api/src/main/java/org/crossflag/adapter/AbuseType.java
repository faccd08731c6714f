package org.crossflag.adapter;

/** The kind of abuse a hearing or referral concerns. */
public enum AbuseType {
    /** Domestic abuse under the Domestic Abuse Act 2021 s.1: both people aged 16 or over and personally connected. */
    DOMESTIC_ABUSE,
    /** Controlling or coercive behaviour (Serious Crime Act 2015 s.76). */
    COERCIVE_CONTROL,
    /** Stalking or harassment: no age limit and no personal connection needed. */
    STALKING,
    /** So-called honour-based abuse. */
    HONOUR_BASED,
    OTHER;

    public String wire() {
        return name();
    }

    /** @throws UnknownCodeException naming the value */
    public static AbuseType fromWire(String code) {
        for (AbuseType type : values()) {
            if (type.name().equals(code)) {
                return type;
            }
        }
        throw new UnknownCodeException("abuse type", code);
    }
}
