package org.crossflag.gateway.disclosures.applications;

import org.crossflag.adapter.UnknownCodeException;

/**
 * Who made the application: the person at risk (A) themself, or a third party (C) concerned for them. The wire code is
 * the constant's name.
 */
public enum ApplicantKind {
    /** The person at risk (A) applies for themself. */
    PERSON_AT_RISK,
    /** Someone else (C) applies out of concern for A. */
    THIRD_PARTY;

    public String wire() {
        return name();
    }

    /** @throws UnknownCodeException naming the value */
    public static ApplicantKind fromWire(String code) {
        for (ApplicantKind value : values()) {
            if (value.name().equals(code)) {
                return value;
            }
        }
        throw new UnknownCodeException("kind of applicant", code);
    }
}
