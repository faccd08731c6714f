package org.crossflag.gateway.federation.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.crossflag.adapter.RequesterRole;
import org.crossflag.gateway.NodeFixture;
import org.crossflag.gateway.crypto.FederationTrust;
import org.crossflag.gateway.crypto.Fingerprints;
import org.crossflag.gateway.crypto.SignatureVerifier;
import org.crossflag.gateway.federation.directory.DirectoryService;
import org.crossflag.gateway.federation.directory.DirectorySource;
import org.crossflag.gateway.federation.directory.DirectoryVerifier;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.EnvelopeCodec;
import org.crossflag.gateway.federation.envelope.LegalBasis;
import org.crossflag.gateway.federation.envelope.MessageRejectedException;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.envelope.Purpose;
import org.crossflag.gateway.federation.envelope.RejectionReason;
import org.crossflag.pki.Credential;
import org.crossflag.pki.FederationPki;
import org.crossflag.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

class InboundMessageVerifierTests {

    static final Duration SKEW = Duration.ofMinutes(2);
    static final String JSON = "application/json";

    @TempDir
    Path dir;

    NodeFixture fixture;
    MutableClock clock;
    Instant now;
    FederationTrust trust;
    DirectoryService directory;
    final EnvelopeCodec codec = new EnvelopeCodec();
    InboundMessageVerifier verifier;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new NodeFixture(dir);
        now = fixture.now;
        clock = MutableClock.stoppedAt(now);
        trust = fixture.trust(clock);
        directory = new DirectoryService(new DirectorySource("file:" + fixture.directoryJson(), null),
                new DirectoryVerifier(trust, fixture.operator.certificate()), clock);
        directory.load();
        verifier = new InboundMessageVerifier(NodeFixture.SELF, directory, trust, new SignatureVerifier(), codec, clock, SKEW);
    }

    // --- accepted ---------------------------------------------------------------------------------------------

    @Test
    void messageFromThePeerIsAcceptedWithItsFingerprints() throws Exception {
        byte[] body = body(tree -> { });
        InboundRequest request = signedByPeer(body);

        VerifiedMessage verified = verifier.verify(request);

        assertThat(verified.envelope()).isEqualTo(codec.decode(body));
        assertThat(verified.envelope().sender()).isEqualTo(NodeFixture.PEER);
        assertThat(verified.body()).isEqualTo(body);
        assertThat(verified.signature()).isEqualTo(Base64.getDecoder().decode(request.signature()));
        assertThat(verified.signingCertificate()).isEqualTo(fixture.peerSigning.certificate());
        assertThat(verified.signingCertificateSha256()).isEqualTo(Fingerprints.sha256(fixture.peerSigning.certificate()));
        assertThat(verified.tlsCertificateSha256()).isEqualTo(Fingerprints.sha256(fixture.peerTls.certificate()));
        assertThat(verified.signingCertificateSha256()).isNotEqualTo(verified.tlsCertificateSha256());
        assertThat(verified.receivedAt()).isEqualTo(now);
    }

    @Test
    void jsonContentTypeWithParametersOrOtherCaseIsAccepted() {
        byte[] body = body(tree -> { });

        assertThat(verifier.verify(request(body, "application/json; charset=utf-8", fixture.peerTls.certificate(),
                fixture.peerSigning)).envelope().sender()).isEqualTo(NodeFixture.PEER);
        assertThat(verifier.verify(request(body, "Application/JSON", fixture.peerTls.certificate(),
                fixture.peerSigning)).envelope().sender()).isEqualTo(NodeFixture.PEER);
    }

    // --- transport and headers --------------------------------------------------------------------------------

    @Test
    void nonJsonOrMissingContentTypeIsUnsupported() {
        byte[] body = body(tree -> { });

        for (String type : new String[] {null, "", "application/xml", "text/plain", "text/json",
                "application/json-patch+json", "application/jsonp"}) {
            assertRejected(request(body, type, fixture.peerTls.certificate(), fixture.peerSigning),
                    RejectionReason.UNSUPPORTED_MEDIA_TYPE);
        }
    }

    @Test
    void missingClientCertificateIsRefused() {
        assertRejected(request(body(tree -> { }), JSON, null, fixture.peerSigning), RejectionReason.CLIENT_CERTIFICATE_MISSING);
    }

    @Test
    void missingOrBlankSignatureHeadersAreRefused() {
        byte[] body = body(tree -> { });
        InboundRequest good = signedByPeer(body);

        assertRejected(withSignature(good, null), RejectionReason.SIGNATURE_MISSING);
        assertRejected(withSignature(good, "  "), RejectionReason.SIGNATURE_MISSING);
        assertRejected(withSigningCertificate(good, null), RejectionReason.SIGNATURE_MISSING);
        assertRejected(withSigningCertificate(good, ""), RejectionReason.SIGNATURE_MISSING);
    }

    @Test
    void signingCertificateHeaderThatIsNotACertificateIsAnInvalidSignature() {
        InboundRequest good = signedByPeer(body(tree -> { }));

        assertRejected(withSigningCertificate(good, "%%% not base64 %%%"), RejectionReason.SIGNATURE_INVALID);
        assertRejected(withSigningCertificate(good, Base64.getEncoder().encodeToString(
                "synthetic bytes, not DER".getBytes(StandardCharsets.UTF_8))), RejectionReason.SIGNATURE_INVALID);
    }

    @Test
    void signatureOverOtherBytesIsInvalid() {
        byte[] body = body(tree -> { });
        String otherSignature = signature(fixture.peerSigning, body(tree -> tree.put("messageId", UUID.randomUUID().toString())));

        assertRejected(withSignature(signedByPeer(body), otherSignature), RejectionReason.SIGNATURE_INVALID);
    }

    @Test
    void signatureCoversTheExactBytes() {
        byte[] body = body(tree -> { });
        InboundRequest good = signedByPeer(body);
        byte[] reformatted = (new String(body, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);

        assertRejected(new InboundRequest(reformatted, JSON, good.clientCertificate(), good.signature(), good.signingCertificate()),
                RejectionReason.SIGNATURE_INVALID);
    }

    @Test
    void signatureHeaderThatIsNotBase64IsInvalid() {
        assertRejected(withSignature(signedByPeer(body(tree -> { })), "***not*base64***"), RejectionReason.SIGNATURE_INVALID);
    }

    @Test
    void signatureByAnotherKeyThanTheCertificateInTheHeaderIsInvalid() {
        byte[] body = body(tree -> { });

        assertRejected(withSignature(signedByPeer(body), signature(fixture.selfSigning, body)), RejectionReason.SIGNATURE_INVALID);
    }

    @Test
    void tlsCertificateAsSigningCertificateIsAnInvalidSignature() throws Exception {
        InboundRequest good = signedByPeer(body(tree -> { }));

        assertRejected(withSigningCertificate(good, base64(fixture.peerTls.certificate())), RejectionReason.SIGNATURE_INVALID);
    }

    // --- certificates -----------------------------------------------------------------------------------------

    @Test
    void tlsCertificateFromAnotherCaIsUntrusted() {
        Credential otherTls = FederationPki.issueTlsCredential(otherCa(), NodeFixture.PEER, now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(10)));

        assertRejected(request(body(tree -> { }), JSON, otherTls.certificate(), fixture.peerSigning),
                RejectionReason.CERTIFICATE_UNTRUSTED);
    }

    @Test
    void signingCertificateFromAnotherCaIsUntrusted() {
        Credential otherSigning = FederationPki.issueSigningCredential(otherCa(), NodeFixture.PEER,
                now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(10)));

        assertRejected(request(body(tree -> { }), JSON, fixture.peerTls.certificate(), otherSigning),
                RejectionReason.CERTIFICATE_UNTRUSTED);
    }

    @Test
    void expiredTlsCertificateIsRefused() {
        Credential expired = FederationPki.issueTlsCredential(fixture.ca, NodeFixture.PEER, now.minus(Duration.ofDays(10)),
                now.minus(Duration.ofDays(1)));

        assertRejected(request(body(tree -> { }), JSON, expired.certificate(), fixture.peerSigning),
                RejectionReason.CERTIFICATE_EXPIRED);
    }

    @Test
    void expiredSigningCertificateIsRefused() {
        Credential expired = FederationPki.issueSigningCredential(fixture.ca, NodeFixture.PEER, now.minus(Duration.ofDays(10)),
                now.minus(Duration.ofDays(1)));

        assertRejected(request(body(tree -> { }), JSON, fixture.peerTls.certificate(), expired),
                RejectionReason.CERTIFICATE_EXPIRED);
    }

    @Test
    void notYetValidCertificatesAreRefused() {
        Credential futureTls = FederationPki.issueTlsCredential(fixture.ca, NodeFixture.PEER, now.plus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(10)));
        Credential futureSigning = FederationPki.issueSigningCredential(fixture.ca, NodeFixture.PEER, now.plus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(10)));
        byte[] body = body(tree -> { });

        assertRejected(request(body, JSON, futureTls.certificate(), fixture.peerSigning), RejectionReason.CERTIFICATE_NOT_YET_VALID);
        assertRejected(request(body, JSON, fixture.peerTls.certificate(), futureSigning), RejectionReason.CERTIFICATE_NOT_YET_VALID);
    }

    @Test
    void revokedTlsCertificateIsRefusedOnceTheCrlIsRefreshed() {
        byte[] body = body(tree -> { });
        assertThat(verifier.verify(signedByPeer(body))).isNotNull();

        fixture.revoke(fixture.peerTls);
        assertThat(trust.refreshCrl()).isTrue();

        assertRejected(signedByPeer(body), RejectionReason.CERTIFICATE_REVOKED);
    }

    @Test
    void revokedSigningCertificateIsRefusedOnceTheCrlIsRefreshed() {
        byte[] body = body(tree -> { });
        assertThat(verifier.verify(signedByPeer(body))).isNotNull();

        fixture.revoke(fixture.peerSigning);
        assertThat(trust.refreshCrl()).isTrue();

        MessageRejectedException rejected = assertRejected(signedByPeer(body), RejectionReason.CERTIFICATE_REVOKED);
        assertThat(rejected.getMessage()).contains("signing certificate");
    }

    // --- envelope and directory -------------------------------------------------------------------------------

    @Test
    void validlySignedBodyThatFailsTheSchemaIsRefused() {
        MessageRejectedException rejected = assertRejected(signedByPeer(body(tree -> tree.remove("purpose"))),
                RejectionReason.SCHEMA_INVALID);

        assertThat(rejected.sender()).isEqualTo(NodeFixture.PEER);
    }

    @Test
    void senderNotInTheDirectoryIsUnknown() {
        MessageRejectedException rejected = assertRejected(signedByPeer(body(tree -> tree.put("sender", "GB-ZZZ"))),
                RejectionReason.SENDER_UNKNOWN);

        assertThat(rejected.sender()).isEqualTo("GB-ZZZ");
        assertThat(rejected.messageId()).isNotNull();
    }

    @Test
    void senderNamingAnotherMemberThanItsCertificatesIsAMismatch() {
        // The peer's valid certificates, but the envelope claims to come from this node.
        MessageRejectedException rejected = assertRejected(signedByPeer(body(tree -> tree.put("sender", NodeFixture.SELF))),
                RejectionReason.SENDER_CERTIFICATE_MISMATCH);

        assertThat(rejected.sender()).isEqualTo(NodeFixture.SELF);
    }

    @Test
    void tlsCertificateOfAnotherMemberIsAMismatch() {
        assertRejected(request(body(tree -> { }), JSON, fixture.selfTls.certificate(), fixture.peerSigning),
                RejectionReason.SENDER_CERTIFICATE_MISMATCH);
    }

    @Test
    void signingCertificateOfAnotherMemberIsAMismatch() {
        assertRejected(request(body(tree -> { }), JSON, fixture.peerTls.certificate(), fixture.selfSigning),
                RejectionReason.SENDER_CERTIFICATE_MISMATCH);
    }

    @Test
    void validFederationCertificateThatTheDirectoryDoesNotListIsAMismatch() {
        Credential unlisted = FederationPki.issueSigningCredential(fixture.ca, NodeFixture.PEER, now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(10)));

        assertRejected(request(body(tree -> { }), JSON, fixture.peerTls.certificate(), unlisted),
                RejectionReason.SENDER_CERTIFICATE_MISMATCH);
    }

    @Test
    void typeThePeerMayNotSendIsRefused() {
        fixture.writeDirectory(2, now.plus(Duration.ofDays(30)), List.of("Refusal"));
        assertThat(directory.refresh()).isTrue();

        MessageRejectedException rejected = assertRejected(signedByPeer(body(tree -> tree.put("type", "CircumstanceChange"))),
                RejectionReason.MESSAGE_TYPE_NOT_ALLOWED);

        assertThat(rejected.getMessage()).contains("sender may not send");
        assertThat(verifier.verify(signedByPeer(body(tree -> tree.put("type", "Refusal").putObject("payload")
                .put("refusedMessageId", UUID.randomUUID().toString()).put("refusedType", "CircumstanceChange")
                .put("reasonCode", "POLICY_NO_AGREEMENT").put("detail", "no agreement"))))).isNotNull();
    }

    @Test
    void typeThisNodeDoesNotAcceptIsRefused() {
        fixture.writeDirectory(2, now.plus(Duration.ofDays(30)), List.of("Refusal"), NodeFixture.ALL_TYPES);
        assertThat(directory.refresh()).isTrue();

        MessageRejectedException rejected = assertRejected(signedByPeer(body(tree -> tree.put("type", "DisclosureRequest"))),
                RejectionReason.MESSAGE_TYPE_NOT_ALLOWED);

        assertThat(rejected.getMessage()).contains("this node does not accept");
    }

    @Test
    void messageForAnotherMemberIsWrongRecipient() {
        assertRejected(signedByPeer(body(tree -> tree.put("recipient", NodeFixture.PEER))), RejectionReason.WRONG_RECIPIENT);
        assertRejected(signedByPeer(body(tree -> tree.put("recipient", "GB-ZZZ"))), RejectionReason.WRONG_RECIPIENT);
    }

    @Test
    void expiredDirectorySuspendsAllTraffic() {
        InboundRequest valid = signedByPeer(body(tree -> tree.put("expires", now.plus(Duration.ofDays(60)).toString())));
        Instant directoryExpiry = directory.lastVerified().expiresAt();

        clock.set(directoryExpiry.minusSeconds(1));
        assertThat(verifier.verify(valid)).isNotNull();

        clock.set(directoryExpiry);
        assertRejected(valid, RejectionReason.DIRECTORY_EXPIRED);
        assertRejected(request(valid.body(), null, null, fixture.peerSigning), RejectionReason.DIRECTORY_EXPIRED);
    }

    // --- timing -----------------------------------------------------------------------------------------------

    @Test
    void expiredMessageIsRefused() {
        assertRejected(signedByPeer(timed(now.minus(Duration.ofHours(2)), now.minusSeconds(1))), RejectionReason.MESSAGE_EXPIRED);
    }

    @Test
    void messageExpiringNowIsRefusedAndOneMillisecondLaterIsAccepted() {
        assertRejected(signedByPeer(timed(now.minus(Duration.ofHours(1)), now)), RejectionReason.MESSAGE_EXPIRED);
        assertThat(verifier.verify(signedByPeer(timed(now.minus(Duration.ofHours(1)), now.plusMillis(1))))).isNotNull();
    }

    @Test
    void messageCreatedJustInsideTheClockSkewIsAccepted() {
        Instant created = now.plus(SKEW).minusSeconds(1);

        assertThat(verifier.verify(signedByPeer(timed(created, created.plus(Duration.ofHours(1))))).envelope().created())
                .isEqualTo(created);
    }

    @Test
    void messageCreatedExactlyAtTheClockSkewIsAccepted() {
        Instant created = now.plus(SKEW);

        assertThat(verifier.verify(signedByPeer(timed(created, created.plus(Duration.ofHours(1)))))).isNotNull();
    }

    @Test
    void messageCreatedBeyondTheClockSkewIsFromTheFuture() {
        Instant created = now.plus(SKEW).plusSeconds(1);

        assertRejected(signedByPeer(timed(created, created.plus(Duration.ofHours(1)))), RejectionReason.MESSAGE_FROM_FUTURE);
    }

    @Test
    void clockSkewFollowsTheClock() {
        Instant created = now.plus(SKEW).plusSeconds(1);
        InboundRequest request = signedByPeer(timed(created, created.plus(Duration.ofHours(1))));
        assertRejected(request, RejectionReason.MESSAGE_FROM_FUTURE);

        clock.advance(Duration.ofSeconds(1));

        assertThat(verifier.verify(request)).isNotNull();
    }

    @Test
    void messageThatExpiresBeforeItWasCreatedIsSchemaInvalid() {
        Instant created = now.plus(Duration.ofSeconds(90));

        MessageRejectedException rejected = assertRejected(signedByPeer(timed(created, created.minusSeconds(30))),
                RejectionReason.SCHEMA_INVALID);
        assertThat(rejected.messageId()).isNotNull();
        assertRejected(signedByPeer(timed(created, created)), RejectionReason.SCHEMA_INVALID);
    }

    // --- order of checks --------------------------------------------------------------------------------------

    @Test
    void signatureIsCheckedBeforeTheBodyIsParsed() {
        byte[] notJson = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"
                .getBytes(StandardCharsets.UTF_8);
        InboundRequest badlySigned = request(notJson, JSON, fixture.peerTls.certificate(), fixture.peerSigning);
        badlySigned = withSignature(badlySigned, signature(fixture.peerSigning, "other".getBytes(StandardCharsets.UTF_8)));

        assertRejected(badlySigned, RejectionReason.SIGNATURE_INVALID);
        assertRejected(request(notJson, JSON, fixture.peerTls.certificate(), fixture.peerSigning), RejectionReason.SCHEMA_INVALID);
    }

    @Test
    void certificatesAreCheckedBeforeSignatureHeadersAndTheEnvelope() {
        Credential otherTls = FederationPki.issueTlsCredential(otherCa(), NodeFixture.PEER, now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(10)));
        InboundRequest request = new InboundRequest("not json".getBytes(StandardCharsets.UTF_8), JSON, otherTls.certificate(),
                null, null);

        MessageRejectedException rejected = assertRejected(request, RejectionReason.CERTIFICATE_UNTRUSTED);
        assertThat(rejected.messageId()).isNull();
        assertThat(rejected.sender()).isNull();
    }

    @Test
    void rejectionAfterTheEnvelopeIsReadNamesTheMessageAndSender() {
        byte[] body = body(tree -> tree.put("recipient", NodeFixture.PEER));

        MessageRejectedException rejected = assertRejected(signedByPeer(body), RejectionReason.WRONG_RECIPIENT);

        assertThat(rejected.messageId()).isEqualTo(codec.decode(body).messageId());
        assertThat(rejected.sender()).isEqualTo(NodeFixture.PEER);
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    /** A valid envelope from the peer to this node, changed by {@code change}, as bytes. */
    private byte[] body(Consumer<ObjectNode> change) {
        Envelope envelope = new Envelope(UUID.randomUUID().toString(), UUID.randomUUID().toString(), 1L,
                MessageType.CIRCUMSTANCE_CHANGE, NodeFixture.PEER, NodeFixture.SELF, now.minusSeconds(5),
                now.plus(Duration.ofHours(1)), Purpose.MARAC_SAFEGUARDING, LegalBasis.DPA2018_PART3_LAW_ENFORCEMENT,
                new Envelope.Requester("kt.officer-0042", RequesterRole.MARAC_COORDINATOR),
                Envelope.Consent.given(), List.of(DataCategory.HEARING_FLAG), codec.mapper().createObjectNode().put("clk", "AAECAwQF"));
        ObjectNode tree = codec.mapper().valueToTree(envelope);
        change.accept(tree);
        try {
            return codec.mapper().writeValueAsBytes(tree);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] timed(Instant created, Instant expires) {
        return body(tree -> tree.put("created", created.toString()).put("expires", expires.toString()));
    }

    private InboundRequest signedByPeer(byte[] body) {
        return request(body, JSON, fixture.peerTls.certificate(), fixture.peerSigning);
    }

    private static InboundRequest request(byte[] body, String contentType, X509Certificate tls, Credential signing) {
        try {
            return new InboundRequest(body, contentType, tls, signature(signing, body), base64(signing.certificate()));
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InboundRequest withSignature(InboundRequest r, String signature) {
        return new InboundRequest(r.body(), r.contentType(), r.clientCertificate(), signature, r.signingCertificate());
    }

    private static InboundRequest withSigningCertificate(InboundRequest r, String certificate) {
        return new InboundRequest(r.body(), r.contentType(), r.clientCertificate(), r.signature(), certificate);
    }

    private static String signature(Credential signing, byte[] bytes) {
        return Base64.getEncoder().encodeToString(FederationPki.signEd25519(signing.privateKey(), bytes));
    }

    private static String base64(X509Certificate certificate) throws CertificateEncodingException {
        return Base64.getEncoder().encodeToString(certificate.getEncoded());
    }

    private Credential otherCa() {
        return FederationPki.createRootCa("Fixture Root CA", now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(10)));
    }

    private MessageRejectedException assertRejected(InboundRequest request, RejectionReason reason) {
        MessageRejectedException rejected = catchThrowableOfType(MessageRejectedException.class, () -> verifier.verify(request));
        assertThat(rejected).as("verify must refuse the request with %s", reason).isNotNull();
        assertThat(rejected.reason()).as(rejected.getMessage()).isEqualTo(reason);
        return rejected;
    }
}
