package org.crossflag.gateway.federation.inbox;

import org.crossflag.gateway.federation.envelope.MessageType;

/**
 * A capability's handling of one message type, after the message was verified and stored. It runs inside the
 * processing transaction: what it stores, queues and audits commits together with marking the message
 * processed. To answer the sender with a signed Refusal, throw {@link RefusedMessageException}; any other
 * exception rolls back and the message is tried again later.
 */
public interface InboundMessageHandler {

    MessageType messageType();

    void handle(InboundMessage message);
}
