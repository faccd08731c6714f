package org.crossflag.gateway.federation.envelope;

import java.time.Instant;
import java.util.List;

import org.crossflag.adapter.ConsentState;
import org.crossflag.adapter.RequesterRole;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The federation envelope, as defined by {@code envelope.schema.json} in the schemas module.
 * Purpose, legal basis, requester and consent travel with every message. Codes are typed; {@link EnvelopeCodec}
 * writes and reads them as their wire codes.
 */
public record Envelope(
        String messageId,
        String correlationId,
        long correlationSequence,
        MessageType type,
        String sender,
        String recipient,
        Instant created,
        Instant expires,
        Purpose purpose,
        LegalBasis legalBasis,
        Requester requester,
        Consent consent,
        List<DataCategory> dataCategories,
        ObjectNode payload) {

    public record Requester(String officerId, RequesterRole role) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Consent(ConsentState state, String justification) {

        public static Consent given() {
            return new Consent(ConsentState.GIVEN, null);
        }
    }
}
