package org.crossflag.gateway.federation.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.crossflag.gateway.NodeFixture;
import org.crossflag.gateway.crypto.FederationTrust;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.pki.DirectoryDocument;
import org.crossflag.pki.DirectoryMemberEntry;
import org.crossflag.pki.FederationPki;
import org.crossflag.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryServiceTests {

    @TempDir
    Path dir;

    NodeFixture fixture;
    MutableClock clock;
    FederationTrust trust;
    DirectoryService service;
    Instant expiry;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new NodeFixture(dir);
        clock = MutableClock.stoppedAt(fixture.now);
        trust = fixture.trust(clock);
        service = service(fixture.operator.certificate());
        expiry = fixture.now.plus(Duration.ofDays(30));
    }

    @Test
    void loadVerifiesTheSignedDirectory() {
        FederationDirectory loaded = service.load();

        assertThat(loaded.federation()).isEqualTo("crossflag-fixture");
        assertThat(loaded.sequence()).isEqualTo(1);
        assertThat(loaded.members())
                .extracting(DirectoryMember::code)
                .containsExactlyInAnyOrder(NodeFixture.SELF, NodeFixture.PEER);
        DirectoryMember peer = loaded.member(NodeFixture.PEER).orElseThrow();
        assertThat(peer.tlsCertificateSha256())
                .containsExactly(FederationPki.sha256Fingerprint(fixture.peerTls.certificate()));
        assertThat(peer.signingCertificateSha256())
                .containsExactly(FederationPki.sha256Fingerprint(fixture.peerSigning.certificate()));
        assertThat(peer.kind()).isEqualTo(MemberKind.POLICE);
        assertThat(service.requireCurrent()).isSameAs(loaded);
        assertThat(service.location()).isEqualTo("file:" + fixture.directoryJson());
    }

    @Test
    void refreshWithAHigherSequenceReplacesTheDirectory() {
        service.load();
        fixture.writeDirectory(2, expiry.plus(Duration.ofDays(1)), List.of("Refusal"));

        assertThat(service.refresh()).isTrue();

        FederationDirectory current = service.requireCurrent();
        assertThat(current.sequence()).isEqualTo(2);
        assertThat(current.member(NodeFixture.PEER).orElseThrow().messageTypes())
                .containsExactly("Refusal");
        assertThat(service.lastRefreshProblem()).isNull();
    }

    @Test
    void refreshWithALowerSequenceIsRefusedAndTheCurrentOneKept() {
        fixture.writeDirectory(5, expiry, NodeFixture.ALL_TYPES);
        service.load();
        fixture.writeDirectory(4, expiry.plus(Duration.ofDays(1)), List.of("Refusal"));

        assertThat(service.refresh()).isFalse();

        assertThat(service.requireCurrent().sequence()).isEqualTo(5);
        assertThat(service.requireCurrent()
                        .member(NodeFixture.PEER)
                        .orElseThrow()
                        .takesPartIn(MessageType.PRIOR_HEARING_QUERY))
                .isTrue();
        assertThat(service.lastRefreshProblem()).contains("sequence 4").contains("older than the current 5");
    }

    @Test
    void successfulRefreshClearsTheLastProblem() {
        fixture.writeDirectory(3, expiry, NodeFixture.ALL_TYPES);
        service.load();
        fixture.writeDirectory(2, expiry, NodeFixture.ALL_TYPES);
        assertThat(service.refresh()).isFalse();
        assertThat(service.lastRefreshProblem()).isNotNull();

        fixture.writeDirectory(4, expiry.plus(Duration.ofDays(1)), NodeFixture.ALL_TYPES);
        assertThat(service.refresh()).isTrue();

        assertThat(service.lastRefreshProblem()).isNull();
        assertThat(service.requireCurrent().expiresAt())
                .isEqualTo(expiry.plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS));
    }

    @Test
    void documentSignedByAnotherKeyIsRefusedOnRefreshAndTheCurrentOneKept() {
        service.load();
        byte[] json = fixture.directory(2, expiry, List.of("Refusal")).toJsonBytes();
        DirectoryDocument.writeSigned(fixture.directoryJson(), json, fixture.peerSigning.privateKey());

        assertThat(service.refresh()).isFalse();

        assertThat(service.requireCurrent().sequence()).isEqualTo(1);
        assertThat(service.lastRefreshProblem()).contains("signature does not verify");
    }

    @Test
    void documentChangedAfterSigningIsRefused() throws Exception {
        service.load();
        fixture.writeDirectory(2, expiry, NodeFixture.ALL_TYPES);
        String tampered = Files.readString(fixture.directoryJson()).replace("\"Refusal\"", "\"CrossAreaAlert\"");
        Files.writeString(fixture.directoryJson(), tampered);

        assertThat(service.refresh()).isFalse();
        assertThat(service.requireCurrent().sequence()).isEqualTo(1);
    }

    @Test
    void missingSignatureFileIsRefusedOnRefresh() throws Exception {
        service.load();
        Files.delete(DirectoryDocument.signatureFile(fixture.directoryJson()));

        assertThat(service.refresh()).isFalse();
        assertThat(service.lastRefreshProblem()).contains("cannot read");
        assertThat(service.requireCurrent().sequence()).isEqualTo(1);
    }

    @Test
    void operatorCertificateWithoutTheDirectorySigningUsageIsRefused() {
        byte[] json = fixture.directory(1, expiry, NodeFixture.ALL_TYPES).toJsonBytes();
        DirectoryDocument.writeSigned(fixture.directoryJson(), json, fixture.peerSigning.privateKey());
        DirectoryService memberAsOperator = service(fixture.peerSigning.certificate());

        assertThatThrownBy(memberAsOperator::load)
                .isInstanceOf(DirectoryVerificationException.class)
                .hasMessageContaining("directory-signing extended key usage");
        assertThat(memberAsOperator.lastVerified()).isNull();
    }

    @Test
    void revokedOperatorCertificateIsRefused() {
        service.load();
        fixture.revoke(fixture.operator);
        assertThat(trust.refreshCrl()).isTrue();
        fixture.writeDirectory(2, expiry, NodeFixture.ALL_TYPES);

        assertThat(service.refresh()).isFalse();
        assertThat(service.lastRefreshProblem()).contains("operator certificate is REVOKED");
        assertThat(service.requireCurrent().sequence()).isEqualTo(1);
    }

    @Test
    void directoryListingAMemberTwiceIsRefused() {
        service.load();
        DirectoryMemberEntry peer =
                NodeFixture.member(NodeFixture.PEER, fixture.peerTls, fixture.peerSigning, NodeFixture.ALL_TYPES);
        byte[] json = DirectoryDocument.builder("crossflag-fixture")
                .sequence(2)
                .issuedAt(fixture.now)
                .expiresAt(expiry)
                .member(NodeFixture.member(
                        NodeFixture.SELF, fixture.selfTls, fixture.selfSigning, NodeFixture.ALL_TYPES))
                .member(peer)
                .member(NodeFixture.member(NodeFixture.PEER, fixture.selfTls, fixture.selfSigning, List.of("Refusal")))
                .build()
                .toJsonBytes();
        fixture.writeSignedDirectory(json);

        assertThat(service.refresh()).isFalse();

        assertThat(service.lastRefreshProblem()).contains("lists member " + NodeFixture.PEER + " twice");
        assertThat(service.requireCurrent().sequence()).isEqualTo(1);
    }

    @Test
    void schemaInvalidDocumentIsRefused() {
        service.load();
        DirectoryMemberEntry plainHttp = new DirectoryMemberEntry(
                NodeFixture.PEER,
                "Plain HTTP force",
                DirectoryMemberEntry.Kind.POLICE,
                "http://127.0.0.1:8080",
                List.of(FederationPki.sha256Fingerprint(fixture.peerTls.certificate())),
                List.of(FederationPki.sha256Fingerprint(fixture.peerSigning.certificate())),
                NodeFixture.ALL_TYPES);
        byte[] json = DirectoryDocument.builder("crossflag-fixture")
                .sequence(2)
                .issuedAt(fixture.now)
                .expiresAt(expiry)
                .member(plainHttp)
                .build()
                .toJsonBytes();
        fixture.writeSignedDirectory(json);

        assertThat(service.refresh()).isFalse();

        assertThat(service.lastRefreshProblem()).contains("schema");
        assertThat(service.requireCurrent()
                        .member(NodeFixture.PEER)
                        .orElseThrow()
                        .endpoint())
                .startsWith("https://");
    }

    @Test
    void signedDocumentThatIsNotJsonIsRefused() {
        service.load();
        fixture.writeSignedDirectory("not a directory".getBytes(StandardCharsets.UTF_8));

        assertThat(service.refresh()).isFalse();
        assertThat(service.lastRefreshProblem()).contains("not well-formed JSON");
    }

    @Test
    void loadThrowsWhenTheFirstDirectoryCannotBeVerified() {
        byte[] json = fixture.directory(1, expiry, NodeFixture.ALL_TYPES).toJsonBytes();
        DirectoryDocument.writeSigned(fixture.directoryJson(), json, fixture.selfSigning.privateKey());

        assertThatThrownBy(service::load).isInstanceOf(DirectoryVerificationException.class);
        assertRefusedAsExpired();
    }

    @Test
    void requireCurrentRefusesOnceTheClockReachesExpiry() {
        FederationDirectory loaded = service.load();
        Instant expiresAt = loaded.expiresAt();

        clock.set(expiresAt.minusMillis(1));
        assertThat(service.requireCurrent()).isSameAs(loaded);

        clock.set(expiresAt);
        assertRefusedAsExpired();
        clock.set(expiresAt.plus(Duration.ofDays(1)));
        assertRefusedAsExpired();
        assertThat(service.lastVerified()).as("still reported for health").isSameAs(loaded);
    }

    @Test
    void refreshAfterExpiryResumesTraffic() {
        service.load();
        clock.set(fixture.now.plus(Duration.ofDays(31)));
        assertRefusedAsExpired();

        // The operator's certificate is checked against a current CRL, so the fresh directory comes with one.
        FederationPki.writePem(
                fixture.crlPem(),
                FederationPki.createCrl(
                        fixture.ca,
                        java.util.List.of(),
                        fixture.now.plus(Duration.ofDays(31)),
                        fixture.now.plus(Duration.ofDays(90))));
        assertThat(trust.refreshCrl()).isTrue();
        fixture.writeDirectory(2, fixture.now.plus(Duration.ofDays(60)), NodeFixture.ALL_TYPES);
        assertThat(service.refresh()).isTrue();

        assertThat(service.requireCurrent().sequence()).isEqualTo(2);
    }

    @Test
    void requireCurrentRefusesBeforeAnyDirectoryIsLoaded() {
        assertRefusedAsExpired();
    }

    @Test
    void signedDocumentWithAnImpossibleDateIsRefusedOnRefresh() {
        service.load();
        String json = new String(
                        fixture.directory(2, expiry, NodeFixture.ALL_TYPES).toJsonBytes(), StandardCharsets.UTF_8)
                .replaceFirst("\"issuedAt\"\\s*:\\s*\"[^\"]+\"", "\"issuedAt\": \"2031-02-30T00:00:00Z\"");
        assertThat(json).contains("2031-02-30T00:00:00Z");
        fixture.writeSignedDirectory(json.getBytes(StandardCharsets.UTF_8));

        assertThat(service.refresh()).isFalse();
        assertThat(service.lastRefreshProblem()).isNotNull();
        assertThat(service.requireCurrent().sequence()).isEqualTo(1);
    }

    @Test
    void sameSequenceReissuedWithDifferentContentIsRefused() {
        service.load();
        fixture.writeDirectory(1, fixture.now.plus(Duration.ofDays(2)), NodeFixture.ALL_TYPES);

        assertThat(service.refresh()).isFalse();
        assertThat(service.lastRefreshProblem()).contains("reissued with different content");
        assertThat(service.requireCurrent().expiresAt()).isAfter(fixture.now.plus(Duration.ofDays(20)));
    }

    @Test
    void alreadyExpiredDocumentDoesNotReplaceTheCurrentOne() {
        service.load();
        fixture.writeDirectory(2, fixture.now.minusSeconds(1), NodeFixture.ALL_TYPES);

        assertThat(service.refresh()).isFalse();
        assertThat(service.requireCurrent().sequence()).isEqualTo(1);
    }

    @Test
    void aMembersOnsForceCodeIsReadAndAMemberWithoutOneHasNone() {
        service.load();
        fixture.writeSignedDirectory(withPeerForceCode("E23000028"));

        assertThat(service.refresh()).isTrue();

        assertThat(service.requireCurrent()
                        .member(NodeFixture.PEER)
                        .orElseThrow()
                        .onsForceCode())
                .isEqualTo("E23000028");
        assertThat(service.requireCurrent()
                        .member(NodeFixture.SELF)
                        .orElseThrow()
                        .onsForceCode())
                .isNull();
    }

    @Test
    void anOnsForceCodeOfAnotherFormIsRefusedByTheSchema() {
        service.load();
        byte[] json = new String(withPeerForceCode("E23000028"), StandardCharsets.UTF_8)
                .replace("\"E23000028\"", "\"GB-ESX\"")
                .getBytes(StandardCharsets.UTF_8);
        fixture.writeSignedDirectory(json);

        assertThat(service.refresh()).isFalse();

        assertThat(service.lastRefreshProblem()).contains("schema");
        assertThat(service.requireCurrent().sequence()).isEqualTo(1);
    }

    private byte[] withPeerForceCode(String onsForceCode) {
        return DirectoryDocument.builder("crossflag-fixture")
                .sequence(2)
                .issuedAt(fixture.now)
                .expiresAt(expiry)
                .member(NodeFixture.member(
                        NodeFixture.SELF, fixture.selfTls, fixture.selfSigning, NodeFixture.ALL_TYPES))
                .member(NodeFixture.member(
                                NodeFixture.PEER, fixture.peerTls, fixture.peerSigning, NodeFixture.ALL_TYPES)
                        .withOnsForceCode(onsForceCode))
                .build()
                .toJsonBytes();
    }

    private void assertRefusedAsExpired() {
        DirectoryUnavailableException rejected =
                catchThrowableOfType(DirectoryUnavailableException.class, service::requireCurrent);
        assertThat(rejected).isNotNull();
        assertThat(rejected.reason()).isEqualTo(DirectoryUnavailableException.Reason.DIRECTORY_EXPIRED);
    }

    private DirectoryService service(X509Certificate operatorCertificate) {
        return new DirectoryService(
                new DirectorySource("file:" + fixture.directoryJson(), null),
                new DirectoryVerifier(trust, operatorCertificate),
                clock);
    }
}
