package org.crossflag.gateway.disclosures.applications;

import org.crossflag.gateway.node.CodedException;

/**
 * A disclosure addressed to the subject (B). The scheme discloses only to the person at risk or to someone placed to
 * protect them; the API answers 400 on the {@value #FIELD} field.
 */
public class DisclosureToSubjectException extends CodedException {

    public static final String REASON = "DISCLOSURE_TO_SUBJECT_REFUSED";
    public static final String FIELD = "recipient";

    public DisclosureToSubjectException() {
        super("a disclosure is never given to the subject (B)", null, false, false);
    }

    @Override
    public String reasonCode() {
        return REASON;
    }

    /** The request field at fault. */
    public String field() {
        return FIELD;
    }
}
