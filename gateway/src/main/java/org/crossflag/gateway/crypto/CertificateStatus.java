package org.crossflag.gateway.crypto;

/** The outcome of checking a peer certificate against the federation trust anchor and CRL. */
public enum CertificateStatus {
    VALID,
    /** Not issued by the federation CA (wrong issuer or bad CA signature). */
    UNTRUSTED,
    EXPIRED,
    NOT_YET_VALID,
    REVOKED,
    /** The CRL is past its next-update time, so revocation cannot be ruled out. */
    REVOCATION_UNKNOWN
}
