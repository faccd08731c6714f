package org.crossflag.gateway.disclosures.lookups;

import static org.assertj.core.api.Assertions.assertThat;

import org.crossflag.gateway.disclosures.applications.ForceState;
import org.crossflag.gateway.lookup.PeerState;
import org.crossflag.gateway.lookup.PeerStatus;
import org.junit.jupiter.api.Test;

class ForceStatesTests {

    static ForceRepository.ForceRow row(PeerStatus check, String hitId, PeerStatus request, String reason) {
        return new ForceRepository.ForceRow(
                "GB-ESX",
                "m1",
                new PeerState("GB-ESX", check, check == PeerStatus.REFUSED ? reason : null),
                hitId,
                hitId == null ? null : "MATCH",
                request == null ? null : "m2",
                request == null
                        ? null
                        : new PeerState("GB-ESX", request, request == PeerStatus.REFUSED ? reason : null),
                null,
                null);
    }

    @Test
    void stepOneStates() {
        assertThat(ForceStates.of(row(PeerStatus.ASKED, null, null, null))).isEqualTo(ForceState.ASKED);
        assertThat(ForceStates.of(row(PeerStatus.ANSWERED, null, null, null))).isEqualTo(ForceState.NO_HIT);
        assertThat(ForceStates.of(row(PeerStatus.ANSWERED_LATE, null, null, null)))
                .isEqualTo(ForceState.NO_HIT);
        assertThat(ForceStates.of(row(PeerStatus.ANSWERED, "h", null, null))).isEqualTo(ForceState.HIT);
    }

    @Test
    void aForceThatRefusedOrStayedSilentInStepOneIsNotReachableWithItsReason() {
        ForceRepository.ForceRow refused = row(PeerStatus.REFUSED, null, null, "POLICY_NO_AGREEMENT");
        assertThat(ForceStates.of(refused)).isEqualTo(ForceState.NOT_REACHABLE);
        assertThat(ForceStates.reasonCode(refused)).isEqualTo("POLICY_NO_AGREEMENT");
        assertThat(ForceStates.of(row(PeerStatus.NO_ANSWER_IN_TIME, null, null, null)))
                .isEqualTo(ForceState.NOT_REACHABLE);
    }

    @Test
    void stepTwoStates() {
        assertThat(ForceStates.of(row(PeerStatus.ANSWERED, "h", PeerStatus.ASKED, null)))
                .isEqualTo(ForceState.REQUESTED);
        assertThat(ForceStates.of(row(PeerStatus.ANSWERED, "h", PeerStatus.ANSWERED, null)))
                .isEqualTo(ForceState.ANSWERED);
        ForceRepository.ForceRow refused =
                row(PeerStatus.ANSWERED, "h", PeerStatus.REFUSED, "POLICY_DATA_CATEGORY_NOT_AGREED");
        assertThat(ForceStates.of(refused)).isEqualTo(ForceState.REFUSED);
        assertThat(ForceStates.reasonCode(refused)).isEqualTo("POLICY_DATA_CATEGORY_NOT_AGREED");
    }
}
