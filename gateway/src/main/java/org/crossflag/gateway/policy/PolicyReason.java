package org.crossflag.gateway.policy;

/**
 * Why the data-sharing policy refused an exchange. The wire code is the constant's name; it is audited, and a
 * refusal sent back to a peer carries it after {@code POLICY_}.
 */
public enum PolicyReason {
    /** The envelope names no legal basis; checked before anything else. */
    LEGAL_BASIS_MISSING,
    /** The envelope names no consent state; checked before anything else. */
    CONSENT_STATE_MISSING,
    /** No agreement covers the member, the message type and the direction. */
    NO_AGREEMENT,
    AGREEMENT_EXPIRED,
    PURPOSE_NOT_AGREED,
    LEGAL_BASIS_NOT_AGREED,
    ROLE_NOT_AGREED,
    CONSENT_STATE_NOT_AGREED,
    /** Consent was refused and overridden, and the agreement wants a justification that is not there. */
    CONSENT_OVERRIDE_UNJUSTIFIED,
    DATA_CATEGORY_NOT_AGREED,
    /** The requester has reached the agreement's rate limit with this member. */
    RATE_LIMITED;

    public String wire() {
        return name();
    }
}
