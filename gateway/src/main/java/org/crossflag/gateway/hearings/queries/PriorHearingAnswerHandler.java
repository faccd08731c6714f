package org.crossflag.gateway.hearings.queries;

import java.util.List;
import java.util.Optional;

import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.audit.AuditEvent;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.inbox.InboundMessage;
import org.crossflag.gateway.federation.inbox.InboundMessageHandler;
import org.crossflag.gateway.federation.inbox.RefusedMessageException;
import org.crossflag.gateway.hearings.records.HearingRepository;
import org.crossflag.gateway.lookup.PeerTransition;
import org.crossflag.gateway.quota.QuotaExceededException;
import org.crossflag.gateway.quota.QuotaKind;
import org.crossflag.gateway.quota.Quotas;

/**
 * Takes a peer's answer, or one part of it, to one of our queries, when {@link AnswerAcceptance} allows it: keeps
 * its hits and raises an alert for each; once all parts are in, records the peer as answered (late, after the
 * deadline) and closes the query if every peer has answered or refused. Anything else is refused and stored nowhere.
 */
public final class PriorHearingAnswerHandler implements InboundMessageHandler {

    private final QueryRepository queries;
    private final HearingRepository hearings;
    private final PriorHearingQueries lifecycle;
    private final HitListener alerts;
    private final AuditTrail audit;
    private final AnswerAcceptance acceptance;
    private final Quotas quotas;

    public PriorHearingAnswerHandler(
            QueryRepository queries,
            HearingRepository hearings,
            PriorHearingQueries lifecycle,
            HitListener alerts,
            AuditTrail audit,
            AnswerAcceptance acceptance,
            Quotas quotas) {
        this.queries = queries;
        this.hearings = hearings;
        this.lifecycle = lifecycle;
        this.alerts = alerts;
        this.audit = audit;
        this.acceptance = acceptance;
        this.quotas = quotas;
    }

    @Override
    public MessageType messageType() {
        return MessageType.PRIOR_HEARING_ANSWER;
    }

    @Override
    public void handle(InboundMessage message) {
        Envelope answer = message.envelope();
        try {
            quotas.usePeer(QuotaKind.PEER_ANSWERS, answer.sender());
        } catch (QuotaExceededException e) {
            throw new RefusedMessageException(QuotaExceededException.REASON, e.getMessage());
        }
        Optional<QueryRepository.StoredQuery> query = queries.lockQuery(answer.correlationId());
        Optional<QueryRepository.QueryPeer> peer = query.flatMap(q -> queries.peer(q.queryId(), answer.sender()));
        AnswerAcceptance.AnswerPart part = HitPayloads.answerPart(answer.payload());
        String asked = peer.flatMap(p -> queries.askedMessageId(answer.correlationId(), answer.sender()))
                .orElse(null);
        List<AnswerAcceptance.AnswerPart> received =
                peer.isEmpty() ? List.of() : queries.partsReceived(answer.correlationId(), answer.sender(), asked);
        AnswerAcceptance.Verdict verdict = acceptance.decide(query, peer, asked, received, part, message.receivedAt());
        if (!verdict.accepted()) {
            throw new RefusedMessageException(verdict.reasonCode(), verdict.detail());
        }
        String queryId = query.orElseThrow().queryId();
        List<Hit> hits = HitPayloads.hits(answer.payload(), answer.sender());
        boolean open = query.get().status().equals(QueryRepository.OPEN);
        queries.insertPart(queryId, answer.sender(), part, answer.messageId(), message.receivedAt());
        HearingRepository.StoredReferral referral =
                hearings.referral(query.get().referralId()).orElseThrow();
        for (Hit hit : hits) {
            if (queries.insertHit(
                    queryId, hit, message.receivedAt(), query.get().deadline().plus(acceptance.lateWindow()))) {
                alerts.onHit(queryId, referral, hit, answer);
            }
        }
        if (verdict.completesPeer()) {
            // Accepted, so the peer's status takes an answer: ANSWERED while the query is open, ANSWERED_LATE after.
            PeerTransition answered =
                    peer.orElseThrow().peerStatus().answer(open).orElseThrow();
            queries.peerAnswered(
                    queryId,
                    answer.sender(),
                    answered,
                    message.receivedAt(),
                    queries.hitCount(queryId, answer.sender()));
        }
        audit.record(AuditEvent.of(AuditAction.ANSWER_RECEIVED, hits.isEmpty() ? "NO_HIT" : "HIT")
                .withMessage(answer.messageId(), answer.correlationId())
                .withCounterpart(answer.sender())
                .withPurpose(answer.purpose().wire())
                .withReason(open ? null : "AFTER_DEADLINE"));
        if (open && verdict.completesPeer() && lifecycle.everyPeerReplied(queryId)) {
            lifecycle.complete(queryId);
        }
    }
}
