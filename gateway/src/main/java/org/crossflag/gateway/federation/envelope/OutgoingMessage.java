package org.crossflag.gateway.federation.envelope;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What a capability asks the federation layer to send; ids, times, sender and signature are added on sending. */
public record OutgoingMessage(
        MessageType type,
        String recipient,
        String correlationId,
        Purpose purpose,
        LegalBasis legalBasis,
        Envelope.Requester requester,
        Envelope.Consent consent,
        List<DataCategory> dataCategories,
        ObjectNode payload) {

    /** The same message with another payload, e.g. one part of an answer too large for one message. */
    public OutgoingMessage withPayload(ObjectNode otherPayload) {
        return new OutgoingMessage(
                type, recipient, correlationId, purpose, legalBasis, requester, consent, dataCategories, otherPayload);
    }
}
