package org.crossflag.gateway.federation.inbox;

import org.crossflag.gateway.node.CodedException;

/**
 * Thrown by a handler that will not act on a message: the sender gets a signed Refusal carrying the reason code
 * and detail. The detail names fields and codes, never values from the message.
 */
public class RefusedMessageException extends CodedException {

    private final String reasonCode;

    public RefusedMessageException(String reasonCode, String detail) {
        super(detail);
        this.reasonCode = reasonCode;
    }

    @Override
    public String reasonCode() {
        return reasonCode;
    }
}
