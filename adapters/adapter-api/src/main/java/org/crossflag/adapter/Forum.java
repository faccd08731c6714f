package org.crossflag.adapter;

/** The multi-agency panels whose hearings Crossflag flags across force borders. */
public enum Forum {
    /** Multi-Agency Risk Assessment Conference (victim safety). */
    MARAC,
    /** Domestic Abuse Perpetrator Panel. */
    DAPP,
    /** Multi-Agency Tasking and Coordination. */
    MATAC,
    /** Multi-Agency Stalking Intervention Programme. */
    MASIP,
    /** The Drive perpetrator programme's case panel. */
    DRIVE,
    /** Multi-Agency Public Protection Arrangements. */
    MAPPA;

    /** The code a hit and a cross-area alert carry: the constant's name. */
    public String wire() {
        return name();
    }

    /** @throws UnknownCodeException naming the value */
    public static Forum fromWire(String code) {
        for (Forum forum : values()) {
            if (forum.name().equals(code)) {
                return forum;
            }
        }
        throw new UnknownCodeException("forum", code);
    }
}
