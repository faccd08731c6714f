package org.crossflag.gateway.audit;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One fact for the audit trail. Every field is an identifier or a code that must match a strict pattern, so
 * free text (a name, an address, a note) cannot reach the trail: a value that does not match is refused with
 * an {@link IllegalArgumentException} whose message names the field but never repeats the value.
 *
 * @param action         required
 * @param messageId      federation message id (lowercase UUID), or null
 * @param correlationId  correlation id (lowercase UUID), or null
 * @param counterpart    the other member's code (e.g. {@code GB-KNT}), or null
 * @param actorOfficerId the requesting officer's id as it travels in the envelope, or null
 * @param actorRole      the officer's role code (e.g. {@code DVDS_OFFICER}), or null
 * @param purpose        purpose code (e.g. {@code MARAC_SAFEGUARDING}), or null
 * @param outcome        required outcome code (e.g. {@code ACCEPTED}, {@code DENIED})
 * @param reasonCode     reason code (e.g. {@code SIGNATURE_INVALID}), or null
 */
public record AuditEvent(
        AuditAction action,
        String messageId,
        String correlationId,
        String counterpart,
        String actorOfficerId,
        String actorRole,
        String purpose,
        String outcome,
        String reasonCode) {

    // The same patterns as envelope.schema.json, so anything that passed the schema can be audited.
    static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    static final Pattern MEMBER_CODE = Pattern.compile("[A-Z]{2}-[A-Z0-9]{2,8}");
    static final Pattern OFFICER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}");
    // Roles, purposes, outcomes and reason codes: upper-case words joined by underscores.
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z_]{0,59}");

    public AuditEvent {
        Objects.requireNonNull(action, "action is required");
        Objects.requireNonNull(outcome, "outcome is required");
        require("messageId", messageId, UUID);
        require("correlationId", correlationId, UUID);
        require("counterpart", counterpart, MEMBER_CODE);
        require("actorOfficerId", actorOfficerId, OFFICER_ID);
        require("actorRole", actorRole, CODE);
        require("purpose", purpose, CODE);
        require("outcome", outcome, CODE);
        require("reasonCode", reasonCode, CODE);
    }

    /** An event with just an action and an outcome; add the rest with the {@code with...} methods. */
    public static AuditEvent of(AuditAction action, String outcome) {
        return new AuditEvent(action, null, null, null, null, null, null, outcome, null);
    }

    public AuditEvent withMessage(String messageId, String correlationId) {
        return new AuditEvent(
                action, messageId, correlationId, counterpart, actorOfficerId, actorRole, purpose, outcome, reasonCode);
    }

    public AuditEvent withCounterpart(String counterpart) {
        return new AuditEvent(
                action, messageId, correlationId, counterpart, actorOfficerId, actorRole, purpose, outcome, reasonCode);
    }

    public AuditEvent withActor(String officerId, String role) {
        return new AuditEvent(
                action, messageId, correlationId, counterpart, officerId, role, purpose, outcome, reasonCode);
    }

    public AuditEvent withPurpose(String purpose) {
        return new AuditEvent(
                action, messageId, correlationId, counterpart, actorOfficerId, actorRole, purpose, outcome, reasonCode);
    }

    public AuditEvent withReason(String reasonCode) {
        return new AuditEvent(
                action, messageId, correlationId, counterpart, actorOfficerId, actorRole, purpose, outcome, reasonCode);
    }

    private static void require(String field, String value, Pattern pattern) {
        // The value is left out of the message on purpose: it may be exactly what must not be logged.
        if (value != null && !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException("audit field " + field + " must match " + pattern.pattern());
        }
    }
}
