package org.crossflag.gateway.node;

/**
 * An officer's request this node will not carry out, with a reason code, the kind of refusal (which the API turns
 * into its status) and, when one field is at fault, that field's path, e.g. {@code subject.dateOfBirth} or
 * {@code release[1].spent}. The message names the field and what it must be, never the value sent.
 */
public final class RefusedRequestException extends CodedException {

    /** What kind of refusal: the API answers 400, 404, 409 or 403. */
    public enum Kind {
        INVALID,
        NOT_FOUND,
        CONFLICT,
        NOT_ALLOWED
    }

    private final Kind kind;
    private final String reasonCode;
    private final String field;

    private RefusedRequestException(Kind kind, String reasonCode, String field, String message) {
        super(field == null ? message : field + ": " + message, null, false, false);
        this.kind = kind;
        this.reasonCode = reasonCode;
        this.field = field;
    }

    /** A field at fault: what it must be. */
    public static RefusedRequestException invalid(String field, String reasonCode, String message) {
        return new RefusedRequestException(Kind.INVALID, reasonCode, field, message);
    }

    public static RefusedRequestException notFound(String reasonCode, String message) {
        return new RefusedRequestException(Kind.NOT_FOUND, reasonCode, null, message);
    }

    public static RefusedRequestException conflict(String reasonCode, String message) {
        return new RefusedRequestException(Kind.CONFLICT, reasonCode, null, message);
    }

    public static RefusedRequestException notAllowed(String reasonCode, String message) {
        return new RefusedRequestException(Kind.NOT_ALLOWED, reasonCode, null, message);
    }

    public Kind kind() {
        return kind;
    }

    /** The path of the field at fault, or null. */
    public String field() {
        return field;
    }

    @Override
    public String reasonCode() {
        return reasonCode;
    }
}
