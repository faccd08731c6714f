package org.crossflag.gateway.federation.receipt;

import org.crossflag.gateway.node.CodedException;

/** A receipt that does not prove delivery; the message stays in the outbox and is sent again. */
public class InvalidReceiptException extends CodedException {

    private final String reasonCode;

    public InvalidReceiptException(String reasonCode) {
        super(reasonCode, null, false, false);
        this.reasonCode = reasonCode;
    }

    @Override
    public String reasonCode() {
        return reasonCode;
    }
}
