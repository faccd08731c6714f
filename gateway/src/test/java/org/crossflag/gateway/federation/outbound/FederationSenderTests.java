package org.crossflag.gateway.federation.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;

import org.crossflag.adapter.ConsentState;
import org.crossflag.adapter.RequesterRole;
import org.crossflag.gateway.NodeFixture;
import org.crossflag.gateway.crypto.CertificateFiles;
import org.crossflag.gateway.crypto.FederationTrust;
import org.crossflag.gateway.crypto.MessageSigner;
import org.crossflag.gateway.crypto.SignatureVerifier;
import org.crossflag.gateway.federation.RecordCreatingPayloads;
import org.crossflag.gateway.federation.directory.DirectoryService;
import org.crossflag.gateway.federation.directory.DirectorySource;
import org.crossflag.gateway.federation.directory.DirectoryVerifier;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.EnvelopeCodec;
import org.crossflag.gateway.federation.envelope.LegalBasis;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.envelope.OutgoingMessage;
import org.crossflag.gateway.federation.envelope.Purpose;
import org.crossflag.gateway.federation.envelope.SignedMessage;
import org.crossflag.gateway.federation.inbound.InboundMessageVerifier;
import org.crossflag.gateway.federation.inbound.InboundRequest;
import org.crossflag.gateway.federation.inbound.VerifiedMessage;
import org.crossflag.pki.DirectoryMemberEntry;
import org.crossflag.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

class FederationSenderTests {

    static final Duration LIFETIME = Duration.ofHours(24);

    @TempDir
    Path dir;

    NodeFixture fixture;
    MutableClock clock;
    FederationTrust trust;
    DirectoryService directory;
    final EnvelopeCodec codec = new EnvelopeCodec();
    MessageSigner signer;
    FederationSender sender;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new NodeFixture(dir);
        clock = MutableClock.stoppedAt(fixture.now);
        trust = fixture.trust(clock);
        directory = new DirectoryService(
                new DirectorySource("file:" + fixture.directoryJson(), null),
                new DirectoryVerifier(trust, fixture.operator.certificate()),
                clock);
        directory.load();
        signer = new MessageSigner(CertificateFiles.readKeyEntry(
                "crossflag.signing.keystore", fixture.signingKeystore(), NodeFixture.PASSWORD.toCharArray()));
        sender = new FederationSender(NodeFixture.SELF, directory, codec, signer, clock, LIFETIME);
    }

    @Test
    void recipientNotInTheDirectoryIsRefused() {
        assertThatThrownBy(() -> prepare(message("GB-ZZZ", "ExchangeTest")))
                .isInstanceOf(SendRefusedException.class)
                .hasMessageContaining("GB-ZZZ")
                .hasMessageContaining("not in the federation directory");
    }

    @Test
    void sendingToItselfIsRefused() {
        assertThatThrownBy(() -> prepare(message(NodeFixture.SELF, "ExchangeTest")))
                .isInstanceOf(SendRefusedException.class)
                .hasMessageContaining("to itself");
    }

    @Test
    void recipientThatDoesNotAcceptTheTypeIsRefused() {
        fixture.writeDirectory(2, fixture.now.plus(Duration.ofDays(30)), List.of("Refusal"));
        assertThat(directory.refresh()).isTrue();

        assertThatThrownBy(() -> prepare(message(NodeFixture.PEER, "ExchangeTest")))
                .isInstanceOf(SendRefusedException.class)
                .hasMessageContaining(NodeFixture.PEER)
                .hasMessageContaining("does not accept ExchangeTest");
        assertThat(prepare(message(NodeFixture.PEER, "Refusal")).recipient()).isEqualTo(NodeFixture.PEER);
    }

    @Test
    void typeThisNodeIsNotAllowedToSendIsRefusedLocally() {
        fixture.writeDirectory(2, fixture.now.plus(Duration.ofDays(30)), List.of("Refusal"), NodeFixture.ALL_TYPES);
        assertThat(directory.refresh()).isTrue();

        assertThatThrownBy(() -> prepare(message(NodeFixture.PEER, "ExchangeTest")))
                .isInstanceOf(SendRefusedException.class)
                .hasMessageContaining("not allowed to send ExchangeTest");
    }

    @Test
    void aPartnerAgencyNodeDoesNotSendWhatWouldCreateARecordAtThePeer() {
        fixture.writeDirectory(
                2,
                fixture.now.plus(Duration.ofDays(30)),
                DirectoryMemberEntry.Kind.PARTNER_AGENCY,
                DirectoryMemberEntry.Kind.POLICE,
                NodeFixture.EVERY_TYPE);
        assertThat(directory.refresh()).isTrue();

        for (MessageType type :
                List.of(MessageType.CROSS_AREA_ALERT, MessageType.RECORD_AMENDMENT, MessageType.CIRCUMSTANCE_CHANGE)) {
            assertThatThrownBy(() -> prepare(typed(type)))
                    .isInstanceOfSatisfying(
                            SendRefusedException.class,
                            refused -> assertThat(refused.reasonCode()).isEqualTo("SENDER_MAY_NOT_CREATE_RECORDS"))
                    .hasMessageContaining("PARTNER_AGENCY")
                    .hasMessageContaining(type.wire());
        }
        assertThat(prepare(message(NodeFixture.PEER, "ExchangeTest")).recipient())
                .isEqualTo(NodeFixture.PEER);
    }

    @Test
    void aPoliceNodeSendsTheSameMessages() {
        fixture.writeDirectory(
                2,
                fixture.now.plus(Duration.ofDays(30)),
                DirectoryMemberEntry.Kind.POLICE,
                DirectoryMemberEntry.Kind.POLICE,
                NodeFixture.EVERY_TYPE);
        assertThat(directory.refresh()).isTrue();

        for (MessageType type :
                List.of(MessageType.CROSS_AREA_ALERT, MessageType.RECORD_AMENDMENT, MessageType.CIRCUMSTANCE_CHANGE)) {
            assertThat(prepare(typed(type)).type()).isEqualTo(type);
        }
    }

    @Test
    void expiredDirectoryRefusesSending() {
        clock.set(directory.lastVerified().expiresAt());

        assertThatThrownBy(() -> prepare(message(NodeFixture.PEER, "ExchangeTest")))
                .isInstanceOf(SendRefusedException.class)
                .hasMessageContaining("directory has expired");
    }

    @Test
    void schemaInvalidMessageIsRefused() {
        OutgoingMessage valid = message(NodeFixture.PEER, "ExchangeTest");
        OutgoingMessage withoutPurpose = new OutgoingMessage(
                valid.type(),
                valid.recipient(),
                null,
                null,
                valid.legalBasis(),
                valid.requester(),
                valid.consent(),
                valid.dataCategories(),
                valid.payload());

        assertThatThrownBy(() -> prepare(withoutPurpose))
                .isInstanceOf(SendRefusedException.class)
                .hasMessageContaining("purpose");
    }

    @Test
    void preparedMessageIsAnEnvelopeFromThisNodeThatLivesForTheConfiguredLifetime() {
        Instant millis = fixture.now.truncatedTo(ChronoUnit.MILLIS);
        clock.set(millis.plusNanos(123_456));
        OutgoingMessage outgoing = message(NodeFixture.PEER, "ExchangeTest");

        SignedMessage signed = prepare(outgoing);
        Envelope envelope = codec.decode(signed.body());

        assertThat(envelope.sender()).isEqualTo(NodeFixture.SELF);
        assertThat(envelope.recipient()).isEqualTo(NodeFixture.PEER);
        assertThat(envelope.type()).isEqualTo(MessageType.EXCHANGE_TEST);
        assertThat(envelope.created()).isEqualTo(millis);
        assertThat(envelope.expires()).isEqualTo(envelope.created().plus(LIFETIME));
        assertThat(envelope.messageId()).isEqualTo(signed.messageId());
        assertThat(envelope.purpose()).isEqualTo(outgoing.purpose());
        assertThat(envelope.legalBasis()).isEqualTo(outgoing.legalBasis());
        assertThat(envelope.requester()).isEqualTo(outgoing.requester());
        assertThat(envelope.consent()).isEqualTo(outgoing.consent());
        assertThat(envelope.dataCategories()).isEqualTo(outgoing.dataCategories());
        assertThat(envelope.payload()).isEqualTo(outgoing.payload());
        assertThat(envelope.correlationId()).isNotNull().isNotEqualTo(envelope.messageId());
        assertThat(signed.recipient()).isEqualTo(NodeFixture.PEER);
        assertThat(signed.type()).isEqualTo(MessageType.EXCHANGE_TEST);
    }

    @Test
    void givenCorrelationIdIsKept() {
        OutgoingMessage m = message(NodeFixture.PEER, "FollowUpAnswer");
        OutgoingMessage answer = new OutgoingMessage(
                m.type(),
                m.recipient(),
                "0b5e9c1a-7d2f-4e3b-8a6c-5d4e3f2a1b0c",
                m.purpose(),
                m.legalBasis(),
                m.requester(),
                m.consent(),
                m.dataCategories(),
                m.payload());

        assertThat(codec.decode(prepare(answer).body()).correlationId())
                .isEqualTo("0b5e9c1a-7d2f-4e3b-8a6c-5d4e3f2a1b0c");
    }

    @Test
    void eachPreparedMessageHasItsOwnId() {
        OutgoingMessage outgoing = message(NodeFixture.PEER, "ExchangeTest");

        assertThat(prepare(outgoing).messageId()).isNotEqualTo(prepare(outgoing).messageId());
    }

    @Test
    void preparedSignatureVerifiesAgainstTheSigningCertificate() {
        SignedMessage signed = prepare(message(NodeFixture.PEER, "ExchangeTest"));
        byte[] signature = signed.signature();
        SignatureVerifier verifier = new SignatureVerifier();

        assertThat(verifier.verify(signer.certificate(), signed.body(), signature))
                .isTrue();
        assertThat(CertificateFiles.decodeBase64Der(signer.certificateBase64())).isEqualTo(signer.certificate());
        byte[] tampered = signed.body().clone();
        tampered[tampered.length / 2] ^= 0x01;
        assertThat(verifier.verify(signer.certificate(), tampered, signature)).isFalse();
    }

    @Test
    void preparedMessageIsAcceptedByTheRecipientsVerifier() {
        SignedMessage signed = prepare(message(NodeFixture.PEER, "ExchangeTest"));
        InboundMessageVerifier recipient = new InboundMessageVerifier(
                NodeFixture.PEER,
                directory,
                trust,
                new SignatureVerifier(),
                codec,
                Clock.offset(clock, Duration.ofSeconds(30)),
                Duration.ofMinutes(2));

        VerifiedMessage verified = recipient.verify(new InboundRequest(
                signed.body(),
                "application/json",
                fixture.selfTls.certificate(),
                Base64.getEncoder().encodeToString(signed.signature()),
                signer.certificateBase64()));

        assertThat(verified.envelope().messageId()).isEqualTo(signed.messageId());
        assertThat(verified.envelope().sender()).isEqualTo(NodeFixture.SELF);
    }

    private SignedMessage prepare(OutgoingMessage message) {
        String correlation =
                message.correlationId() == null ? java.util.UUID.randomUUID().toString() : message.correlationId();
        return sender.prepare(message, correlation, 1);
    }

    private OutgoingMessage typed(MessageType type) {
        OutgoingMessage message = message(NodeFixture.PEER, "ExchangeTest");
        return new OutgoingMessage(
                type,
                message.recipient(),
                null,
                message.purpose(),
                message.legalBasis(),
                message.requester(),
                message.consent(),
                message.dataCategories(),
                RecordCreatingPayloads.of(type, codec.mapper()));
    }

    private OutgoingMessage message(String recipient, String type) {
        ObjectNode payload = type.equals("Refusal")
                ? codec.mapper()
                        .createObjectNode()
                        .put("refusedMessageId", "0b5e9c1a-7d2f-4e3b-8a6c-5d4e3f2a1b0c")
                        .put("refusedType", "ExchangeTest")
                        .put("reasonCode", "POLICY_NO_AGREEMENT")
                        .put("detail", "no agreement")
                : codec.mapper().createObjectNode().put("clk", "c3ludGhldGlj").put("forum", "MARAC");
        return new OutgoingMessage(
                MessageType.fromWire(type),
                recipient,
                null,
                Purpose.MARAC_SAFEGUARDING,
                LegalBasis.DPA2018_PART3_LAW_ENFORCEMENT,
                new Envelope.Requester("ex.coordinator-7", RequesterRole.MARAC_COORDINATOR),
                new Envelope.Consent(ConsentState.NOT_SOUGHT_THRESHOLD_MET, null),
                List.of(DataCategory.HEARING_FLAG),
                payload);
    }
}
