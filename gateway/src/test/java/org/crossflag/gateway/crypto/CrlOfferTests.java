package org.crossflag.gateway.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.crossflag.gateway.NodeFixture;
import org.crossflag.pki.Credential;
import org.crossflag.pki.FederationPki;
import org.crossflag.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CRLs offered from any source: only the CA's, and never an older one over a newer one. */
class CrlOfferTests {

    @TempDir
    Path dir;

    NodeFixture fixture;
    MutableClock clock;
    FederationTrust trust;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new NodeFixture(dir);
        clock = MutableClock.stoppedAt(fixture.now);
        trust = fixture.trust(clock);
    }

    @Test
    void newerCrlFromTheCaIsPutInForceAndRevokesAtOnce() {
        boolean accepted = trust.offerCrl(FederationPki.createCrl(
                fixture.ca,
                List.of(fixture.peerSigning.certificate()),
                fixture.now,
                fixture.now.plus(Duration.ofDays(7))));

        assertThat(accepted).isTrue();
        assertThat(trust.check(fixture.peerSigning.certificate())).isEqualTo(CertificateStatus.REVOKED);
        assertThat(trust.crlThisUpdate()).isEqualTo(fixture.now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    @Test
    void olderCrlNeverReplacesANewerOne() {
        trust.offerCrl(FederationPki.createCrl(
                fixture.ca,
                List.of(fixture.peerSigning.certificate()),
                fixture.now,
                fixture.now.plus(Duration.ofDays(7))));

        boolean accepted = trust.offerCrl(FederationPki.createCrl(
                fixture.ca, List.of(), fixture.now.minus(Duration.ofMinutes(1)), fixture.now.plus(Duration.ofDays(7))));

        assertThat(accepted).isFalse();
        assertThat(trust.check(fixture.peerSigning.certificate())).isEqualTo(CertificateStatus.REVOKED);
    }

    @Test
    void crlSignedByAnotherCaIsRefused() {
        Credential rogue = FederationPki.createRootCa(
                "Fixture Root CA", fixture.now.minus(Duration.ofHours(1)), fixture.now.plus(Duration.ofDays(10)));

        trust.offerCrl(FederationPki.createCrl(
                fixture.ca,
                List.of(fixture.peerSigning.certificate()),
                fixture.now,
                fixture.now.plus(Duration.ofDays(7))));

        assertThatThrownBy(() -> trust.offerCrl(FederationPki.createCrl(
                        rogue,
                        List.of(),
                        fixture.now.plus(Duration.ofMinutes(1)),
                        fixture.now.plus(Duration.ofDays(7)))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not signed by the federation root CA");
        assertThat(trust.check(fixture.peerSigning.certificate())).isEqualTo(CertificateStatus.REVOKED);
        assertThat(trust.crlThisUpdate()).isEqualTo(fixture.now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }
}
