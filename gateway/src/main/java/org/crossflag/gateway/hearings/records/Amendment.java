package org.crossflag.gateway.hearings.records;

import org.crossflag.adapter.UnknownCodeException;

/**
 * What happened to a record at its source, as a RecordAmendment carries it and alerts and hits store it. The wire code
 * is the constant's name, as {@code record-amendment.payload.schema.json} lists it.
 */
public enum Amendment {
    /** The hearing's fields changed: the hit's forum, date or score now read otherwise. */
    CORRECTED,
    /** The record was deleted at its source. */
    WITHDRAWN,
    /** The record's retention period ended and the holding force deleted it. */
    PURGED;

    public String wire() {
        return name();
    }

    /** True when what was derived from the record no longer stands (withdrawn or purged). */
    public boolean ends() {
        return this != CORRECTED;
    }

    /** @throws UnknownCodeException naming the value */
    public static Amendment fromWire(String code) {
        for (Amendment value : values()) {
            if (value.name().equals(code)) {
                return value;
            }
        }
        throw new UnknownCodeException("amendment", code);
    }
}
