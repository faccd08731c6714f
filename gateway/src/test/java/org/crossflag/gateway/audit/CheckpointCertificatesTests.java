package org.crossflag.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.crossflag.gateway.NodeFixture;
import org.crossflag.pki.Credential;
import org.crossflag.pki.FederationPki;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which certificates may sign this node's checkpoints: its own, current or earlier, valid and unrevoked at the time. */
class CheckpointCertificatesTests {

    @TempDir
    static Path dir;

    static NodeFixture fixture;
    static Instant now;
    static Credential earlier;
    static Credential revokedLater;

    @BeforeAll
    static void pki() throws Exception {
        fixture = new NodeFixture(dir);
        now = fixture.now;
        earlier = FederationPki.issueSigningCredential(
                fixture.ca, NodeFixture.SELF, now.minus(Duration.ofDays(300)), now.plus(Duration.ofDays(65)));
        revokedLater = FederationPki.issueSigningCredential(
                fixture.ca, NodeFixture.SELF, now.minus(Duration.ofDays(300)), now.plus(Duration.ofDays(65)));
    }

    CheckpointCertificates certificates(List<Credential> revoked) {
        return new CheckpointCertificates(
                fixture.ca.certificate(),
                List.of(fixture.selfSigning.certificate(), earlier.certificate(), revokedLater.certificate()),
                // The CA revokes at the CRL's thisUpdate, five minutes before now.
                () -> FederationPki.createCrl(
                        fixture.ca,
                        revoked.stream().map(Credential::certificate).toList(),
                        now.minus(Duration.ofMinutes(5)),
                        now.plus(Duration.ofDays(7))));
    }

    @Test
    void thisNodesCurrentCertificateMaySign() {
        assertThat(certificates(List.of()).problem(fixture.selfSigning.certificate(), now))
                .isNull();
    }

    @Test
    void anEarlierCertificateOfThisNodeStaysValidForWhatItSignedWhileCurrent() {
        assertThat(certificates(List.of()).problem(earlier.certificate(), now.minus(Duration.ofDays(100))))
                .isNull();
    }

    @Test
    void anotherMembersCertificateFromTheSameCaIsRefusedAndNamedByFingerprint() {
        String problem = certificates(List.of()).problem(fixture.peerSigning.certificate(), now);

        assertThat(problem)
                .contains("not one of this node's signing certificates")
                .contains(FederationPki.sha256Fingerprint(fixture.peerSigning.certificate()));
    }

    @Test
    void aCertificateRevokedLaterStaysValidForCheckpointsMadeBeforeItsRevocation() {
        CheckpointCertificates certificates = certificates(List.of(revokedLater));

        assertThat(certificates.problem(revokedLater.certificate(), now.minus(Duration.ofDays(1))))
                .isNull();
        assertThat(certificates.problem(revokedLater.certificate(), now)).contains("was revoked on");
    }

    @Test
    void aCheckpointDatedOutsideTheCertificatesValidityIsRefused() {
        assertThat(certificates(List.of()).problem(earlier.certificate(), now.plus(Duration.ofDays(100))))
                .contains("not valid when the checkpoint was made");
    }

    @Test
    void aCertificateFromAnotherCaIsRefused() {
        Credential otherCa =
                FederationPki.createRootCa("Other CA", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(9)));
        Credential forger = FederationPki.issueSigningCredential(
                otherCa, NodeFixture.SELF, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(9)));

        assertThat(certificates(List.of()).problem(forger.certificate(), now))
                .contains("not issued by the federation root CA");
    }
}
