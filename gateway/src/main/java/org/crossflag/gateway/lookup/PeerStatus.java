package org.crossflag.gateway.lookup;

import java.util.Arrays;
import java.util.Optional;

/**
 * What became of one peer a federated lookup asked. Each name is the value stored for the peer (for prior-hearing
 * queries, {@code hearing_query_peer.status}), so renaming a constant changes stored data.
 *
 * <p>The transitions are the lookup's rules: a peer asked may answer, refuse, or stay silent past the deadline; a
 * silent peer may still answer late or refuse; an answer or a refusal is final.
 */
public enum PeerStatus {
    /** Asked; no answer or refusal yet, and the lookup has not been closed at its deadline. */
    ASKED,
    /** Answered while the lookup was open. */
    ANSWERED,
    /** Would not or could not answer; the peer's reason code is kept with it. */
    REFUSED,
    /** Still silent when the lookup was closed at its deadline. */
    NO_ANSWER_IN_TIME,
    /** Answered after the lookup was closed. */
    ANSWERED_LATE;

    /** The status a stored value names; an unknown value is a fault of the store, not of a peer. */
    public static PeerStatus fromStored(String stored) {
        return Arrays.stream(values())
                .filter(status -> status.name().equals(stored))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown peer status " + stored));
    }

    /** The value stored for this status. */
    public String stored() {
        return name();
    }

    /** The peer's whole answer arrived: ANSWERED while the lookup is open, ANSWERED_LATE once it is closed. */
    public Optional<PeerTransition> answer(boolean lookupOpen) {
        return switch (this) {
            case ASKED -> to(lookupOpen ? ANSWERED : ANSWERED_LATE);
            case NO_ANSWER_IN_TIME -> to(ANSWERED_LATE);
            default -> Optional.empty();
        };
    }

    /** The peer refused, or said it could not answer: before or after the deadline. */
    public Optional<PeerTransition> refuse() {
        return this == ASKED || this == NO_ANSWER_IN_TIME ? to(REFUSED) : Optional.empty();
    }

    /** The lookup was closed at its deadline: a peer still asked did not answer in time. */
    public Optional<PeerTransition> passDeadline() {
        return this == ASKED ? to(NO_ANSWER_IN_TIME) : Optional.empty();
    }

    /** Nothing the peer sends changes this status any more. */
    public boolean isFinal() {
        return answer(false).isEmpty() && refuse().isEmpty() && passDeadline().isEmpty();
    }

    /** The peer's answer is in, in time or late. */
    public boolean hasAnswered() {
        return this == ANSWERED || this == ANSWERED_LATE;
    }

    /** Nothing has been heard from the peer, in time or since. */
    public boolean isSilent() {
        return this == ASKED || this == NO_ANSWER_IN_TIME;
    }

    private Optional<PeerTransition> to(PeerStatus next) {
        return Optional.of(new PeerTransition(this, next));
    }
}
