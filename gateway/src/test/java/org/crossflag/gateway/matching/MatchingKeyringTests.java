package org.crossflag.gateway.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crossflag.gateway.matching.MatchingFixtures.CHANGEOVER;
import static org.crossflag.gateway.matching.MatchingFixtures.V1_START;
import static org.crossflag.gateway.matching.MatchingFixtures.V2_START;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class MatchingKeyringTests {

    private final MatchingKeyring keyring = MatchingFixtures.twoVersions();

    @Test
    void oneVersionIsAcceptedOutsideAChangeover() {
        assertThat(keyring.acceptedVersions(V1_START.plusSeconds(1))).containsExactly(1);
        assertThat(keyring.acceptedVersions(V2_START.plus(CHANGEOVER))).containsExactly(2);
        assertThat(keyring.acceptedVersions(V1_START.minusSeconds(1))).isEmpty();
    }

    @Test
    void bothVersionsAreAcceptedDuringTheChangeover() {
        assertThat(keyring.acceptedVersions(V2_START)).containsExactly(1, 2);
        assertThat(keyring.acceptedVersions(V2_START.plus(CHANGEOVER).minusSeconds(1)))
                .containsExactly(1, 2);
        assertThat(keyring.currentVersion(V2_START.plusSeconds(1))).isEqualTo(2);
        assertThat(keyring.currentVersion(V2_START.minusSeconds(1))).isEqualTo(1);
    }

    @Test
    void aVersionAfterItsChangeoverIsRejectedWithTheReasonAndTheAcceptedVersions() {
        assertThatThrownBy(() -> keyring.requireAccepted(1, V2_START.plus(CHANGEOVER)))
                .isInstanceOfSatisfying(MatchingException.class, e -> {
                    assertThat(e.reason()).isEqualTo(MatchingReason.MATCHING_KEY_VERSION_NOT_ACCEPTED);
                    assertThat(e.getMessage()).contains("version 1").contains("accepted: [2]");
                });
    }

    @Test
    void aVersionBeforeItsStartOrUnknownIsRejected() {
        assertThatThrownBy(() -> keyring.requireAccepted(2, V2_START.minusSeconds(1)))
                .isInstanceOfSatisfying(
                        MatchingException.class,
                        e -> assertThat(e.reason()).isEqualTo(MatchingReason.MATCHING_KEY_VERSION_NOT_ACCEPTED));
        assertThatThrownBy(() -> keyring.requireAccepted(7, V2_START))
                .isInstanceOfSatisfying(
                        MatchingException.class, e -> assertThat(e.getMessage()).contains("version 7 is unknown"));
    }

    @Test
    void badKeyringsAreRefused() {
        byte[] secret = MatchingFixtures.secret("x");
        assertThatThrownBy(() -> new MatchingKeyring(List.of(), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MatchingSecret(1, new byte[16], V1_START))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MatchingKeyring(
                        List.of(new MatchingSecret(1, secret, V2_START), new MatchingSecret(2, secret, V1_START)),
                        Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new MatchingSecret(1, secret, V1_START).toString())
                .doesNotContain("x")
                .contains("redacted");
    }
}
