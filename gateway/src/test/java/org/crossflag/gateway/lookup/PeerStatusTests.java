package org.crossflag.gateway.lookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Every transition of one peer, allowed and refused, and the stored values they write. */
class PeerStatusTests {

    @Test
    void theStoredValuesAreTheOnesTheDatabaseHolds() {
        assertThat(Arrays.stream(PeerStatus.values()).map(PeerStatus::stored))
                .containsExactly("ASKED", "ANSWERED", "REFUSED", "NO_ANSWER_IN_TIME", "ANSWERED_LATE");
        for (PeerStatus status : PeerStatus.values()) {
            assertThat(PeerStatus.fromStored(status.stored())).isEqualTo(status);
        }
    }

    @Test
    void anUnknownStoredValueIsNotReadAsAnyStatus() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PeerStatus.fromStored("NOT_ANSWERED_IN_TIME"))
                .withMessageContaining("NOT_ANSWERED_IN_TIME");
        assertThatIllegalArgumentException().isThrownBy(() -> PeerStatus.fromStored(null));
    }

    @Test
    void anAskedPeerAnswersInTimeWhileTheLookupIsOpen() {
        assertThat(PeerStatus.ASKED.answer(true)).contains(transition(PeerStatus.ASKED, PeerStatus.ANSWERED));
    }

    @Test
    void anAskedPeerAnsweringAfterTheLookupClosedAnswersLate() {
        assertThat(PeerStatus.ASKED.answer(false)).contains(transition(PeerStatus.ASKED, PeerStatus.ANSWERED_LATE));
    }

    @Test
    void aPeerSilentAtTheDeadlineMayStillAnswerLate() {
        for (boolean open : List.of(true, false)) {
            assertThat(PeerStatus.NO_ANSWER_IN_TIME.answer(open))
                    .as("lookup open: %s", open)
                    .contains(transition(PeerStatus.NO_ANSWER_IN_TIME, PeerStatus.ANSWERED_LATE));
        }
    }

    @Test
    void anAskedPeerOrOneSilentAtTheDeadlineMayRefuse() {
        assertThat(PeerStatus.ASKED.refuse()).contains(transition(PeerStatus.ASKED, PeerStatus.REFUSED));
        assertThat(PeerStatus.NO_ANSWER_IN_TIME.refuse())
                .contains(transition(PeerStatus.NO_ANSWER_IN_TIME, PeerStatus.REFUSED));
    }

    @Test
    void theDeadlineMovesOnlyAPeerStillAsked() {
        assertThat(PeerStatus.ASKED.passDeadline())
                .contains(transition(PeerStatus.ASKED, PeerStatus.NO_ANSWER_IN_TIME));
        for (PeerStatus status : List.of(
                PeerStatus.ANSWERED, PeerStatus.REFUSED, PeerStatus.NO_ANSWER_IN_TIME, PeerStatus.ANSWERED_LATE)) {
            assertThat(status.passDeadline()).as(status.name()).isEmpty();
        }
    }

    @Test
    void nothingFollowsAnAnswerOrARefusal() {
        for (PeerStatus status : List.of(PeerStatus.ANSWERED, PeerStatus.REFUSED, PeerStatus.ANSWERED_LATE)) {
            assertThat(status.answer(true)).as("%s answers in time", status).isEmpty();
            assertThat(status.answer(false)).as("%s answers late", status).isEmpty();
            assertThat(status.refuse()).as("%s refuses", status).isEmpty();
            assertThat(status.passDeadline()).as("%s at the deadline", status).isEmpty();
            assertThat(status.isFinal()).as(status.name()).isTrue();
        }
        assertThat(PeerStatus.ASKED.isFinal()).isFalse();
        assertThat(PeerStatus.NO_ANSWER_IN_TIME.isFinal()).isFalse();
    }

    @Test
    void everyTransitionLeadsToAnotherStatus() {
        for (PeerStatus status : PeerStatus.values()) {
            for (PeerTransition transition :
                    List.of(status.answer(true), status.answer(false), status.refuse(), status.passDeadline()).stream()
                            .flatMap(java.util.Optional::stream)
                            .toList()) {
                assertThat(transition.from()).isEqualTo(status);
                assertThat(transition.to()).isNotEqualTo(status);
            }
        }
    }

    @Test
    void answeredAndSilentSplitThePeersThatHaveNotRefused() {
        assertThat(Arrays.stream(PeerStatus.values()).filter(PeerStatus::hasAnswered))
                .containsExactly(PeerStatus.ANSWERED, PeerStatus.ANSWERED_LATE);
        assertThat(Arrays.stream(PeerStatus.values()).filter(PeerStatus::isSilent))
                .containsExactly(PeerStatus.ASKED, PeerStatus.NO_ANSWER_IN_TIME);
    }

    private static PeerTransition transition(PeerStatus from, PeerStatus to) {
        return new PeerTransition(from, to);
    }
}
