package org.crossflag.gateway.matching;

/** A refusal by the matching core, with its reason code. The message names versions and fields, never a person. */
public class MatchingException extends RuntimeException {

    private final MatchingReason reason;

    public MatchingException(MatchingReason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    public MatchingReason reason() {
        return reason;
    }

    @Override
    public String getMessage() {
        return reason + ": " + super.getMessage();
    }
}
