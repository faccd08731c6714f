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
    MAPPA
}
