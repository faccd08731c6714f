package org.crossflag.gateway.hearings.queries;

import java.time.Instant;
import java.util.List;

import org.crossflag.gateway.lookup.FederatedLookup;
import org.crossflag.gateway.lookup.LookupConclusion;
import org.crossflag.gateway.lookup.PeerState;

/**
 * A prior-hearing query as the referring coordinator sees it.
 *
 * @param status     OPEN while peers may still answer in time, COMPLETE after
 * @param conclusion MATCH_FOUND, POSSIBLE_MATCH_FOUND, NO_RECORD_HELD_BY_RESPONDING_FORCES (never "low risk"), or
 *                   NO_FORCE_ASKED
 * @param notAnswered peers that did not answer in time (their answer may still come, and is then added)
 * @param refused    peers that would not answer, each with its reason code (e.g. no data-sharing agreement)
 * @param couldNotAnswer peers that meant to answer but could not, each with its reason code (an {@link AnswerFailure})
 * @param note       what the conclusion does and does not mean, in words
 */
public record QueryResult(
        String queryId,
        String referralId,
        String status,
        Instant startedAt,
        Instant deadline,
        Instant completedAt,
        String conclusion,
        List<String> asked,
        List<String> answered,
        List<String> notAnswered,
        List<String> refused,
        List<String> couldNotAnswer,
        List<Hit> hits,
        String note) {

    static final String MATCH_FOUND = LookupConclusion.MATCH_FOUND.name();
    static final String POSSIBLE_MATCH_FOUND = LookupConclusion.POSSIBLE_MATCH_FOUND.name();
    static final String NO_RECORD_HELD = LookupConclusion.NO_RECORD_HELD_BY_RESPONDING_FORCES.name();
    static final String NO_FORCE_ASKED = LookupConclusion.NO_FORCE_ASKED.name();

    /** The conclusion and its note, from the hits and who answered. */
    static QueryResult of(QueryRepository.StoredQuery query, List<QueryRepository.QueryPeer> peers, List<Hit> hits) {
        FederatedLookup lookup = lookup(peers);
        List<String> asked = lookup.asked();
        List<String> answered = lookup.answered();
        List<String> notAnswered = lookup.notAnswered();
        List<String> refused =
                lookup.refused().stream().map(PeerState::withReason).toList();
        List<PeerState> failed = lookup.couldNotAnswer();
        List<String> couldNotAnswer = failed.stream().map(PeerState::withReason).toList();
        boolean anyMatch = hits.stream().anyMatch(h -> h.band().equals("MATCH"));
        String conclusion = lookup.conclude(anyMatch, !hits.isEmpty()).name();
        StringBuilder note = new StringBuilder();
        if (conclusion.equals(NO_FORCE_ASKED)) {
            note.append("No other force could be asked (no matching key, or no data-sharing agreement covers one):"
                    + " nothing is known about prior hearings elsewhere.");
        } else if (conclusion.equals(NO_RECORD_HELD)) {
            note.append("No responding force holds a record of a hearing about this person. This is not an assessment"
                    + " of risk and does not mean the risk is low.");
        } else if (conclusion.equals(POSSIBLE_MATCH_FOUND)) {
            note.append("Possible matches need a coordinator's review before anyone is alerted.");
        } else {
            note.append("The person was heard by another area's panel: call the contact given with each hit.");
        }
        if (!notAnswered.isEmpty()) {
            note.append(" Not answered ")
                    .append(query.status().equals(QueryRepository.OPEN) ? "yet" : "in time")
                    .append(": ")
                    .append(String.join(", ", notAnswered))
                    .append(".");
        }
        if (!refused.isEmpty()) {
            note.append(" Refused: ").append(String.join(", ", refused)).append(".");
        }
        for (PeerState peer : failed) {
            note.append(" ")
                    .append(peer.peer())
                    .append(" could not answer: ")
                    .append(peer.reasonCode())
                    .append(".");
        }
        return new QueryResult(
                query.queryId(),
                query.referralId(),
                query.status(),
                query.startedAt(),
                query.deadline(),
                query.completedAt(),
                conclusion,
                asked,
                answered,
                notAnswered,
                refused,
                couldNotAnswer,
                hits,
                note.toString());
    }

    /** The query's peers as a federated lookup; a refusal with an {@link AnswerFailure} code could not answer. */
    static FederatedLookup lookup(List<QueryRepository.QueryPeer> peers) {
        return new FederatedLookup(
                peers.stream().map(QueryRepository.QueryPeer::state).toList(), AnswerFailure::isAnswerFailure);
    }
}
