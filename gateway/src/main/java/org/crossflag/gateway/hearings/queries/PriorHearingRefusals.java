package org.crossflag.gateway.hearings.queries;

import java.util.Set;

import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.inbox.InboundMessage;
import org.crossflag.gateway.federation.inbox.RefusalDispatcher;
import org.crossflag.gateway.federation.inbox.RefusalListener;

/**
 * Takes a peer's signed refusal of a prior-hearing query (the {@link RefusalDispatcher} audits every refusal first). A
 * refusal of the query message sent to that peer records the peer as REFUSED with its reason code: a refusal is an
 * answer, and the result says who refused and why.
 */
public final class PriorHearingRefusals implements RefusalListener {

    private final QueryRepository queries;
    private final PriorHearingQueries lifecycle;

    public PriorHearingRefusals(QueryRepository queries, PriorHearingQueries lifecycle) {
        this.queries = queries;
        this.lifecycle = lifecycle;
    }

    @Override
    public Set<MessageType> refusedTypes() {
        return Set.of(MessageType.PRIOR_HEARING_QUERY);
    }

    @Override
    public void refused(InboundMessage message, String refused, String reason) {
        Envelope refusal = message.envelope();
        queries.lockQuery(refusal.correlationId()).ifPresent(query -> {
            // Only a refusal of the very query message sent to that peer counts, as with answers.
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
