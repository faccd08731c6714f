package org.crossflag.gateway.disclosures.applications;

import org.crossflag.gateway.node.CodedException;

/** An extension without a proper reason or with days out of range; the API answers 400 on {@link #field()}. */
public class ExtensionRefusedException extends CodedException {

    public static final String REASON_REQUIRED = "EXTENSION_REASON_REQUIRED";
    public static final String DAYS_INVALID = "EXTENSION_DAYS_INVALID";

    private final String reasonCode;
    private final String field;

    ExtensionRefusedException(String reasonCode, String field, String message) {
        super(message, null, false, false);
        this.reasonCode = reasonCode;
        this.field = field;
    }

    @Override
    public String reasonCode() {
        return reasonCode;
    }

    /** The request field at fault: {@code reason} or {@code days}. */
    public String field() {
        return field;
    }
}
