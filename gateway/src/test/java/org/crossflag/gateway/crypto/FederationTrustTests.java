package org.crossflag.gateway.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.crossflag.gateway.NodeFixture;
import org.crossflag.pki.Credential;
import org.crossflag.pki.FederationPki;
import org.crossflag.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FederationTrustTests {

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
    void memberCertificatesIssuedByTheFederationCaAreValid() {
        assertThat(status(fixture.peerTls.certificate())).isEqualTo(CertificateStatus.VALID);
        assertThat(status(fixture.peerSigning.certificate())).isEqualTo(CertificateStatus.VALID);
        assertThat(status(fixture.operator.certificate())).isEqualTo(CertificateStatus.VALID);
    }

    @Test
    void certificateFromAnotherCaWithTheSameNameIsUntrusted() {
        Credential impostorCa = FederationPki.createRootCa(
                "Fixture Root CA", fixture.now.minus(Duration.ofHours(1)), fixture.now.plus(Duration.ofDays(10)));
        assertThat(impostorCa.certificate().getSubjectX500Principal())
                .isEqualTo(fixture.ca.certificate().getSubjectX500Principal());
        Credential impostor = FederationPki.issueTlsCredential(
                impostorCa,
                NodeFixture.PEER,
                fixture.now.minus(Duration.ofHours(1)),
                fixture.now.plus(Duration.ofDays(10)));

        assertThat(status(impostor.certificate())).isEqualTo(CertificateStatus.UNTRUSTED);
    }

    @Test
    void certificateFromACaWithAnotherNameIsUntrusted() {
        Credential otherCa = FederationPki.createRootCa(
                "Other Root CA", fixture.now.minus(Duration.ofHours(1)), fixture.now.plus(Duration.ofDays(10)));
        Credential other = FederationPki.issueSigningCredential(
                otherCa,
                NodeFixture.PEER,
                fixture.now.minus(Duration.ofHours(1)),
                fixture.now.plus(Duration.ofDays(10)));

        assertThat(status(other.certificate())).isEqualTo(CertificateStatus.UNTRUSTED);
    }

    @Test
    void certificateWhoseValidityEndedIsExpired() {
        Credential expired = FederationPki.issueTlsCredential(
                fixture.ca,
                NodeFixture.PEER,
                fixture.now.minus(Duration.ofDays(10)),
                fixture.now.minus(Duration.ofDays(1)));

        assertThat(status(expired.certificate())).isEqualTo(CertificateStatus.EXPIRED);
    }

    @Test
    void certificateWhoseValidityHasNotStartedIsNotYetValid() {
        Credential future = FederationPki.issueSigningCredential(
                fixture.ca,
                NodeFixture.PEER,
                fixture.now.plus(Duration.ofDays(1)),
                fixture.now.plus(Duration.ofDays(10)));

        assertThat(status(future.certificate())).isEqualTo(CertificateStatus.NOT_YET_VALID);
    }

    @Test
    void validityFollowsTheClockAtBothEnds() {
        X509Certificate certificate = fixture.peerTls.certificate();
        Instant notBefore = certificate.getNotBefore().toInstant();
        Instant notAfter = certificate.getNotAfter().toInstant();
        // A CRL that stays current past the certificate's end, so only validity is in play.
        FederationPki.writePem(
                fixture.crlPem(),
                FederationPki.createCrl(
                        fixture.ca, java.util.List.of(), fixture.now, notAfter.plus(Duration.ofDays(1))));
        assertThat(trust.refreshCrl()).isTrue();

        clock.set(notBefore.minusSeconds(1));
        assertThat(status(certificate)).isEqualTo(CertificateStatus.NOT_YET_VALID);
        clock.set(notBefore);
        assertThat(status(certificate)).isEqualTo(CertificateStatus.VALID);
        clock.set(notAfter);
        assertThat(status(certificate)).isEqualTo(CertificateStatus.VALID);
        clock.set(notAfter.plusSeconds(1));
        assertThat(status(certificate)).isEqualTo(CertificateStatus.EXPIRED);
    }

    @Test
    void revocationTakesEffectWhenTheCrlIsRefreshed() {
        X509Certificate certificate = fixture.peerSigning.certificate();
        assertThat(status(certificate)).isEqualTo(CertificateStatus.VALID);
        assertThat(trust.revokedCount()).isZero();

        fixture.revoke(fixture.peerSigning);
        assertThat(status(certificate)).as("the CRL is only read on refresh").isEqualTo(CertificateStatus.VALID);

        assertThat(trust.refreshCrl()).isTrue();
        assertThat(status(certificate)).isEqualTo(CertificateStatus.REVOKED);
        assertThat(trust.revokedCount()).isEqualTo(1);
        assertThat(status(fixture.peerTls.certificate()))
                .as("other certificates are unaffected")
                .isEqualTo(CertificateStatus.VALID);
    }

    @Test
    void crlPastItsNextUpdateLeavesRevocationUnknown() {
        X509Certificate certificate = fixture.peerSigning.certificate();
        clock.set(trust.crlNextUpdate().minusSeconds(1));
        assertThat(status(certificate)).isEqualTo(CertificateStatus.VALID);

        clock.set(trust.crlNextUpdate().plusSeconds(1));
        assertThat(status(certificate)).isEqualTo(CertificateStatus.REVOCATION_UNKNOWN);
    }

    @Test
    void olderCrlIsRefusedSoRevocationsCannotBeRolledBack() {
        fixture.revoke(fixture.peerSigning);
        assertThat(trust.refreshCrl()).isTrue();
        X509CRL older = FederationPki.createCrl(
                fixture.ca,
                java.util.List.of(),
                fixture.now.minus(Duration.ofDays(2)),
                fixture.now.plus(Duration.ofDays(30)));
        FederationPki.writePem(fixture.crlPem(), older);

        assertThat(trust.refreshCrl()).isFalse();
        assertThat(status(fixture.peerSigning.certificate())).isEqualTo(CertificateStatus.REVOKED);
    }

    @Test
    void crlListingTheCertificateAtConstructionRevokesItAtOnce() {
        fixture.revoke(fixture.peerTls);

        FederationTrust fresh = fixture.trust(Clock.fixed(fixture.now, ZoneOffset.UTC));

        assertThat(fresh.check(fixture.peerTls.certificate())).isEqualTo(CertificateStatus.REVOKED);
    }

    @Test
    void crlSignedByAnotherCaIsRefusedAndPreviousRevocationsStay() {
        fixture.revoke(fixture.peerTls);
        assertThat(trust.refreshCrl()).isTrue();
        assertThat(status(fixture.peerTls.certificate())).isEqualTo(CertificateStatus.REVOKED);

        Credential impostorCa = FederationPki.createRootCa(
                "Fixture Root CA", fixture.now.minus(Duration.ofHours(1)), fixture.now.plus(Duration.ofDays(10)));
        FederationPki.writePem(
                fixture.crlPem(),
                FederationPki.createCrl(
                        impostorCa,
                        List.of(),
                        fixture.now.minus(Duration.ofMinutes(1)),
                        fixture.now.plus(Duration.ofDays(1))));

        assertThat(trust.refreshCrl()).isFalse();
        assertThat(status(fixture.peerTls.certificate())).isEqualTo(CertificateStatus.REVOKED);
        assertThat(trust.revokedCount()).isEqualTo(1);
        assertThatThrownBy(trust::reloadCrl)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not signed by the federation root CA");
    }

    @Test
    void unreadableCrlIsRefusedAndPreviousRevocationsStay() throws Exception {
        fixture.revoke(fixture.peerSigning);
        assertThat(trust.refreshCrl()).isTrue();

        Files.writeString(fixture.crlPem(), "-----BEGIN X509 CRL-----\nbm90IGEgQ1JM\n-----END X509 CRL-----\n");

        assertThat(trust.refreshCrl()).isFalse();
        assertThat(status(fixture.peerSigning.certificate())).isEqualTo(CertificateStatus.REVOKED);
    }

    @Test
    void theCaCertificateItselfIsNotAcceptedAsALeaf() {
        assertThat(status(fixture.ca.certificate())).isEqualTo(CertificateStatus.UNTRUSTED);
    }

    @Test
    void refusingACaCertificateIsNotUndoneByTheCache() {
        // The issuer check is cached per fingerprint; asking twice must give the same answer.
        assertThat(status(fixture.ca.certificate())).isEqualTo(CertificateStatus.UNTRUSTED);
        assertThat(status(fixture.ca.certificate())).isEqualTo(CertificateStatus.UNTRUSTED);
        assertThat(status(fixture.peerTls.certificate())).isEqualTo(CertificateStatus.VALID);
    }

    @Test
    void trustAnchorIsTheConfiguredCa() {
        assertThat(trust.trustAnchor()).isEqualTo(fixture.ca.certificate());
    }

    private CertificateStatus status(X509Certificate certificate) {
        return trust.check(certificate);
    }
}
