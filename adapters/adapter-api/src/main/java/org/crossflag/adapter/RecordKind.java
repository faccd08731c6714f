package org.crossflag.adapter;

/** What kind of record a force holds about a person, beyond its panels' hearings. */
public enum RecordKind {
    /** A conviction by a court. */
    CONVICTION,
    /** A simple or youth caution. */
    CAUTION,
    /** Another out-of-court disposal: a conditional caution, a community resolution, a penalty notice. */
    OUT_OF_COURT_DISPOSAL,
    /** An order in force or past: a restraining, non-molestation or protection order, say. */
    ORDER,
    /** A marker or warning signal on the force's systems (intelligence, not a finding). */
    MARKER;

    /** The code the officers' API and the DVDS messages carry: the constant's name. */
    public String wire() {
        return name();
    }

    /** @throws UnknownCodeException naming the value */
    public static RecordKind fromWire(String code) {
        for (RecordKind kind : values()) {
            if (kind.name().equals(code)) {
                return kind;
            }
        }
        throw new UnknownCodeException("record kind", code);
    }
}
