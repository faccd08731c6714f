package org.crossflag.gateway.federation.inbox;

import java.time.Instant;

import org.crossflag.gateway.federation.envelope.Envelope;

/** A message this node accepted, as its handler sees it: the verified envelope and when it arrived. */
public record InboundMessage(Envelope envelope, Instant receivedAt) {

    public String messageId() {
        return envelope.messageId();
    }

    public String sender() {
        return envelope.sender();
    }
}
