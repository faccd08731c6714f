package org.crossflag.gateway.federation.inbox;

import java.util.List;

import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.envelope.OutgoingMessage;
import org.crossflag.gateway.federation.envelope.ServiceRequester;
import org.crossflag.gateway.federation.outbox.Outbox;
import org.crossflag.gateway.node.NodeIdentity;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Answers a message this node will not act on with a signed Refusal: same correlation, same purpose and legal
 * basis, the reason code and a detail that names no personal data. Queued in the caller's transaction.
 */
public final class RefusalSender {

    private final Outbox outbox;
    private final Envelope.Requester service;

    public RefusalSender(Outbox outbox, NodeIdentity node) {
        this.outbox = outbox;
        this.service = ServiceRequester.of(node);
    }

    public void refuse(Envelope refused, String reasonCode, String detail) {
        if (refused.type() == MessageType.REFUSAL) {
            return; // never answer a refusal with a refusal
        }
        ObjectNode payload = JsonNodeFactory.instance
                .objectNode()
                .put("refusedMessageId", refused.messageId())
                .put("refusedType", refused.type().wire())
                .put("reasonCode", reasonCode)
                .put("detail", detail == null ? reasonCode : detail.length() > 500 ? detail.substring(0, 500) : detail);
        outbox.queue(new OutgoingMessage(
                MessageType.REFUSAL,
                refused.sender(),
                refused.correlationId(),
                refused.purpose(),
                refused.legalBasis(),
                service,
                refused.consent(),
                List.of(),
                payload));
    }
}
