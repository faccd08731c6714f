package org.crossflag.gateway.federation.receipt;

/** A receipt that does not prove delivery; the message stays in the outbox and is sent again. */
public class InvalidReceiptException extends RuntimeException {

    private final String reasonCode;

    public InvalidReceiptException(String reasonCode) {
        super(reasonCode, null, false, false);
        this.reasonCode = reasonCode;
    }

    public String reasonCode() {
        return reasonCode;
    }
}
