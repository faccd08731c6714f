package org.crossflag.gateway.disclosures.applications;

import org.crossflag.adapter.UnknownCodeException;

/**
 * How the applicant stands to the subject (B); SELF would mean the subject is applying, which {@link ApplicantRisk}
 * flags. The wire code is the constant's name.
 */
public enum RelationshipToSubject {
    PARTNER,
    EX_PARTNER,
    FAMILY,
    FRIEND,
    NONE,
    SELF,
    OTHER;

    public String wire() {
        return name();
    }

    /** @throws UnknownCodeException naming the value */
    public static RelationshipToSubject fromWire(String code) {
        for (RelationshipToSubject value : values()) {
            if (value.name().equals(code)) {
                return value;
            }
        }
        throw new UnknownCodeException("relationship to the subject", code);
    }
}
