package org.crossflag.gateway.federation.envelope;

import org.crossflag.adapter.UnknownCodeException;

/**
 * A kind of data a message carries, as the envelope's {@code dataCategories} lists it. The wire code is the
 * constant's name.
 */
public enum DataCategory {
    HEARING_FLAG,
    HEARING_DETAIL,
    RISK_SCORE,
    OFFENCE_HISTORY,
    ORDERS,
    ADDRESS,
    ASSOCIATES,
    CONTACT_DETAILS,
    /** Convictions, spent ones flagged as such (DVDS). */
    CONVICTIONS,
    /** Cautions and out-of-court disposals (DVDS). */
    CAUTIONS_AND_DISPOSALS,
    /** MARAC and other panel history (DVDS). */
    MARAC_AND_PANEL_HISTORY,
    /** Intelligence on behaviour, e.g. markers (DVDS). */
    INTELLIGENCE,
    /** Victims of a matched hearing as encodings under one query's key, with relationships: only for counting. */
    VICTIM_LINKS;

    public String wire() {
        return name();
    }

    /** @throws UnknownCodeException naming the value */
    public static DataCategory fromWire(String code) {
        for (DataCategory value : values()) {
            if (value.name().equals(code)) {
                return value;
            }
        }
        throw new UnknownCodeException("data category", code);
    }
}
