package org.crossflag.gateway.matching;

import org.crossflag.gateway.node.CodedException;

/** A refusal by the matching core, with its reason code. The message names versions and fields, never a person. */
public class MatchingException extends CodedException {

    private final MatchingReason reason;

    public MatchingException(MatchingReason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    public MatchingReason reason() {
        return reason;
    }

    @Override
    public String reasonCode() {
        return reason.name();
    }

    @Override
    public String getMessage() {
        return reason + ": " + super.getMessage();
    }
}
