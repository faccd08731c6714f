package org.crossflag.gateway.federation.envelope;

import org.crossflag.adapter.UnknownCodeException;

/**
 * The statutory or common-law basis the requester relies on, as the envelope's {@code legalBasis} names it. The wire
 * code is the constant's name.
 */
public enum LegalBasis {
    DPA2018_PART3_LAW_ENFORCEMENT,
    COMMON_LAW_POLICING_PURPOSE,
    CRIME_AND_DISORDER_ACT_1998_S115,
    DOMESTIC_ABUSE_ACT_2021_DAPO,
    STALKING_PROTECTION_ACT_2019_SPO;

    public String wire() {
        return name();
    }

    /** @throws UnknownCodeException naming the value */
    public static LegalBasis fromWire(String code) {
        for (LegalBasis value : values()) {
            if (value.name().equals(code)) {
                return value;
            }
        }
        throw new UnknownCodeException("legal basis", code);
    }
}
