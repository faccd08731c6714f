package org.crossflag.adapter;

/**
 * The node could not use a record: its reason code says why (e.g. {@code SUBJECT_UNIDENTIFIABLE},
 * {@code DATE_OF_BIRTH_INVALID}) and, when one field is at fault, its path (e.g. {@code subject.dateOfBirth}). The
 * message names fields, never their values.
 */
public class RejectedRecordException extends RuntimeException {

    private final String reasonCode;
    private final String field;

    public RejectedRecordException(String reasonCode, String message) {
        this(reasonCode, null, message);
    }

    public RejectedRecordException(String reasonCode, String field, String message) {
        super(message);
        this.reasonCode = reasonCode;
        this.field = field;
    }

    public String reasonCode() {
        return reasonCode;
    }

    /** The path of the field at fault, or null when the record as a whole cannot be used. */
    public String field() {
        return field;
    }
}
