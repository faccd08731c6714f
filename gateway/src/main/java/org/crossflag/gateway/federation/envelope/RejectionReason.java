package org.crossflag.gateway.federation.envelope;

/**
 * Why a receiving node refused a message. Each reason has its own code and an HTTP status; the code is
 * what travels back to the sender, appears in metrics and logs, and never carries personal data.
 */
public enum RejectionReason {
    DIRECTORY_EXPIRED(503),
    LENGTH_REQUIRED(411),
    BODY_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    CLIENT_CERTIFICATE_MISSING(401),
    SIGNATURE_MISSING(401),
    SIGNATURE_INVALID(401),
    CERTIFICATE_UNTRUSTED(403),
    CERTIFICATE_EXPIRED(403),
    CERTIFICATE_NOT_YET_VALID(403),
    CERTIFICATE_REVOKED(403),
    /** This node's CRL is past its next update: it cannot tell whether a certificate was revoked. */
    CERTIFICATE_REVOCATION_UNKNOWN(503),
    SCHEMA_INVALID(400),
    SENDER_UNKNOWN(403),
    SENDER_CERTIFICATE_MISMATCH(403),
    MESSAGE_TYPE_NOT_ALLOWED(403),
    /** A partner-agency member sent a message that would create or change a record here: only police do. */
    SENDER_MAY_NOT_CREATE_RECORDS(403),
    WRONG_RECIPIENT(421),
    MESSAGE_EXPIRED(400),
    MESSAGE_FROM_FUTURE(400),
    DUPLICATE_MESSAGE(409);

    private final int httpStatus;

    RejectionReason(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
