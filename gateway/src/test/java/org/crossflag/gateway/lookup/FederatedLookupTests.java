package org.crossflag.gateway.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The lookup's conclusion and completeness over each mix of peer states. */
class FederatedLookupTests {

    static final Set<String> COULD_NOT_ANSWER = Set.of("ANSWER_DATA_INVALID", "ANSWER_FAILED");

    @Test
    void noPeerAskedIsCompleteAndSaysNoForceWasAsked() {
        FederatedLookup lookup = lookup();

        assertThat(lookup.complete()).isTrue();
        assertThat(lookup.heardFromEveryPeer()).isFalse();
        assertThat(lookup.conclude(false, false)).isEqualTo(LookupConclusion.NO_FORCE_ASKED);
    }

    @Test
    void aPeerStillAskedKeepsTheLookupIncompleteAndIsNotAnswered() {
        FederatedLookup lookup = lookup(peer("GB-ESX", PeerStatus.ANSWERED), peer("GB-KNT", PeerStatus.ASKED));

        assertThat(lookup.complete()).isFalse();
        assertThat(lookup.notAnswered()).containsExactly("GB-KNT");
        assertThat(lookup.answered()).containsExactly("GB-ESX");
    }

    @Test
    void everyPeerAnsweredCompletesTheLookupAndCoversEveryPeer() {
        FederatedLookup lookup = lookup(peer("GB-ESX", PeerStatus.ANSWERED), peer("GB-KNT", PeerStatus.ANSWERED_LATE));

        assertThat(lookup.complete()).isTrue();
        assertThat(lookup.heardFromEveryPeer()).isTrue();
        assertThat(lookup.answered()).containsExactly("GB-ESX", "GB-KNT");
        assertThat(lookup.notAnswered()).isEmpty();
        assertThat(lookup.conclude(false, false)).isEqualTo(LookupConclusion.NO_RECORD_HELD_BY_RESPONDING_FORCES);
    }

    @Test
    void aRefusalCompletesTheLookupButTheAnswersNoLongerCoverEveryPeer() {
        FederatedLookup lookup = lookup(
                peer("GB-ESX", PeerStatus.ANSWERED),
                new PeerState("GB-KNT", PeerStatus.REFUSED, "POLICY_NO_AGREEMENT"));

        assertThat(lookup.complete()).isTrue();
        assertThat(lookup.heardFromEveryPeer()).isFalse();
        assertThat(lookup.refused()).extracting(PeerState::withReason).containsExactly("GB-KNT (POLICY_NO_AGREEMENT)");
        assertThat(lookup.couldNotAnswer()).isEmpty();
        assertThat(lookup.answered()).containsExactly("GB-ESX");
    }

    @Test
    void aPeerThatCouldNotAnswerIsListedApartFromRefusalsAndSilence() {
        FederatedLookup lookup = lookup(
                new PeerState("GB-ESX", PeerStatus.REFUSED, "ANSWER_DATA_INVALID"),
                new PeerState("GB-KNT", PeerStatus.REFUSED, "POLICY_NO_AGREEMENT"),
                peer("GB-NFK", PeerStatus.NO_ANSWER_IN_TIME));

        assertThat(lookup.couldNotAnswer())
                .extracting(PeerState::withReason)
                .containsExactly("GB-ESX (ANSWER_DATA_INVALID)");
        assertThat(lookup.refused()).extracting(PeerState::peer).containsExactly("GB-KNT");
        assertThat(lookup.notAnswered()).containsExactly("GB-NFK");
        assertThat(lookup.answered()).isEmpty();
        assertThat(lookup.complete()).isTrue();
        assertThat(lookup.heardFromEveryPeer()).isFalse();
    }

    @Test
    void peersSilentAtTheDeadlineCompleteTheLookupAsNotAnswered() {
        FederatedLookup lookup =
                lookup(peer("GB-ESX", PeerStatus.ANSWERED), peer("GB-KNT", PeerStatus.NO_ANSWER_IN_TIME));

        assertThat(lookup.complete()).isTrue();
        assertThat(lookup.heardFromEveryPeer()).isFalse();
        assertThat(lookup.notAnswered()).containsExactly("GB-KNT");
    }

    @Test
    void noRecordSpeaksOnlyForTheRespondingPeersWhateverTheOthersDid() {
        List<FederatedLookup> mixes = List.of(
                lookup(peer("GB-ESX", PeerStatus.ANSWERED), peer("GB-KNT", PeerStatus.NO_ANSWER_IN_TIME)),
                lookup(peer("GB-ESX", PeerStatus.ANSWERED), new PeerState("GB-KNT", PeerStatus.REFUSED, "X_Y")),
                lookup(
                        peer("GB-ESX", PeerStatus.ANSWERED),
                        new PeerState("GB-KNT", PeerStatus.REFUSED, "ANSWER_FAILED")),
                lookup(peer("GB-ESX", PeerStatus.ASKED)),
                lookup(new PeerState("GB-KNT", PeerStatus.REFUSED, "POLICY_NO_AGREEMENT")));

        for (FederatedLookup lookup : mixes) {
            assertThat(lookup.conclude(false, false)).isEqualTo(LookupConclusion.NO_RECORD_HELD_BY_RESPONDING_FORCES);
            assertThat(lookup.heardFromEveryPeer()).isFalse();
            assertThat(lookup.notAnswered().size()
                            + lookup.refused().size()
                            + lookup.couldNotAnswer().size())
                    .as("the peers not covered are named")
                    .isPositive();
        }
    }

    @Test
    void aMatchOutranksPossibleMatchesAndAnyHitIsAPossibleMatch() {
        FederatedLookup lookup =
                lookup(peer("GB-ESX", PeerStatus.ANSWERED), peer("GB-KNT", PeerStatus.NO_ANSWER_IN_TIME));

        assertThat(lookup.conclude(true, true)).isEqualTo(LookupConclusion.MATCH_FOUND);
        assertThat(lookup.conclude(false, true)).isEqualTo(LookupConclusion.POSSIBLE_MATCH_FOUND);
    }

    @Test
    void theListsKeepTheOrderThePeersWereGivenIn() {
        FederatedLookup lookup = lookup(
                peer("GB-KNT", PeerStatus.ANSWERED),
                peer("GB-ESX", PeerStatus.ASKED),
                peer("GB-NFK", PeerStatus.ANSWERED_LATE));

        assertThat(lookup.asked()).containsExactly("GB-KNT", "GB-ESX", "GB-NFK");
        assertThat(lookup.answered()).containsExactly("GB-KNT", "GB-NFK");
    }

    private static PeerState peer(String code, PeerStatus status) {
        return new PeerState(code, status, null);
    }

    private static FederatedLookup lookup(PeerState... peers) {
        return new FederatedLookup(List.of(peers), COULD_NOT_ANSWER::contains);
    }
}
