package org.crossflag.gateway.hearings.amendments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.crossflag.adapter.ConsentState;
import org.crossflag.adapter.Forum;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.envelope.OutgoingMessage;
import org.crossflag.gateway.federation.envelope.ServiceRequester;
import org.crossflag.gateway.federation.outbox.Outbox;
import org.crossflag.gateway.hearings.queries.ForumPurposes;
import org.crossflag.gateway.hearings.records.AmendedRecord;
import org.crossflag.gateway.hearings.records.Amendment;
import org.crossflag.gateway.hearings.records.CorrectedHit;
import org.crossflag.gateway.node.NodeIdentity;
import org.crossflag.gateway.policy.PolicyEnforcer;
import org.crossflag.gateway.policy.PolicyRequest;

/**
 * Queues RecordAmendments in the caller's transaction, one per force and query (the envelope's correlation id), in
 * the node's own name, when this node's policy allows it; the decision is audited either way.
 */
final class AmendmentNotices {

    /** At most this many hit ids in one message (the schema's maxItems); more go in further messages. */
    static final int HITS_PER_MESSAGE = 50;

    /**
     * Nothing about a person travels, and the subject of a held hearing is never asked: the state the node's own
     * messages about hearings carry.
     */
    static final Envelope.Consent NO_PERSONAL_DATA = new Envelope.Consent(ConsentState.NOT_SOUGHT_THRESHOLD_MET, null);

    private final NodeIdentity node;
    private final Outbox outbox;
    private final PolicyEnforcer policy;

    AmendmentNotices(NodeIdentity node, Outbox outbox, PolicyEnforcer policy) {
        this.node = node;
        this.outbox = outbox;
        this.policy = policy;
    }

    /** One force's hits in one query. */
    record Reach(String recipient, String queryId, List<String> hitIds) {}

    /** One hit derived from the amended record: to whom, in which query. */
    record Derived(String recipient, String queryId, String hitId) {}

    /** One {@link Reach} per recipient and query, in a stable order, at most {@value #HITS_PER_MESSAGE} hits each. */
    static List<Reach> reaches(List<Derived> derived) {
        Map<String, Map<String, List<String>>> grouped = new TreeMap<>();
        for (Derived hit : derived) {
            grouped.computeIfAbsent(hit.recipient(), r -> new TreeMap<>())
                    .computeIfAbsent(hit.queryId(), q -> new ArrayList<>())
                    .add(hit.hitId());
        }
        List<Reach> reaches = new ArrayList<>();
        grouped.forEach((recipient, queries) -> queries.forEach((queryId, hits) -> {
            for (int from = 0; from < hits.size(); from += HITS_PER_MESSAGE) {
                reaches.add(new Reach(
                        recipient,
                        queryId,
                        List.copyOf(hits.subList(from, Math.min(hits.size(), from + HITS_PER_MESSAGE)))));
            }
        }));
        return reaches;
    }

    /**
     * @param forum     the forum of the amended record: it gives the purpose and legal basis
     * @param corrected for a correction, the hit fields as corrected
     * @return how many messages the policy let through
     */
    int send(
            List<Reach> reaches,
            AmendedRecord about,
            Amendment amendment,
            LocalDate on,
            Forum forum,
            Envelope.Consent consent,
            CorrectedHit corrected) {
        List<DataCategory> categories = corrected != null && corrected.score() != null
                ? List.of(DataCategory.HEARING_FLAG, DataCategory.RISK_SCORE)
                : List.of(DataCategory.HEARING_FLAG);
        int sent = 0;
        for (Reach reach : reaches) {
            OutgoingMessage message = new OutgoingMessage(
                    MessageType.RECORD_AMENDMENT,
                    reach.recipient(),
                    reach.queryId(),
                    ForumPurposes.purpose(forum),
                    ForumPurposes.legalBasis(forum),
                    ServiceRequester.of(node),
                    consent,
                    categories,
                    AmendmentPayloads.of(about, amendment, on, reach.hitIds(), corrected));
            if (policy.decide(PolicyRequest.sending(message)).allowed()) {
                outbox.queue(message);
                sent++;
            }
        }
        return sent;
    }
}
