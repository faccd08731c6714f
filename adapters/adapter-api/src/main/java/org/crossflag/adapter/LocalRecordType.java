package org.crossflag.adapter;

/** Which kind of record a correction or withdrawal is about. */
public enum LocalRecordType {
    HEARING,
    REFERRAL,
    PERSON_RECORD;

    public String wire() {
        return name();
    }

    /** @throws UnknownCodeException naming the value */
    public static LocalRecordType fromWire(String code) {
        for (LocalRecordType value : values()) {
            if (value.name().equals(code)) {
                return value;
            }
        }
        throw new UnknownCodeException("record type", code);
    }
}
