package org.crossflag.gateway.federation.outbound;

import java.util.Set;

/**
 * What one delivery attempt came to, and what the outbox does about it. Refusals that cannot change on a
 * retry (the message itself is wrong) go straight to the dead letters; everything else is retried until the
 * message's deadline: the peer being down, a timeout, a 5xx, a missing or invalid receipt, and refusals that
 * depend on the peer's view of the federation (directory, CRL), which the next refresh may change.
 */
public record DeliveryOutcome(Kind kind, String reasonCode) {

    public enum Kind {
        DELIVERED,
        RETRY,
        DEAD
    }

    private static final Set<String> PERMANENT_REFUSALS = Set.of(
            "SCHEMA_INVALID",
            "SIGNATURE_MISSING",
            "SIGNATURE_INVALID",
            "WRONG_RECIPIENT",
            "MESSAGE_EXPIRED",
            "DUPLICATE_MESSAGE",
            "BODY_TOO_LARGE",
            "UNSUPPORTED_MEDIA_TYPE",
            "LENGTH_REQUIRED",
            // Only police create records: a partner agency's message of this type is refused on every attempt.
            "SENDER_MAY_NOT_CREATE_RECORDS");

    public static DeliveryOutcome delivered() {
        return new DeliveryOutcome(Kind.DELIVERED, null);
    }

    public static DeliveryOutcome retry(String reasonCode) {
        return new DeliveryOutcome(Kind.RETRY, reasonCode);
    }

    /** Classifies a peer's refusal by its reason code. */
    public static DeliveryOutcome refused(String reasonCode) {
        return PERMANENT_REFUSALS.contains(reasonCode) ? new DeliveryOutcome(Kind.DEAD, reasonCode) : retry(reasonCode);
    }
}
