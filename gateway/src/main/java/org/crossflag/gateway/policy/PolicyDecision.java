package org.crossflag.gateway.policy;

/**
 * The answer to a sharing request.
 *
 * @param reason      null when allowed; otherwise why
 * @param agreementId the agreement that allowed it, or the closest one that refused it; null when none covers it
 */
public record PolicyDecision(boolean allowed, PolicyReason reason, String agreementId) {

    public static final String NO_AGREEMENT = PolicyReason.NO_AGREEMENT.wire();

    static PolicyDecision allow(String agreementId) {
        return new PolicyDecision(true, null, agreementId);
    }

    static PolicyDecision deny(PolicyReason reason, String agreementId) {
        return new PolicyDecision(false, reason, agreementId);
    }

    /** The reason's wire code (e.g. NO_AGREEMENT, PURPOSE_NOT_AGREED); null when allowed. */
    public String reasonCode() {
        return reason == null ? null : reason.wire();
    }
}
