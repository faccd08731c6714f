package org.crossflag.gateway.push;

/** What a delivery to the force's own systems is about; stored with each push row. */
public enum PushKind {
    /** A new alert for a coordinator. */
    ALERT,
    /** Another force's disclosure request, for this force's DVDS officers. */
    DISCLOSURE_REQUEST
}
