package org.crossflag.adapter;

/**
 * The node could not use a record: its reason code says why (e.g. {@code SUBJECT_UNIDENTIFIABLE},
 * {@code DATE_OF_BIRTH_INVALID}). The message names fields, never their values.
 */
public class RejectedRecordException extends RuntimeException {

    private final String reasonCode;

    public RejectedRecordException(String reasonCode, String message) {
        super(message);
        this.reasonCode = reasonCode;
    }

    public String reasonCode() {
        return reasonCode;
    }
}
