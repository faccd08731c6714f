package org.crossflag.gateway.hearings.alerts;

/** Which side of a cross-area match an alert is on. The names are the values stored in {@code alert.kind}. */
public enum AlertKind {
    /** At the referring force: a referral here matched a hearing held by another force. */
    PRIOR_HEARING_ELSEWHERE,
    /** At the holding force: a person its panel heard was referred in another area. */
    REFERRED_ELSEWHERE,
    /**
     * A person under a DAPO or SPO notified a change of circumstance (new address, name or partner, travel) that
     * concerns this force: it covers the new address or holds the order. Always reviewed by an officer first.
     */
    CIRCUMSTANCE_CHANGE;

    /** Whether confirming a reviewed alert tells the force that heard the person (prior-hearing alerts only). */
    boolean reviewTellsHolder() {
        return this == PRIOR_HEARING_ELSEWHERE;
    }
}
