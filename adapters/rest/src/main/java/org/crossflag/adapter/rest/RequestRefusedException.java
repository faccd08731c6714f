package org.crossflag.adapter.rest;

/**
 * A request the adapter refuses before anything reaches the node. The message names the field, never its value; the
 * field is the JSON path at fault (e.g. {@code subject.givenNames[1]}), or null when no one field is.
 */
final class RequestRefusedException extends RuntimeException {

    private final Reason reason;
    private final String field;

    RequestRefusedException(Reason reason, String field, String message) {
        super(message);
        this.reason = reason;
        this.field = field;
    }

    Reason reason() {
        return reason;
    }

    /** The JSON path at fault, or null. */
    String field() {
        return field;
    }
}
