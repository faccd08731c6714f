package org.crossflag.gateway.hearings.queries;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.audit.AuditEvent;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.federation.directory.DirectoryMember;
import org.crossflag.gateway.federation.directory.DirectoryService;
import org.crossflag.gateway.federation.directory.MemberKind;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.envelope.OutgoingMessage;
import org.crossflag.gateway.federation.envelope.Purpose;
import org.crossflag.gateway.federation.outbox.Outbox;
import org.crossflag.gateway.hearings.records.HearingMatching;
import org.crossflag.gateway.hearings.records.HearingRepository;
import org.crossflag.gateway.lookup.PeersToAsk;
import org.crossflag.gateway.matching.PersonIdentity;
import org.crossflag.gateway.node.AfterCommit;
import org.crossflag.gateway.node.TimeOrderedIds;
import org.crossflag.gateway.policy.PolicyEnforcer;
import org.crossflag.gateway.policy.PolicyRequest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Starts prior-hearing queries and closes them. A query carries only the blinded encoding of the person and goes,
 * in one transaction with the referral, to every police member of the directory that takes PriorHearingQuery and
 * that this node's policy lets it ask. Its result is complete when every peer has answered or refused, or at the
 * deadline, when the peers still silent are listed as not having answered in time.
 */
public class PriorHearingQueries {

    static final List<DataCategory> QUERY_CATEGORIES = List.of(DataCategory.HEARING_FLAG);

    private final PeersToAsk peersToAsk;
    private final DirectoryService directory;
    private final PolicyEnforcer policy;
    private final HearingMatching matching;
    private final Outbox outbox;
    private final QueryRepository queries;
    private final AuditTrail audit;
    private final Duration timeout;
    private final Clock clock;
    private QueryDeadlines deadlines;

    public PriorHearingQueries(
            String nodeCode,
            DirectoryService directory,
            PolicyEnforcer policy,
            HearingMatching matching,
            Outbox outbox,
            QueryRepository queries,
            AuditTrail audit,
            Duration timeout,
            Clock clock) {
        this.peersToAsk = new PeersToAsk(nodeCode, MemberKind.POLICE, MessageType.PRIOR_HEARING_QUERY);
        this.directory = directory;
        this.policy = policy;
        this.matching = matching;
        this.outbox = outbox;
        this.queries = queries;
        this.audit = audit;
        this.timeout = timeout;
        this.clock = clock;
    }

    public void useDeadlines(QueryDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    /** In the referral's transaction: asks every permitted peer; returns the query id. */
    public String start(HearingRepository.StoredReferral referral, PersonIdentity person, Envelope.Consent consent) {
        Instant started = clock.instant();
        Instant deadline = started.plus(timeout);
        String queryId = TimeOrderedIds.next();
        Purpose purpose = ForumPurposes.purpose(referral.forum());
        Optional<HearingMatching.QueryEncoding> encoding = matching.encodeForQuery(person, started);
        int keyVersion = encoding.map(HearingMatching.QueryEncoding::keyVersion).orElse(0);
        queries.insertQuery(queryId, referral.referralId(), keyVersion, started, deadline);
        List<String> asked = new ArrayList<>();
        if (encoding.isPresent()) {
            ObjectNode payload = JsonNodeFactory.instance.objectNode().put("answerBy", deadline.toString());
            payload.set("encoding", encoding.get().wire());
            List<DirectoryMember> permitted = peersToAsk.choose(
                    directory.requireCurrent().members(),
                    member -> policy.decide(
                                    PolicyRequest.sending(query(member, queryId, purpose, referral, consent, payload)))
                            .allowed());
            for (DirectoryMember member : permitted) {
                String messageId = outbox.queue(query(member, queryId, purpose, referral, consent, payload));
                queries.insertPeer(queryId, member.code(), messageId);
                asked.add(member.code());
            }
        }
        audit.record(AuditEvent.of(AuditAction.QUERY_STARTED, asked.isEmpty() ? "NO_PEER_ASKED" : "SENT")
                .withMessage(null, queryId)
                .withActor(
                        referral.officer().officerId(),
                        referral.officer().role().wire())
                .withPurpose(purpose.wire())
                .withReason(encoding.isEmpty() ? HearingMatching.NOT_CONFIGURED : null));
        if (asked.isEmpty()) {
            queries.complete(queryId, started);
        } else {
            AfterCommit.run(() -> deadlines.schedule(queryId, deadline));
        }
        return queryId;
    }

    /** Closes the query if it is still open: peers that have not answered are listed as such. */
    void complete(String queryId) {
        queries.lockQuery(queryId)
                .filter(q -> q.status().equals(QueryRepository.OPEN))
                .ifPresent(query -> {
                    int silent = queries.markUnanswered(queryId);
                    queries.complete(queryId, clock.instant());
                    QueryResult result = result(queryId).orElseThrow();
                    audit.record(AuditEvent.of(AuditAction.QUERY_COMPLETED, result.conclusion())
                            .withMessage(null, queryId)
                            .withReason(silent > 0 ? "PEERS_DID_NOT_ANSWER" : null));
                });
    }

    /** Every peer asked has answered or refused (the deadline settles the rest when it closes the query). */
    boolean everyPeerReplied(String queryId) {
        return QueryResult.lookup(queries.peers(queryId)).complete();
    }

    public Optional<QueryResult> result(String queryId) {
        return queries.query(queryId)
                .map(query -> QueryResult.of(query, queries.peers(queryId), queries.hits(queryId)));
    }

    public Optional<String> queryOfReferral(String referralId) {
        return queries.queryOfReferral(referralId);
    }

    private static OutgoingMessage query(
            DirectoryMember member,
            String queryId,
            Purpose purpose,
            HearingRepository.StoredReferral referral,
            Envelope.Consent consent,
            ObjectNode payload) {
        return new OutgoingMessage(
                MessageType.PRIOR_HEARING_QUERY,
                member.code(),
                queryId,
                purpose,
                ForumPurposes.legalBasis(referral.forum()),
                new Envelope.Requester(
                        referral.officer().officerId(), referral.officer().role()),
                consent,
                QUERY_CATEGORIES,
                payload);
    }
}
