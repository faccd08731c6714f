package org.crossflag.gateway.federation.inbox;

import java.util.function.Consumer;

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

    /** A handler made of its type and what it does, for a capability that handles several types in one class. */
    static InboundMessageHandler of(MessageType type, Consumer<InboundMessage> action) {
        return new InboundMessageHandler() {
            @Override
            public MessageType messageType() {
                return type;
            }

            @Override
            public void handle(InboundMessage message) {
                action.accept(message);
            }
        };
    }
}
