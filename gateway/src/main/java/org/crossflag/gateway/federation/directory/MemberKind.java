package org.crossflag.gateway.federation.directory;

/** Only police members create records; partner agencies take part in panels. */
public enum MemberKind {
    POLICE,
    PARTNER_AGENCY
}
