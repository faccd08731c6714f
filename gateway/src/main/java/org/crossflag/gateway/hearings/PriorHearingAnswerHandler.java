package org.crossflag.gateway.hearings;

import java.util.List;

import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.audit.AuditEvent;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.federation.Envelope;
import org.crossflag.gateway.federation.inbox.InboundMessage;
import org.crossflag.gateway.federation.inbox.InboundMessageHandler;
import org.crossflag.gateway.federation.inbox.RefusedMessageException;

/**
 * Takes a peer's answer to one of our queries: records the peer as answered (late, after the deadline), keeps
 * its hits and raises an alert for each, and closes the query once every peer has answered or refused.
 */
final class PriorHearingAnswerHandler implements InboundMessageHandler {

    private final QueryRepository queries;
    private final HearingRepository hearings;
    private final PriorHearingQueries lifecycle;
    private final AlertRaiser alerts;
    private final AuditTrail audit;

    PriorHearingAnswerHandler(QueryRepository queries, HearingRepository hearings, PriorHearingQueries lifecycle, AlertRaiser alerts,
                              AuditTrail audit) {
        this.queries = queries;
        this.hearings = hearings;
        this.lifecycle = lifecycle;
        this.alerts = alerts;
        this.audit = audit;
    }

    @Override
    public String messageType() {
        return PriorHearingQueryHandler.ANSWER_TYPE;
    }

    @Override
    public void handle(InboundMessage message) {
        Envelope answer = message.envelope();
        QueryRepository.StoredQuery query = queries.lockQuery(answer.correlationId())
                .orElseThrow(() -> new RefusedMessageException("UNKNOWN_QUERY", "no query of this node has this correlation id"));
        QueryRepository.QueryPeer peer = queries.peer(query.queryId(), answer.sender())
                .orElseThrow(() -> new RefusedMessageException("NOT_ASKED", "this node did not ask " + answer.sender()));
        List<Hit> hits = HitPayloads.hits(answer.payload(), answer.sender());
        boolean open = query.status().equals(QueryRepository.OPEN);
        if (peer.status().equals("ASKED") || peer.status().equals("NO_ANSWER_IN_TIME")) {
            queries.peerAnswered(query.queryId(), answer.sender(), open ? "ANSWERED" : "ANSWERED_LATE", message.receivedAt(),
                    hits.size());
        }
        HearingRepository.StoredReferral referral = hearings.referral(query.referralId()).orElseThrow();
        for (Hit hit : hits) {
            if (queries.insertHit(query.queryId(), hit, message.receivedAt())) {
                alerts.onHit(query.queryId(), referral, hit, answer);
            }
        }
        audit.record(AuditEvent.of(AuditAction.ANSWER_RECEIVED, hits.isEmpty() ? "NO_HIT" : "HIT")
                .withMessage(answer.messageId(), answer.correlationId()).withCounterpart(answer.sender())
                .withPurpose(answer.purpose()).withReason(open ? null : "AFTER_DEADLINE"));
        if (open && queries.allAnswered(query.queryId())) {
            lifecycle.complete(query.queryId());
        }
    }
}
