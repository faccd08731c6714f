package org.crossflag.adapter.rest;

import org.springframework.http.HttpStatus;

/**
 * Why a request was refused: the {@code reasonCode} of the answer, with the HTTP status it is sent with. The node's
 * own reason codes (422) pass through as the node gave them; these are the adapter's.
 */
enum Reason {
    /** No authenticated client: the node's local-systems connector let the request through without one. */
    NOT_AUTHENTICATED(HttpStatus.UNAUTHORIZED),
    /** The client is not configured to send this event. The body is not read. */
    EVENT_NOT_ALLOWED(HttpStatus.FORBIDDEN),
    /** The body is not {@code application/json}. */
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    /** The body is larger than {@code crossflag.adapters.rest.max-body-size}. */
    BODY_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE),
    /** The body is empty, {@code null}, or could not be read to its end. */
    MISSING_BODY(HttpStatus.BAD_REQUEST),
    /** The body is not well-formed JSON (a stray comma, a repeated field, text after the object). */
    MALFORMED_JSON(HttpStatus.BAD_REQUEST),
    /** A field holds the wrong kind of JSON value: a number or an object where text is expected, say. */
    WRONG_JSON_TYPE(HttpStatus.BAD_REQUEST),
    /** A field this endpoint does not know, e.g. a misspelt optional field that would otherwise be lost. */
    UNKNOWN_FIELD(HttpStatus.BAD_REQUEST),
    /** A required field is absent, null or blank. */
    MISSING_FIELD(HttpStatus.BAD_REQUEST),
    /** A code that is not one of its vocabulary's (a forum, a record kind, a route...). */
    UNKNOWN_CODE(HttpStatus.BAD_REQUEST),
    /** A date that is not an ISO 8601 calendar date (yyyy-MM-dd), or not a real day. */
    INVALID_DATE(HttpStatus.BAD_REQUEST),
    /** A value longer than its field allows (the adapter API's FieldRules). */
    VALUE_TOO_LONG(HttpStatus.BAD_REQUEST),
    /** A value not of its field's form (the adapter API's FieldRules), e.g. a phone number with words in it. */
    INVALID_FORM(HttpStatus.BAD_REQUEST),
    /** A value holding a control character (a line break in a name, say). */
    INVALID_CHARACTERS(HttpStatus.BAD_REQUEST),
    /** More victims than one hearing or referral records (8). */
    VICTIMS_TOO_MANY(HttpStatus.BAD_REQUEST),
    /** A victim who could not be matched: no family name, alias or PNC id (as the node refuses such a subject). */
    VICTIM_UNIDENTIFIABLE(HttpStatus.UNPROCESSABLE_ENTITY),
    /** The node refused the record with a reason code that is not a well-formed code. */
    REJECTED_BY_NODE(HttpStatus.UNPROCESSABLE_ENTITY),
    /** The node could not store the record just now; nothing was stored, and the same request may be sent again. */
    NODE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE);

    private final HttpStatus status;

    Reason(HttpStatus status) {
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
