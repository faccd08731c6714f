package org.crossflag.gateway.policy;

/**
 * The answer to a sharing request.
 *
 * @param reasonCode  null when allowed; otherwise why (e.g. NO_AGREEMENT, PURPOSE_NOT_AGREED)
 * @param agreementId the agreement that allowed it, or the closest one that refused it; null when none covers it
 */
public record PolicyDecision(boolean allowed, String reasonCode, String agreementId) {

    public static final String NO_AGREEMENT = "NO_AGREEMENT";

    static PolicyDecision allow(String agreementId) {
        return new PolicyDecision(true, null, agreementId);
    }

    static PolicyDecision deny(String reasonCode, String agreementId) {
        return new PolicyDecision(false, reasonCode, agreementId);
    }
}
