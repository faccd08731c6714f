package org.crossflag.adapter.rmssoap;

/**
 * The adapter refuses a SOAP request before the node sees it: its reason code says why (e.g.
 * {@code FIELD_MISSING}, {@code EVENT_NOT_ALLOWED}, {@code XML_DOCTYPE_REFUSED}) and, where one is at fault, the field
 * as a path of element names. The message names fields, never their values.
 */
public class EventRefusedException extends RuntimeException {

    private final String reasonCode;
    private final String field;

    public EventRefusedException(String reasonCode, String field, String message) {
        super(message);
        this.reasonCode = reasonCode;
        this.field = field;
    }

    public String reasonCode() {
        return reasonCode;
    }

    /** The field at fault (e.g. {@code subject/dateOfBirth}), or null when the request as a whole is refused. */
    public String field() {
        return field;
    }
}
