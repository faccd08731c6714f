package org.crossflag.gateway.hearings.alerts;

/** Which side of a cross-area match an alert is on. The names are the values stored in {@code alert.kind}. */
public enum AlertKind {
    /** At the referring force: a referral here matched a hearing held by another force. */
    PRIOR_HEARING_ELSEWHERE,
    /** At the holding force: a person its panel heard was referred in another area. */
    REFERRED_ELSEWHERE
}
