package org.crossflag.gateway.disclosures.holding;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

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
import org.crossflag.gateway.federation.outbox.Outbox;
import org.crossflag.gateway.hearings.records.HearingMatching;
import org.crossflag.gateway.hearings.records.MatchingNotConfiguredException;
import org.crossflag.gateway.matching.IdentityEncoding;
import org.crossflag.gateway.matching.MatchBand;
import org.crossflag.gateway.matching.MatchCandidate;
import org.crossflag.gateway.matching.MatchingException;
import org.crossflag.gateway.node.NodeIdentity;
import org.crossflag.gateway.policy.PolicyDecision;
import org.crossflag.gateway.policy.PolicyEnforcer;
import org.crossflag.gateway.policy.PolicyRequest;
import org.crossflag.gateway.push.PushKind;
import org.crossflag.gateway.push.PushQueue;
import org.crossflag.gateway.quota.QuotaExceededException;
import org.crossflag.gateway.quota.QuotaKind;
import org.crossflag.gateway.quota.Quotas;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The holding force's side of other forces' DVDS lookups. Step 1: a {@code DisclosureCheck} is answered at once,
 * from the blinded index of everyone this force holds records about (panel hearings, convictions, cautions and
 * out-of-court disposals, orders, markers), with hit or no hit and nothing else. Step 2: a {@code DisclosureRequest}
 * quoting a hit issued to its sender is kept for this force's DVDS officers, who answer it by hand. The policy rules
 * on each message as received (a category it does not release refuses the request) and on each answer before it
 * leaves; a refusal goes back signed, with its reason code.
 */
public final class DisclosureChecksAndRequests {

    static final String HIT_UNKNOWN = "DVDS_HIT_UNKNOWN";
    static final String HIT_EXPIRED = "DVDS_HIT_EXPIRED";

    private final NodeIdentity node;
    private final PolicyEnforcer policy;
    private final HearingMatching matching;
    private final Outbox outbox;
    private final IssuedDisclosureHits hits;
    private final IncomingRequests requests;
    private final Quotas quotas;
    private final PushQueue push;
    private final AuditTrail audit;
    private final Duration hitLifetime;
    private final Clock clock;

    public DisclosureChecksAndRequests(
            NodeIdentity node,
            PolicyEnforcer policy,
            HearingMatching matching,
            Outbox outbox,
            IssuedDisclosureHits hits,
            IncomingRequests requests,
            Quotas quotas,
            PushQueue push,
            AuditTrail audit,
            Duration hitLifetime,
            Clock clock) {
        this.node = node;
        this.policy = policy;
        this.matching = matching;
        this.outbox = outbox;
        this.hits = hits;
        this.requests = requests;
        this.quotas = quotas;
        this.push = push;
        this.audit = audit;
        this.hitLifetime = hitLifetime;
        this.clock = clock;
    }

    public InboundMessageHandler checks() {
        return InboundMessageHandler.of(MessageType.DISCLOSURE_CHECK, this::check);
    }

    public InboundMessageHandler requests() {
        return InboundMessageHandler.of(MessageType.DISCLOSURE_REQUEST, this::request);
    }

    private void check(InboundMessage message) {
        Envelope check = message.envelope();
        admit(check, QuotaKind.PEER_QUERIES);
        List<MatchCandidate> candidates;
        try {
            IdentityEncoding encoding = matching.readQuery(check.payload().get("encoding"));
            candidates = matching.candidates(encoding);
        } catch (MatchingNotConfiguredException e) {
            throw new RefusedMessageException(e.reasonCode(), e.getMessage());
        } catch (MatchingException e) {
            throw new RefusedMessageException(e.reason().name(), e.getMessage());
        }
        ObjectNode payload = JsonNodeFactory.instance.objectNode().put("checkMessageId", check.messageId());
        if (candidates.isEmpty()) {
            payload.put("outcome", "NO_HIT");
        } else {
            // Best first: one hit per force, for the person most like the subject.
            MatchCandidate best = candidates.get(0);
            String hitId = UUID.randomUUID().toString();
            Instant issued = clock.instant();
            // A sure match may be held twice (two adapters, one person): the hit stands for every sure match.
            List<String> people = best.band() == MatchBand.MATCH
                    ? candidates.stream()
                            .filter(candidate -> candidate.band() == MatchBand.MATCH)
                            .map(MatchCandidate::localId)
                            .toList()
                    : List.of(best.localId());
            hits.insert(
                    new IssuedDisclosureHits.IssuedHit(
                            hitId,
                            check.correlationId(),
                            check.messageId(),
                            check.sender(),
                            best.localId(),
                            issued,
                            issued.plus(hitLifetime)),
                    people);
            payload.put("outcome", "HIT")
                    .put("hitId", hitId)
                    .put("band", best.band().name());
        }
        OutgoingMessage answer = new OutgoingMessage(
                MessageType.DISCLOSURE_CHECK_ANSWER,
                check.sender(),
                check.correlationId(),
                check.purpose(),
                check.legalBasis(),
                ServiceRequester.of(node),
                check.consent(),
                List.of(),
                payload);
        requireAllowed(policy.decide(PolicyRequest.sending(answer)), "answering");
        outbox.queue(answer);
        audit.record(AuditEvent.of(AuditAction.DVDS_CHECK_ANSWERED, candidates.isEmpty() ? "NO_HIT" : "HIT")
                .withMessage(check.messageId(), check.correlationId())
                .withCounterpart(check.sender())
                .withActor(
                        check.requester().officerId(), check.requester().role().wire())
                .withPurpose(check.purpose().wire()));
    }

    private void request(InboundMessage message) {
        Envelope request = message.envelope();
        admit(request, QuotaKind.PEER_QUERIES);
        String hitId = request.payload().path("hitId").asText();
        IssuedDisclosureHits.IssuedHit hit = hits.find(hitId)
                .filter(issued -> issued.recipient().equals(request.sender()))
                .filter(issued -> issued.applicationId().equals(request.correlationId()))
                .orElseThrow(() -> new RefusedMessageException(
                        HIT_UNKNOWN, "no hit with this id was issued to " + request.sender() + " for this lookup"));
        if (!clock.instant().isBefore(hit.expiresAt())) {
            throw new RefusedMessageException(HIT_EXPIRED, "the hit has expired; a new lookup is needed");
        }
        Instant answerBy;
        try {
            answerBy = Instant.parse(request.payload().path("answerBy").asText());
        } catch (DateTimeParseException e) {
            throw new RefusedMessageException("DVDS_REQUEST_INVALID", "answerBy is not an instant");
        }
        String requestId = UUID.randomUUID().toString();
        requests.insert(new IncomingRequests.IncomingRequest(
                requestId,
                request.messageId(),
                request.sender(),
                request.correlationId(),
                hitId,
                request.payload().path("route").asText(),
                request.purpose().wire(),
                request.legalBasis().wire(),
                request.consent().state().wire(),
                request.consent().justification(),
                request.dataCategories(),
                request.requester().officerId(),
                message.receivedAt(),
                answerBy,
                IncomingRequests.OPEN,
                null,
                null,
                null));
        // To the force's own systems once this commits: the webhook and adapters' channels.
        push.queue(PushKind.DISCLOSURE_REQUEST, requestId);
        audit.record(AuditEvent.of(AuditAction.DVDS_REQUEST_RECEIVED, "TO_ANSWER")
                .withMessage(request.messageId(), request.correlationId())
                .withCounterpart(request.sender())
                .withActor(
                        request.requester().officerId(),
                        request.requester().role().wire())
                .withPurpose(request.purpose().wire()));
    }

    /** The peer's quota, then the policy on the message as received. */
    private void admit(Envelope envelope, QuotaKind quota) {
        try {
            quotas.usePeer(quota, envelope.sender());
        } catch (QuotaExceededException e) {
            throw new RefusedMessageException(QuotaExceededException.REASON, e.getMessage());
        }
        requireAllowed(policy.decide(PolicyRequest.receiving(envelope)), "this " + envelope.type());
    }

    private void requireAllowed(PolicyDecision decision, String what) {
        if (!decision.allowed()) {
            throw new RefusedMessageException(
                    "POLICY_" + decision.reasonCode(),
                    "no data-sharing agreement of " + node.code() + " allows " + what + " (" + decision.reasonCode()
                            + ")");
        }
    }
}
