package org.crossflag.gateway.hearings.queries;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.audit.AuditEvent;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.envelope.OutgoingMessage;
import org.crossflag.gateway.federation.envelope.ServiceRequester;
import org.crossflag.gateway.federation.inbox.InboundMessage;
import org.crossflag.gateway.federation.inbox.InboundMessageHandler;
import org.crossflag.gateway.federation.inbox.RefusedMessageException;
import org.crossflag.gateway.federation.outbound.SendRefusedException;
import org.crossflag.gateway.federation.outbox.Outbox;
import org.crossflag.gateway.hearings.records.HearingMatching;
import org.crossflag.gateway.hearings.records.HearingRepository;
import org.crossflag.gateway.hearings.records.MatchingNotConfiguredException;
import org.crossflag.gateway.matching.IdentityEncoding;
import org.crossflag.gateway.matching.MatchCandidate;
import org.crossflag.gateway.matching.MatchingException;
import org.crossflag.gateway.node.NodeIdentity;
import org.crossflag.gateway.policy.PolicyEnforcer;
import org.crossflag.gateway.policy.PolicyRequest;
import org.crossflag.gateway.quota.QuotaExceededException;
import org.crossflag.gateway.quota.QuotaKind;
import org.crossflag.gateway.quota.Quotas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Answers another force's prior-hearing query from this force's index: hits only (forum, force, date,
 * reference, contact, band and any score with its tool), never an identity field. Refused with a reason code
 * when the policy does not allow it, the encoding is unusable, or its matching key version is not accepted now; and
 * with an {@link AnswerFailure} when this node cannot build or queue its answer, so the asker is never left waiting.
 * Each hit is stored as issued to the asking force, so only it can quote the hit back in a CrossAreaAlert, and a
 * correction of the hearing can find it. More hits than one message carries go in numbered parts.
 */
public final class PriorHearingQueryHandler implements InboundMessageHandler {

    private static final Logger log = LoggerFactory.getLogger(PriorHearingQueryHandler.class);

    private final NodeIdentity node;
    private final String nodeCode;
    private final PolicyEnforcer policy;
    private final HearingMatching matching;
    private final HearingRepository hearings;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final IssuedHitRepository issuedHits;
    private final Quotas quotas;
    private final Duration hitLifetime;
    private final Clock clock;
    private final AnswerFailures failures;
    private final HitHarm harm;

    public PriorHearingQueryHandler(
            NodeIdentity node,
            PolicyEnforcer policy,
            HearingMatching matching,
            HearingRepository hearings,
            Outbox outbox,
            AuditTrail audit,
            IssuedHitRepository issuedHits,
            Quotas quotas,
            Duration hitLifetime,
            Clock clock,
            AnswerFailures failures,
            HitHarm harm) {
        this.node = node;
        this.nodeCode = node.code();
        this.policy = policy;
        this.matching = matching;
        this.hearings = hearings;
        this.outbox = outbox;
        this.audit = audit;
        this.issuedHits = issuedHits;
        this.quotas = quotas;
        this.hitLifetime = hitLifetime;
        this.clock = clock;
        this.failures = failures;
        this.harm = harm;
    }

    @Override
    public MessageType messageType() {
        return MessageType.PRIOR_HEARING_QUERY;
    }

    @Override
    public void handle(InboundMessage message) {
        Envelope query = message.envelope();
        try {
            quotas.usePeer(QuotaKind.PEER_QUERIES, query.sender());
        } catch (QuotaExceededException e) {
            throw new RefusedMessageException(QuotaExceededException.REASON, e.getMessage());
        }
        var decision = policy.decide(PolicyRequest.receiving(query));
        if (!decision.allowed()) {
            throw new RefusedMessageException(
                    "POLICY_" + decision.reasonCode(),
                    "no data-sharing agreement of " + nodeCode + " allows this query (" + decision.reasonCode() + ")");
        }
        IdentityEncoding encoding;
        List<MatchCandidate> candidates;
        List<MatchCandidate> victimCandidates;
        try {
            encoding = matching.readQuery(query.payload().get("encoding"));
            candidates = matching.candidates(encoding);
            victimCandidates = matching.victimCandidates(encoding);
        } catch (MatchingNotConfiguredException e) {
            throw new RefusedMessageException(e.reasonCode(), e.getMessage());
        } catch (MatchingException e) {
            throw new RefusedMessageException(e.reason().name(), e.getMessage());
        }
        List<Hit> hits = new ArrayList<>();
        List<String> hearingIds = new ArrayList<>();
        collectHits(candidates, victimCandidates, query.correlationId(), encoding.keyVersion(), hits, hearingIds);
        OutgoingMessage answer = answerTo(query, hits);
        var answerAllowed = policy.decide(PolicyRequest.sending(answer));
        if (!answerAllowed.allowed() && AnswerCategories.carriesVictims(hits)) {
            // The victims travel only where an agreement allows them: without them the hits may still go.
            hits.replaceAll(Hit::withoutVictims);
            answer = answerTo(query, hits);
            answerAllowed = policy.decide(PolicyRequest.sending(answer));
        }
        if (!answerAllowed.allowed()) {
            throw new RefusedMessageException(
                    "POLICY_" + answerAllowed.reasonCode(),
                    "no data-sharing agreement of " + nodeCode + " allows answering (" + answerAllowed.reasonCode()
                            + ")");
        }
        List<ObjectNode> parts = HitPayloads.answerParts(query.messageId(), encoding.keyVersion(), hits);
        Instant issued = clock.instant();
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).onVictimRecord()) {
                continue; // a victim's record is never quoted back in a CrossAreaAlert
            }
            issuedHits.insert(new IssuedHitRepository.IssuedHit(
                    hits.get(i).hitId(),
                    query.correlationId(),
                    query.messageId(),
                    query.sender(),
                    hearingIds.get(i),
                    issued,
                    issued.plus(hitLifetime)));
        }
        for (ObjectNode part : parts) {
            queueAnswer(answer.withPayload(part), query);
        }
        audit.record(AuditEvent.of(AuditAction.QUERY_ANSWERED, hits.isEmpty() ? "NO_HIT" : "HIT")
                .withMessage(query.messageId(), query.correlationId())
                .withCounterpart(query.sender())
                .withActor(
                        query.requester().officerId(), query.requester().role().wire())
                .withPurpose(query.purpose().wire()));
    }

    private OutgoingMessage answerTo(Envelope query, List<Hit> hits) {
        return new OutgoingMessage(
                MessageType.PRIOR_HEARING_ANSWER,
                query.sender(),
                query.correlationId(),
                query.purpose(),
                query.legalBasis(),
                ServiceRequester.of(node),
                query.consent(),
                AnswerCategories.of(hits),
                null);
    }

    private void collectHits(
            List<MatchCandidate> candidates,
            List<MatchCandidate> victimCandidates,
            String queryId,
            int keyVersion,
            List<Hit> hits,
            List<String> hearingIds) {
        try {
            for (MatchCandidate candidate : candidates) {
                for (HearingRepository.StoredHearing hearing : hearings.hearingsOf(candidate.localId())) {
                    hits.add(harm.onSubject(nodeCode, hearing, candidate.band().name(), queryId, keyVersion));
                    hearingIds.add(hearing.hearingId());
                }
            }
            for (HitHarm.HitAbout about : harm.onVictims(nodeCode, victimCandidates)) {
                hits.add(about.hit());
                hearingIds.add(about.hearingId());
            }
        } catch (DataAccessException e) {
            throw e; // the database is away for a moment: the inbox tries again
        } catch (RuntimeException e) {
            throw couldNotAnswer(
                    AnswerFailure.ANSWER_FAILED, "the answer could not be built from this force's records");
        }
    }

    /**
     * A stored value the wire cannot carry, or an answer the directory does not let this node send, is a refusal:
     * retrying cannot mend it. An expired directory stops all traffic, the refusal too, so the query waits for it.
     */
    private void queueAnswer(OutgoingMessage answer, Envelope query) {
        try {
            outbox.queue(answer);
        } catch (SendRefusedException e) {
            if ("DIRECTORY_EXPIRED".equals(e.reasonCode())) {
                throw e;
            }
            throw "SCHEMA_INVALID".equals(e.reasonCode())
                    ? couldNotAnswer(
                            AnswerFailure.ANSWER_DATA_INVALID,
                            "a hearing record of " + nodeCode
                                    + " does not fit the federation's field rules; its integration team has been told")
                    : couldNotAnswer(
                            AnswerFailure.ANSWER_NOT_SENDABLE,
                            nodeCode + " could not queue its answer to " + query.sender());
        }
    }

    private RefusedMessageException couldNotAnswer(AnswerFailure reason, String detail) {
        failures.record(reason);
        log.warn("Prior-hearing query not answered reason={}", reason);
        return new RefusedMessageException(reason.name(), detail);
    }
}
