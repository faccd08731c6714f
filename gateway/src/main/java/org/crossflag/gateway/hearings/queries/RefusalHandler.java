package org.crossflag.gateway.hearings.queries;

import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.audit.AuditEvent;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.inbox.InboundMessage;
import org.crossflag.gateway.federation.inbox.InboundMessageHandler;

/**
 * Takes a peer's signed refusal. A refusal of the query message sent to that peer records the peer as REFUSED with
 * its reason code (a refusal is an answer: the result says who refused and why); every refusal is audited with its
 * reason code.
 */
public final class RefusalHandler implements InboundMessageHandler {

    private final QueryRepository queries;
    private final PriorHearingQueries lifecycle;
    private final AuditTrail audit;

    public RefusalHandler(QueryRepository queries, PriorHearingQueries lifecycle, AuditTrail audit) {
        this.queries = queries;
        this.lifecycle = lifecycle;
        this.audit = audit;
    }

    @Override
    public MessageType messageType() {
        return MessageType.REFUSAL;
    }

    @Override
    public void handle(InboundMessage message) {
        Envelope refusal = message.envelope();
        String reason = refusal.payload().path("reasonCode").asText("UNSPECIFIED");
        String refusedType = refusal.payload().path("refusedType").asText("");
        audit.record(AuditEvent.of(AuditAction.MESSAGE_REFUSED, "REFUSED_BY_PEER")
                .withMessage(refusal.messageId(), refusal.correlationId())
                .withCounterpart(refusal.sender())
                .withReason(reason.matches("[A-Z][A-Z_]{0,59}") ? reason : "UNSPECIFIED"));
        if (!refusedType.equals(MessageType.PRIOR_HEARING_QUERY.wire())) {
            return;
        }
        queries.lockQuery(refusal.correlationId()).ifPresent(query -> {
            // Only a refusal of the very query message sent to that peer counts, as with answers.
            String refused = refusal.payload().path("refusedMessageId").asText("");
            boolean ofOurQuery = queries.askedMessageId(query.queryId(), refusal.sender())
                    .map(refused::equals)
                    .orElse(false);
            // A refusal after an answer or an earlier refusal changes nothing: PeerStatus allows none.
            queries.peer(query.queryId(), refusal.sender())
                    .filter(peer -> ofOurQuery)
                    .flatMap(peer -> peer.peerStatus().refuse())
                    .ifPresent(transition -> queries.peerRefused(
                            query.queryId(), refusal.sender(), transition, reason, message.receivedAt()));
            if (query.status().equals(QueryRepository.OPEN) && lifecycle.everyPeerReplied(query.queryId())) {
                lifecycle.complete(query.queryId());
            }
        });
    }
}
