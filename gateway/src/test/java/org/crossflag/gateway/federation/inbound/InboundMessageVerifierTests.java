package org.crossflag.gateway.federation.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
import org.crossflag.gateway.federation.RecordCreatingPayloads;
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
import org.crossflag.pki.DirectoryMemberEntry;
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
        directory = new DirectoryService(
                new DirectorySource("file:" + fixture.directoryJson(), null),
                new DirectoryVerifier(trust, fixture.operator.certificate()),
                clock);
        directory.load();
        verifier = new InboundMessageVerifier(
                NodeFixture.SELF, directory, trust, new SignatureVerifier(), codec, clock, SKEW);
    }

    // --- accepted ---------------------------------------------------------------------------------------------

    @Test
    void messageFromThePeerIsAcceptedWithItsFingerprints() throws Exception {
        byte[] body = body(tree -> {});
        InboundRequest request = signedByPeer(body);

        VerifiedMessage verified = verifier.verify(request);

        assertThat(verified.envelope()).isEqualTo(codec.decode(body));
        assertThat(verified.envelope().sender()).isEqualTo(NodeFixture.PEER);
        assertThat(verified.body()).isEqualTo(body);
        assertThat(verified.signature()).isEqualTo(Base64.getDecoder().decode(request.signature()));
        assertThat(verified.signingCertificate()).isEqualTo(fixture.peerSigning.certificate());
        assertThat(verified.signingCertificateSha256())
                .isEqualTo(Fingerprints.sha256(fixture.peerSigning.certificate()));
        assertThat(verified.tlsCertificateSha256()).isEqualTo(Fingerprints.sha256(fixture.peerTls.certificate()));
        assertThat(verified.signingCertificateSha256()).isNotEqualTo(verified.tlsCertificateSha256());
        assertThat(verified.receivedAt()).isEqualTo(now);
    }

    @Test
    void jsonContentTypeWithParametersOrOtherCaseIsAccepted() {
        byte[] body = body(tree -> {});

        assertThat(verifier.verify(request(
                                body,
                                "application/json; charset=utf-8",
                                fixture.peerTls.certificate(),
                                fixture.peerSigning))
                        .envelope()
                        .sender())
                .isEqualTo(NodeFixture.PEER);
        assertThat(verifier.verify(
                                request(body, "Application/JSON", fixture.peerTls.certificate(), fixture.peerSigning))
                        .envelope()
                        .sender())
                .isEqualTo(NodeFixture.PEER);
    }

    // --- certificates (the refusals that need no change of state are fixtures: InboundMessageVerifierRefusalTests)

    @Test
    void revokedTlsCertificateIsRefusedOnceTheCrlIsRefreshed() {
        byte[] body = body(tree -> {});
        assertThat(verifier.verify(signedByPeer(body))).isNotNull();

        fixture.revoke(fixture.peerTls);
        assertThat(trust.refreshCrl()).isTrue();

        assertRejected(signedByPeer(body), RejectionReason.CERTIFICATE_REVOKED);
    }

    @Test
    void revokedSigningCertificateIsRefusedOnceTheCrlIsRefreshed() {
        byte[] body = body(tree -> {});
        assertThat(verifier.verify(signedByPeer(body))).isNotNull();

        fixture.revoke(fixture.peerSigning);
        assertThat(trust.refreshCrl()).isTrue();

        MessageRejectedException rejected = assertRejected(signedByPeer(body), RejectionReason.CERTIFICATE_REVOKED);
        assertThat(rejected.getMessage()).contains("signing certificate");
    }

    // --- envelope and directory -------------------------------------------------------------------------------

    @Test
    void typeThePeerMayNotSendIsRefused() {
        fixture.writeDirectory(2, now.plus(Duration.ofDays(30)), List.of("Refusal"));
        assertThat(directory.refresh()).isTrue();

        MessageRejectedException rejected = assertRejected(
                signedByPeer(body(tree -> tree.put("type", "ExchangeTest"))), RejectionReason.MESSAGE_TYPE_NOT_ALLOWED);

        assertThat(rejected.getMessage()).contains("sender may not send");
        assertThat(verifier.verify(signedByPeer(body(tree -> tree.put("type", "Refusal")
                        .putObject("payload")
                        .put("refusedMessageId", UUID.randomUUID().toString())
                        .put("refusedType", "ExchangeTest")
                        .put("reasonCode", "POLICY_NO_AGREEMENT")
                        .put("detail", "no agreement")))))
                .isNotNull();
    }

    @Test
    void typeThisNodeDoesNotAcceptIsRefused() {
        fixture.writeDirectory(2, now.plus(Duration.ofDays(30)), List.of("Refusal"), NodeFixture.ALL_TYPES);
        assertThat(directory.refresh()).isTrue();

        MessageRejectedException rejected = assertRejected(
                signedByPeer(body(tree -> tree.put("type", "ExchangeTest"))), RejectionReason.MESSAGE_TYPE_NOT_ALLOWED);

        assertThat(rejected.getMessage()).contains("this node does not accept");
    }

    @Test
    void expiredDirectorySuspendsAllTraffic() {
        InboundRequest valid = signedByPeer(
                body(tree -> tree.put("expires", now.plus(Duration.ofDays(60)).toString())));
        Instant directoryExpiry = directory.lastVerified().expiresAt();

        clock.set(directoryExpiry.minusSeconds(1));
        assertThat(verifier.verify(valid)).isNotNull();

        clock.set(directoryExpiry);
        assertRejected(valid, RejectionReason.DIRECTORY_EXPIRED);
        assertRejected(request(valid.body(), null, null, fixture.peerSigning), RejectionReason.DIRECTORY_EXPIRED);
    }

    // --- who may create records --------------------------------------------------------------------------------

    @Test
    void partnerAgencyMessagesThatWouldCreateRecordsAreRefusedNamingTheMessageAndTheSender() {
        fixture.writeDirectory(
                2,
                now.plus(Duration.ofDays(30)),
                DirectoryMemberEntry.Kind.POLICE,
                DirectoryMemberEntry.Kind.PARTNER_AGENCY,
                NodeFixture.EVERY_TYPE);
        assertThat(directory.refresh()).isTrue();

        for (MessageType type :
                List.of(MessageType.CROSS_AREA_ALERT, MessageType.RECORD_AMENDMENT, MessageType.CIRCUMSTANCE_CHANGE)) {
            byte[] body = typed(type);
            MessageRejectedException rejected =
                    assertRejected(signedByPeer(body), RejectionReason.SENDER_MAY_NOT_CREATE_RECORDS);

            assertThat(rejected.getMessage()).contains("PARTNER_AGENCY", type.wire());
            assertThat(rejected.messageId()).isEqualTo(codec.decode(body).messageId());
            assertThat(rejected.sender()).isEqualTo(NodeFixture.PEER);
        }
        assertThat(verifier.verify(signedByPeer(typed(MessageType.EXCHANGE_TEST))))
                .as("a partner agency's message that creates nothing is still accepted")
                .isNotNull();
    }

    @Test
    void theSameMessagesFromAPoliceMemberAreAccepted() {
        fixture.writeDirectory(
                2,
                now.plus(Duration.ofDays(30)),
                DirectoryMemberEntry.Kind.POLICE,
                DirectoryMemberEntry.Kind.POLICE,
                NodeFixture.EVERY_TYPE);
        assertThat(directory.refresh()).isTrue();

        for (MessageType type :
                List.of(MessageType.CROSS_AREA_ALERT, MessageType.RECORD_AMENDMENT, MessageType.CIRCUMSTANCE_CHANGE)) {
            assertThat(verifier.verify(signedByPeer(typed(type))).envelope().type())
                    .isEqualTo(type);
        }
    }

    @Test
    void aPartnerAgencyThatTheDirectoryDoesNotAllowTheTypeIsRefusedForTheTypeFirst() {
        fixture.writeDirectory(
                2,
                now.plus(Duration.ofDays(30)),
                DirectoryMemberEntry.Kind.POLICE,
                DirectoryMemberEntry.Kind.PARTNER_AGENCY,
                List.of("ExchangeTest", "Refusal"));
        assertThat(directory.refresh()).isTrue();

        assertRejected(signedByPeer(typed(MessageType.CROSS_AREA_ALERT)), RejectionReason.MESSAGE_TYPE_NOT_ALLOWED);
    }

    // --- timing -----------------------------------------------------------------------------------------------

    @Test
    void messageExpiringNowIsRefusedAndOneMillisecondLaterIsAccepted() {
        assertRejected(signedByPeer(timed(now.minus(Duration.ofHours(1)), now)), RejectionReason.MESSAGE_EXPIRED);
        assertThat(verifier.verify(signedByPeer(timed(now.minus(Duration.ofHours(1)), now.plusMillis(1)))))
                .isNotNull();
    }

    @Test
    void messageCreatedJustInsideTheClockSkewIsAccepted() {
        Instant created = now.plus(SKEW).minusSeconds(1);

        assertThat(verifier.verify(signedByPeer(timed(created, created.plus(Duration.ofHours(1)))))
                        .envelope()
                        .created())
                .isEqualTo(created);
    }

    @Test
    void messageCreatedExactlyAtTheClockSkewIsAccepted() {
        Instant created = now.plus(SKEW);

        assertThat(verifier.verify(signedByPeer(timed(created, created.plus(Duration.ofHours(1))))))
                .isNotNull();
    }

    @Test
    void clockSkewFollowsTheClock() {
        Instant created = now.plus(SKEW).plusSeconds(1);
        InboundRequest request = signedByPeer(timed(created, created.plus(Duration.ofHours(1))));
        assertRejected(request, RejectionReason.MESSAGE_FROM_FUTURE);

        clock.advance(Duration.ofSeconds(1));

        assertThat(verifier.verify(request)).isNotNull();
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    /** A valid envelope from the peer to this node, changed by {@code change}, as bytes. */
    private byte[] body(Consumer<ObjectNode> change) {
        Envelope envelope = new Envelope(
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                1L,
                MessageType.EXCHANGE_TEST,
                NodeFixture.PEER,
                NodeFixture.SELF,
                now.minusSeconds(5),
                now.plus(Duration.ofHours(1)),
                Purpose.MARAC_SAFEGUARDING,
                LegalBasis.DPA2018_PART3_LAW_ENFORCEMENT,
                new Envelope.Requester("kt.officer-0042", RequesterRole.MARAC_COORDINATOR),
                Envelope.Consent.given(),
                List.of(DataCategory.HEARING_FLAG),
                codec.mapper().createObjectNode().put("clk", "AAECAwQF"));
        ObjectNode tree = codec.mapper().valueToTree(envelope);
        change.accept(tree);
        try {
            return codec.mapper().writeValueAsBytes(tree);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] typed(MessageType type) {
        return body(
                tree -> tree.put("type", type.wire()).set("payload", RecordCreatingPayloads.of(type, codec.mapper())));
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

    private static String signature(Credential signing, byte[] bytes) {
        return Base64.getEncoder().encodeToString(FederationPki.signEd25519(signing.privateKey(), bytes));
    }

    private static String base64(X509Certificate certificate) throws CertificateEncodingException {
        return Base64.getEncoder().encodeToString(certificate.getEncoded());
    }

    private MessageRejectedException assertRejected(InboundRequest request, RejectionReason reason) {
        MessageRejectedException rejected =
                catchThrowableOfType(MessageRejectedException.class, () -> verifier.verify(request));
        assertThat(rejected)
                .as("verify must refuse the request with %s", reason)
                .isNotNull();
        assertThat(rejected.reason()).as(rejected.getMessage()).isEqualTo(reason);
        return rejected;
    }
}
