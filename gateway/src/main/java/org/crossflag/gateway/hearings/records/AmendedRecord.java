package org.crossflag.gateway.hearings.records;

import org.crossflag.adapter.UnknownCodeException;

/**
 * Which record a RecordAmendment is about: a hearing held by the sender (behind hits it issued), or a referral at the
 * sender (behind CrossAreaAlerts it sent). The wire code is the constant's name.
 */
public enum AmendedRecord {
    HEARING,
    REFERRAL;

    public String wire() {
        return name();
    }

    /** @throws UnknownCodeException naming the value */
    public static AmendedRecord fromWire(String code) {
        for (AmendedRecord value : values()) {
            if (value.name().equals(code)) {
                return value;
            }
        }
        throw new UnknownCodeException("amended record", code);
    }
}
