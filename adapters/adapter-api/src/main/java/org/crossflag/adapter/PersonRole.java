package org.crossflag.adapter;

/**
 * The part a person plays in a hearing or referral as the record states it. A node keeps the roles apart: lookups
 * match the people recorded as perpetrators, and a person recorded as a victim is found only to hold an alert for
 * review (a victim misidentified as a perpetrator, or a counter-allegation).
 */
public enum PersonRole {
    /** The perpetrator or alleged perpetrator. */
    PERPETRATOR,
    /** The person harmed. */
    VICTIM,
    /** Both: the record says "mutual", or a counter-allegation was made. */
    BOTH;

    /** Whether the record says this person was harmed: as a victim, or as both. */
    public boolean recordedAsVictim() {
        return this != PERPETRATOR;
    }

    public String wire() {
        return name();
    }

    /** @throws UnknownCodeException naming the value */
    public static PersonRole fromWire(String code) {
        for (PersonRole role : values()) {
            if (role.name().equals(code)) {
                return role;
            }
        }
        throw new UnknownCodeException("role", code);
    }
}
