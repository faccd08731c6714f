package org.crossflag.gateway.circumstances;

import java.util.Set;

import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.inbox.InboundMessage;
import org.crossflag.gateway.federation.inbox.RefusalDispatcher;
import org.crossflag.gateway.federation.inbox.RefusalListener;

/**
 * Takes a peer's signed refusal of a CircumstanceChange this node sent (the {@link RefusalDispatcher} audits it
 * first): the target's row becomes REFUSED with the peer's reason code, so the notification no longer reads as told.
 * Only the member the message went to can refuse it.
 */
public final class CircumstanceRefusals implements RefusalListener {

    private final CircumstanceChangeRepository changes;

    public CircumstanceRefusals(CircumstanceChangeRepository changes) {
        this.changes = changes;
    }

    @Override
    public Set<MessageType> refusedTypes() {
        return Set.of(MessageType.CIRCUMSTANCE_CHANGE);
    }

    @Override
    public void refused(InboundMessage message, String refusedMessageId, String reasonCode) {
        Envelope refusal = message.envelope();
        changes.targetRefused(refusedMessageId, refusal.sender(), reasonCode);
    }
}
