package org.crossflag.gateway.federation.envelope;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The federation envelope, as defined by {@code envelope.schema.json} in the schemas module.
 * Purpose, legal basis, requester and consent travel with every message.
 */
public record Envelope(
        String messageId,
        String correlationId,
        long correlationSequence,
        String type,
        String sender,
        String recipient,
        Instant created,
        Instant expires,
        String purpose,
        String legalBasis,
        Requester requester,
        Consent consent,
        List<String> dataCategories,
        ObjectNode payload) {

    public record Requester(String officerId, String role) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Consent(String state, String justification) {

        public static Consent given() {
            return new Consent("GIVEN", null);
        }
    }
}
