package org.crossflag.gateway.federation.envelope;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What a capability asks the federation layer to send; ids, times, sender and signature are added on sending. */
public record OutgoingMessage(
        String type,
        String recipient,
        String correlationId,
        String purpose,
        String legalBasis,
        Envelope.Requester requester,
        Envelope.Consent consent,
        List<String> dataCategories,
        ObjectNode payload) {
}
