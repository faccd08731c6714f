package org.crossflag.gateway.hearings.records;

import org.crossflag.adapter.ConsentState;
import org.crossflag.adapter.RejectedRecordException;

/**
 * Whether a referral may go ahead on the victim-consent state the officer recorded. Overriding a victim's refusal
 * needs a written justification of at least {@value #MIN_JUSTIFICATION_LENGTH} characters, white space at either end
 * not counted; every other state goes ahead as recorded.
 *
 * @param reasonCode null when allowed; otherwise why the referral is refused
 * @param detail     null when allowed; otherwise what is missing, naming no personal data
 */
public record ConsentDecision(boolean allowed, String reasonCode, String detail) {

    public static final String JUSTIFICATION_MISSING = "CONSENT_JUSTIFICATION_MISSING";
    public static final int MIN_JUSTIFICATION_LENGTH = 10;

    private static final ConsentDecision ALLOWED = new ConsentDecision(true, null, null);

    public static ConsentDecision of(ConsentState consentState, String justification) {
        if (consentState == ConsentState.REFUSED_OVERRIDDEN
                && (justification == null || justification.strip().length() < MIN_JUSTIFICATION_LENGTH)) {
            return new ConsentDecision(
                    false,
                    JUSTIFICATION_MISSING,
                    "consent " + ConsentState.REFUSED_OVERRIDDEN.wire() + " needs a justification of at least "
                            + MIN_JUSTIFICATION_LENGTH + " characters");
        }
        return ALLOWED;
    }

    /** @throws RejectedRecordException with the reason code when the referral may not go ahead */
    public void requireAllowed() {
        if (!allowed) {
            throw new RejectedRecordException(reasonCode, detail);
        }
    }
}
