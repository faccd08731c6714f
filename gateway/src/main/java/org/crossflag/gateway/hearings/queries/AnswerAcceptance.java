package org.crossflag.gateway.hearings.queries;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Whether a peer's PriorHearingAnswer (or one part of it) is taken: only from a peer this node asked, quoting the
 * query message sent to that peer, once per part, before the peer's answer is complete, and no later than the
 * late window after the query's deadline. An answer comes in parts 1..parts; the peer has answered when all are in.
 */
public final class AnswerAcceptance {

    static final String NOT_EXPECTED = "ANSWER_NOT_EXPECTED";
    static final String ALREADY_RECEIVED = "ANSWER_ALREADY_RECEIVED";
    static final String PARTS_INVALID = "ANSWER_PARTS_INVALID";
    static final String TOO_LATE = "ANSWER_TOO_LATE";

    private final Duration lateWindow;

    /** How long after a query's deadline an answer is still taken: its victims' encodings are kept no longer. */
    Duration lateWindow() {
        return lateWindow;
    }

    public AnswerAcceptance(Duration lateWindow) {
        this.lateWindow = lateWindow;
    }

    /**
     * @param query          the query with the answer's correlation id, if this node started one
     * @param peer           the sender as a peer of that query, if it was asked
     * @param askedMessageId the id of the query message this node sent the sender
     * @param received       the parts of the sender's answer already taken
     * @param answer         what the answer says it answers, and which part it is
     * @param receivedAt     when this node accepted the answer
     */
    Verdict decide(
            Optional<QueryRepository.StoredQuery> query,
            Optional<QueryRepository.QueryPeer> peer,
            String askedMessageId,
            List<AnswerPart> received,
            AnswerPart answer,
            Instant receivedAt) {
        if (query.isEmpty()
                || peer.isEmpty()
                || askedMessageId == null
                || !askedMessageId.equals(answer.queryMessageId())) {
            return Verdict.refused(NOT_EXPECTED, "this node sent the sender no query this answer could answer");
        }
        boolean open = query.get().status().equals(QueryRepository.OPEN);
        if (peer.get().peerStatus().answer(open).isEmpty()) {
            return Verdict.refused(ALREADY_RECEIVED, "the sender has already answered or refused this query");
        }
        if (answer.part() < 1
                || answer.part() > answer.parts()
                || received.stream().anyMatch(part -> part.parts() != answer.parts())) {
            return Verdict.refused(PARTS_INVALID, "the part number or the number of parts does not fit this answer");
        }
        if (received.stream().anyMatch(part -> part.part() == answer.part())) {
            return Verdict.refused(ALREADY_RECEIVED, "this part of the sender's answer has already been received");
        }
        if (receivedAt.isAfter(query.get().deadline().plus(lateWindow))) {
            return Verdict.refused(TOO_LATE, "the answer came after the deadline and the late window of " + lateWindow);
        }
        return Verdict.accepted(received.size() + 1 == answer.parts());
    }

    /** Which query message an answer answers, and which part of the answer it is (part 1 of 1 when not split). */
    record AnswerPart(String queryMessageId, int part, int parts) {}

    /** @param completesPeer with this part, every part of the sender's answer is in */
    record Verdict(boolean accepted, String reasonCode, String detail, boolean completesPeer) {

        static Verdict accepted(boolean completesPeer) {
            return new Verdict(true, null, null, completesPeer);
        }

        static Verdict refused(String reasonCode, String detail) {
            return new Verdict(false, reasonCode, detail, false);
        }
    }
}
