package org.crossflag.gateway.federation.inbox;

import java.util.Set;

import org.crossflag.gateway.federation.envelope.MessageType;

/**
 * A capability's handling of peers' signed refusals of the messages it sent. {@link RefusalDispatcher} audits every
 * refusal and hands it to the listener of the refused message's type, in the processing transaction.
 */
public interface RefusalListener {

    /** The types of this capability's messages whose refusals it takes. */
    Set<MessageType> refusedTypes();

    /**
     * @param refusal          the Refusal message (its correlation id is that of the refused message)
     * @param refusedMessageId the id of the message the peer refused
     * @param reasonCode       the peer's reason code, checked to be a code
     */
    void refused(InboundMessage refusal, String refusedMessageId, String reasonCode);
}
