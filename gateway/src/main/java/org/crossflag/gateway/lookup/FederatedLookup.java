package org.crossflag.gateway.lookup;

import java.util.List;
import java.util.function.Predicate;

/**
 * One lookup put to several peers at once, seen through what became of each peer. It is complete when no peer is
 * still {@link PeerStatus#ASKED}: each has answered or refused, or was marked at the deadline as not answering in
 * time. A refusal whose reason code says the peer meant to answer but could not is listed apart from refusals.
 */
public final class FederatedLookup {

    private final List<PeerState> peers;
    private final Predicate<String> couldNotAnswerReason;

    /**
     * @param peers                every peer asked, in the order results list them
     * @param couldNotAnswerReason which refusal reason codes mean "meant to answer but could not"
     */
    public FederatedLookup(List<PeerState> peers, Predicate<String> couldNotAnswerReason) {
        this.peers = List.copyOf(peers);
        this.couldNotAnswerReason = couldNotAnswerReason;
    }

    /** Every asked peer has answered or refused, or the deadline has passed; true when no peer was asked. */
    public boolean complete() {
        return peers.stream().noneMatch(peer -> peer.status() == PeerStatus.ASKED);
    }

    /** Every asked peer answered, none refused, failed or stayed silent: only then do the answers cover them all. */
    public boolean heardFromEveryPeer() {
        return !peers.isEmpty() && peers.stream().allMatch(peer -> peer.status().hasAnswered());
    }

    public List<String> asked() {
        return peers.stream().map(PeerState::peer).toList();
    }

    /** Peers whose answer is in, in time or late. */
    public List<String> answered() {
        return peers.stream()
                .filter(peer -> peer.status().hasAnswered())
                .map(PeerState::peer)
                .toList();
    }

    /** Peers not heard from: not yet while the lookup is open, not in time once it is closed. */
    public List<String> notAnswered() {
        return peers.stream()
                .filter(peer -> peer.status().isSilent())
                .map(PeerState::peer)
                .toList();
    }

    /** Peers that would not answer, each with its reason code. */
    public List<PeerState> refused() {
        return peers.stream()
                .filter(peer -> peer.status() == PeerStatus.REFUSED)
                .filter(peer -> !couldNotAnswerReason.test(peer.reasonCode()))
                .toList();
    }

    /** Peers that meant to answer but could not, each with its reason code. */
    public List<PeerState> couldNotAnswer() {
        return peers.stream()
                .filter(peer -> peer.status() == PeerStatus.REFUSED)
                .filter(peer -> couldNotAnswerReason.test(peer.reasonCode()))
                .toList();
    }

    /**
     * @param anyMatch a reported hit surely matches
     * @param anyHit   any hit was reported at all
     */
    public LookupConclusion conclude(boolean anyMatch, boolean anyHit) {
        if (anyMatch) {
            return LookupConclusion.MATCH_FOUND;
        }
        if (anyHit) {
            return LookupConclusion.POSSIBLE_MATCH_FOUND;
        }
        return peers.isEmpty() ? LookupConclusion.NO_FORCE_ASKED : LookupConclusion.NO_RECORD_HELD_BY_RESPONDING_FORCES;
    }
}
