package org.crossflag.adapter;

/**
 * A victim's relationship to the person heard or referred. The NPCC's serial definition counts partners and family
 * members; {@link #OTHER} (a stranger or acquaintance, as in much stalking) is recorded but not counted as serial.
 */
public enum VictimRelationship {
    /** A current intimate partner, of either sex, whether or not they live together. */
    INTIMATE_PARTNER,
    /** A former intimate partner. */
    EX_PARTNER,
    /** A parent harmed by their child (child-to-parent abuse). */
    CHILD_TO_PARENT,
    /** A brother or sister. */
    SIBLING,
    /** Another family member (the Domestic Abuse Act 2021 s.2 "relatives"). */
    OTHER_FAMILY,
    /** Anyone else: an acquaintance or a stranger. */
    OTHER;

    /** Whether the NPCC's serial definition counts this victim: a partner, former partner or family member. */
    public boolean partnerOrFamily() {
        return this != OTHER;
    }

    public String wire() {
        return name();
    }

    /** @throws UnknownCodeException naming the value */
    public static VictimRelationship fromWire(String code) {
        for (VictimRelationship relationship : values()) {
            if (relationship.name().equals(code)) {
                return relationship;
            }
        }
        throw new UnknownCodeException("relationship", code);
    }
}
