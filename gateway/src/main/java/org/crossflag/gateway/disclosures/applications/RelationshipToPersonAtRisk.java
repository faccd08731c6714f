package org.crossflag.gateway.disclosures.applications;

import org.crossflag.adapter.UnknownCodeException;

/** How the applicant stands to the person at risk (A); SELF when A applies. The wire code is the constant's name. */
public enum RelationshipToPersonAtRisk {
    SELF,
    PARENT,
    SIBLING,
    CHILD,
    OTHER_FAMILY,
    FRIEND,
    PROFESSIONAL,
    OTHER;

    public String wire() {
        return name();
    }

    /** @throws UnknownCodeException naming the value */
    public static RelationshipToPersonAtRisk fromWire(String code) {
        for (RelationshipToPersonAtRisk value : values()) {
            if (value.name().equals(code)) {
                return value;
            }
        }
        throw new UnknownCodeException("relationship to the person at risk", code);
    }
}
