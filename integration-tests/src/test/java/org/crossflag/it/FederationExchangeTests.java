package org.crossflag.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.crossflag.it.TestFederation.ESSEX;
import static org.crossflag.it.TestFederation.KENT;
import static org.crossflag.it.TestFederation.LIMITED;
import static org.crossflag.it.TestFederation.SUFFOLK;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.net.ssl.SSLException;

import org.crossflag.adapter.ConsentState;
import org.crossflag.adapter.RequesterRole;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.LegalBasis;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.envelope.OutgoingMessage;
import org.crossflag.gateway.federation.envelope.Purpose;
import org.crossflag.gateway.federation.outbound.SendRefusedException;
import org.crossflag.pki.Credential;
import org.crossflag.testsupport.FixtureCases;
import org.crossflag.testsupport.Openssl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Three real nodes exchanging signed messages over mutual TLS, and a hostile client trying every way in
 * that a receiver must refuse. Each refusal is checked for its reason code and status, its metric, and
 * proof that the receiving node stored nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FederationExchangeTests {

    Path workDir;

    TestFederation federation;
    RunningNode essex;
    RunningNode kent;
    RunningNode suffolk;

    abstract TestFederation.Database database();

    @BeforeAll
    void startFederation(@TempDir Path dir) throws Exception {
        workDir = dir;
        federation = new TestFederation(workDir, database());
        essex = federation.node(ESSEX);
        kent = federation.node(KENT);
        suffolk = federation.node(SUFFOLK);
    }

    @AfterAll
    void stopFederation() {
        if (federation != null) {
            federation.close();
        }
    }

    // ---- delivery ---------------------------------------------------------------------------------

    @Test
    void messageFromEssexToSuffolkArrivesVerifiedWithAReceiptAndNowhereElse() {
        long kentBefore = kent.inboundCount();
        String messageId = essex.outbox().queue(query(SUFFOLK));

        awaitDelivered(essex, messageId);
        Map<String, Object> receipt = essex.jdbc()
                .queryForMap("select receipt_id, receipt from outbound_receipt where message_id = ?", messageId);
        assertThat(new String((byte[]) receipt.get("receipt"), StandardCharsets.UTF_8))
                .contains(messageId)
                .contains("\"receiver\":\"GB-SFK\"");
        Map<String, Object> stored = suffolk.jdbc()
                .queryForMap(
                        "select sender, recipient, message_type, purpose, legal_basis, consent_state, signing_certificate_sha256 "
                                + "from inbound_message where message_id = ?",
                        messageId);
        assertThat(stored)
                .containsEntry("sender", ESSEX)
                .containsEntry("recipient", SUFFOLK)
                .containsEntry("message_type", "ExchangeTest")
                .containsEntry("purpose", "MARAC_SAFEGUARDING")
                .containsEntry("consent_state", "NOT_SOUGHT_THRESHOLD_MET")
                .containsEntry("signing_certificate_sha256", TestPki.fingerprint(federation.pki.signing.get(ESSEX)));
        assertThat(kent.inboundCount()).isEqualTo(kentBefore);
        assertThat(essex.metric("crossflag_messages_sent_total", "outcome=\"DELIVERED\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(suffolk.metric("crossflag_messages_received_total", "sender=\"GB-ESX\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(essex.management("/actuator/prometheus")).contains("crossflag_exchange_latency_seconds");
    }

    @Test
    void messageCapturedAtTheReceiverVerifiesWithOpensslAndFailsAfterAOneByteChange() throws Exception {
        String messageId = essex.outbox().queue(query(SUFFOLK));
        awaitDelivered(essex, messageId);
        Map<String, Object> wire = suffolk.jdbc()
                .queryForMap(
                        "select body, signature, signing_certificate from inbound_message where message_id = ?",
                        messageId);

        Path dir = Files.createDirectories(workDir.resolve("openssl-" + messageId));
        Path message = Files.write(dir.resolve("message.json"), (byte[]) wire.get("body"));
        Path signature = Files.write(dir.resolve("message.sig"), (byte[]) wire.get("signature"));
        Path certificateDer = Files.write(dir.resolve("signing.der"), (byte[]) wire.get("signing_certificate"));
        Path certificate = dir.resolve("signing.pem");
        Path publicKey = dir.resolve("signing-public-key.pem");

        Openssl.run("x509", "-inform", "DER", "-in", certificateDer.toString(), "-out", certificate.toString())
                .requireSuccess();
        assertThat(Openssl.run(
                                "verify",
                                "-crl_check",
                                "-CAfile",
                                federation.pki.caPem().toString(),
                                "-CRLfile",
                                federation.pki.crlPem().toString(),
                                certificate.toString())
                        .exitCode())
                .isZero();
        Openssl.run("x509", "-in", certificate.toString(), "-pubkey", "-noout", "-out", publicKey.toString())
                .requireSuccess();
        assertThat(Openssl.run(
                                "pkeyutl",
                                "-verify",
                                "-pubin",
                                "-inkey",
                                publicKey.toString(),
                                "-rawin",
                                "-in",
                                message.toString(),
                                "-sigfile",
                                signature.toString())
                        .exitCode())
                .isZero();

        byte[] tampered = Files.readAllBytes(message);
        tampered[tampered.length / 2] ^= 0x01;
        Path changed = Files.write(dir.resolve("message-changed.json"), tampered);
        assertThat(Openssl.run(
                                "pkeyutl",
                                "-verify",
                                "-pubin",
                                "-inkey",
                                publicKey.toString(),
                                "-rawin",
                                "-in",
                                changed.toString(),
                                "-sigfile",
                                signature.toString())
                        .exitCode())
                .isNotZero();
    }

    @Test
    void senderRefusesUnknownRecipientsAndTypesTheRecipientDoesNotAccept() {
        OutgoingMessage toNobody = new OutgoingMessage(
                MessageType.EXCHANGE_TEST,
                "GB-NOPE",
                null,
                Purpose.MARAC_SAFEGUARDING,
                LegalBasis.CRIME_AND_DISORDER_ACT_1998_S115,
                requester(),
                Envelope.Consent.given(),
                List.of(DataCategory.HEARING_FLAG),
                payload());
        assertThatThrownBy(() -> essex.outbox().queue(toNobody))
                .isInstanceOf(SendRefusedException.class)
                .hasMessageContaining("GB-NOPE is not in the federation directory");
        assertThatThrownBy(() -> essex.outbox().queue(query(LIMITED)))
                .isInstanceOf(SendRefusedException.class)
                .hasMessageContaining("does not accept ExchangeTest");
    }

    @Test
    void messagesQueuedWhileThePeerIsDownArriveExactlyOnceAndInOrderWhenItReturns() {
        federation.stop(SUFFOLK);
        List<String> correlations = java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> java.util.UUID.randomUUID().toString())
                .toList();
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 500; i++) {
            ids.add(essex.outbox().queue(query(SUFFOLK, correlations.get(i % correlations.size()))));
        }
        await().atMost(Duration.ofSeconds(20))
                .until(() -> essex.metric("crossflag_outbox_retries_total", "reason=\"PEER_UNREACHABLE\"") > 0);
        assertThat(countByStatus(essex, ids, "DELIVERED")).isZero();

        suffolk = federation.restart(SUFFOLK);

        await().atMost(Duration.ofSeconds(90)).until(() -> countByStatus(essex, ids, "DELIVERED") == ids.size());
        assertThat(countIn(essex, "select count(*) from outbound_receipt where message_id in (%s)", ids))
                .isEqualTo(500);
        assertThat(countIn(suffolk, "select count(*) from inbound_message where message_id in (%s)", ids))
                .isEqualTo(500);
        assertArrivedInQueueOrder(suffolk, ids);
    }

    /** Per correlation id, the receiver's arrival order is the sender's queue order. */
    static void assertArrivedInQueueOrder(RunningNode receiver, List<String> ids) {
        List<Map<String, Object>> rows = receiver.jdbc()
                .queryForList(
                        String.format(
                                "select correlation_id, correlation_seq from inbound_message where message_id in (%s) order by arrival_seq",
                                placeholders(ids)),
                        ids.toArray());
        Map<Object, Long> lastSeen = new java.util.HashMap<>();
        for (Map<String, Object> row : rows) {
            long seq = ((Number) row.get("correlation_seq")).longValue();
            Long previous = lastSeen.put(row.get("correlation_id"), seq);
            assertThat(previous == null || previous < seq)
                    .as("correlation %s arrived out of order", row.get("correlation_id"))
                    .isTrue();
        }
    }

    static long countByStatus(RunningNode sender, List<String> ids, String status) {
        List<Object> args = new java.util.ArrayList<>(ids);
        args.add(status);
        Long n = sender.jdbc()
                .queryForObject(
                        String.format(
                                "select count(*) from outbox_message where message_id in (%s) and status = ?",
                                placeholders(ids)),
                        Long.class,
                        args.toArray());
        return n == null ? 0 : n;
    }

    static long countIn(RunningNode node, String sql, List<String> ids) {
        Long n = node.jdbc().queryForObject(String.format(sql, placeholders(ids)), Long.class, ids.toArray());
        return n == null ? 0 : n;
    }

    static String placeholders(List<String> ids) {
        return String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
    }

    // ---- refusals ---------------------------------------------------------------------------------

    /** The refusals kept as fixture files: each is sent by the hostile client and checked by assertRefused. */
    @TestFactory
    Stream<DynamicTest> hostileClientIsRefused() {
        HostileClientRefusals refusals = new HostileClientRefusals(federation.pki);
        return FixtureCases.fromClasspath(HostileClientRefusals.FOLDER).stream()
                .map(refusal -> refusal.requireOnly(HostileClientRefusals.FIELDS))
                .map(refusal -> DynamicTest.dynamicTest(
                        refusal.toString(),
                        () -> assertRefused(
                                refusal.json().get("expectedReason").asText(),
                                refusal.json().get("expectedStatus").asInt(),
                                refusals.call(refusal, suffolk.federationUri()))));
    }

    @Test
    void hostileClientFixturesAreAllThere() {
        // The refusals moved here from methods of this class: fewer means a fixture went missing.
        assertThat(FixtureCases.fromClasspath(HostileClientRefusals.FOLDER)).hasSizeGreaterThanOrEqualTo(17);
    }

    @Test
    void tlsCertificateFromAnotherCaCannotEvenConnect() throws Exception {
        long before = suffolk.inboundCount();
        FederationTestClient rogue = new FederationTestClient(federation.pki.rogueTls, federation.pki.caCertificate());
        byte[] body = TestEnvelopes.bytes(TestEnvelopes.valid(ESSEX, SUFFOLK));
        assertThatThrownBy(() -> rogue.sendSigned(suffolk.federationUri(), body, federation.pki.signing.get(ESSEX)))
                .isInstanceOfAny(SSLException.class, java.io.IOException.class);
        assertThat(suffolk.inboundCount()).isEqualTo(before);
    }

    @Test
    void repeatedMessageGetsTheSameReceiptAndIsStoredOnlyOnce() throws Exception {
        byte[] body = TestEnvelopes.bytes(TestEnvelopes.valid(ESSEX, SUFFOLK));
        long before = suffolk.inboundCount();
        FederationTestClient.Answer first =
                essexClient().sendSigned(suffolk.federationUri(), body, federation.pki.signing.get(ESSEX));
        FederationTestClient.Answer again =
                essexClient().sendSigned(suffolk.federationUri(), body, federation.pki.signing.get(ESSEX));

        assertThat(first.status()).isEqualTo(202);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(first.body().get("messageSha256").asText())
                .isEqualTo(org.crossflag.gateway.crypto.Fingerprints.sha256(body));
        assertThat(suffolk.inboundCount()).isEqualTo(before + 1);
    }

    @Test
    void replayedMessageIdWithOtherContentIsRefused() throws Exception {
        ObjectNode envelope = TestEnvelopes.valid(ESSEX, SUFFOLK);
        assertThat(essexClient()
                        .sendSigned(
                                suffolk.federationUri(),
                                TestEnvelopes.bytes(envelope),
                                federation.pki.signing.get(ESSEX))
                        .status())
                .isEqualTo(202);
        envelope.put("purpose", "PANEL_TASKING");
        assertRefused(
                "DUPLICATE_MESSAGE",
                409,
                () -> essexClient()
                        .sendSigned(
                                suffolk.federationUri(),
                                TestEnvelopes.bytes(envelope),
                                federation.pki.signing.get(ESSEX)));
    }

    @Test
    void xmlWithExternalEntitiesIsRefusedWithoutBeingParsed() throws Exception {
        Path secret = Files.writeString(workDir.resolve("secret.txt"), "local-file-contents");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY x SYSTEM \"file://" + secret + "\">]><m>&x;</m>";
        byte[] body = xxe.getBytes(StandardCharsets.UTF_8);
        Credential signer = federation.pki.signing.get(ESSEX);
        FederationTestClient.Answer answer = assertRefused(
                "UNSUPPORTED_MEDIA_TYPE",
                415,
                () -> essexClient()
                        .send(
                                suffolk.federationUri(),
                                body,
                                "application/xml",
                                Map.of(
                                        "Crossflag-Signature",
                                                java.util.Base64.getEncoder()
                                                        .encodeToString(org.crossflag.pki.FederationPki.signEd25519(
                                                                signer.privateKey(), body)),
                                        "Crossflag-Signing-Certificate",
                                                java.util.Base64.getEncoder()
                                                        .encodeToString(signer.certificate()
                                                                .getEncoded()))));
        assertThat(answer.body().toString()).doesNotContain("local-file-contents");
        // The same XML declared as JSON fails as JSON, and the entity is never resolved.
        FederationTestClient.Answer asJson = essexClient().sendSigned(suffolk.federationUri(), body, signer);
        assertThat(asJson.reason()).isEqualTo("SCHEMA_INVALID");
        assertThat(asJson.body().toString()).doesNotContain("local-file-contents");
    }

    @Test
    void nodeWhoseDirectoryHasExpiredRefusesTrafficBothWays() throws Exception {
        try {
            suffolk.clock().advance(Duration.ofDays(31));
            assertRefused(
                    "DIRECTORY_EXPIRED",
                    503,
                    () -> essexClient()
                            .sendSigned(
                                    suffolk.federationUri(),
                                    TestEnvelopes.bytes(TestEnvelopes.valid(ESSEX, SUFFOLK)),
                                    federation.pki.signing.get(ESSEX)));
            assertThatThrownBy(() -> suffolk.outbox().queue(query(ESSEX)))
                    .isInstanceOf(SendRefusedException.class)
                    .hasMessageContaining("expired");
            JsonNode health = FederationTestClient.JSON.readTree(suffolk.management("/actuator/health"));
            assertThat(health.at("/components/directory/status").asText()).isEqualTo("DOWN");
        } finally {
            suffolk.clock().reset();
        }
    }

    @Test
    void refreshedDirectoryTakesEffectOnRunningNodesWithoutARestart() throws Exception {
        FederationTestClient limited =
                new FederationTestClient(federation.pki.tls.get(LIMITED), federation.pki.caCertificate());
        try {
            federation.writeDirectory(2, java.time.Instant.now().plus(Duration.ofDays(30)), TestFederation.ALL_TYPES);
            await().atMost(Duration.ofSeconds(15)).until(() -> directorySequence(suffolk) == 2);
            FederationTestClient.Answer answer = limited.sendSigned(
                    suffolk.federationUri(),
                    TestEnvelopes.bytes(TestEnvelopes.valid(LIMITED, SUFFOLK)),
                    federation.pki.signing.get(LIMITED));
            assertThat(answer.status()).isEqualTo(202);
        } finally {
            federation.writeDirectory(3, java.time.Instant.now().plus(Duration.ofDays(30)));
            await().atMost(Duration.ofSeconds(15))
                    .until(() -> federation.nodes.values().stream().allMatch(node -> directorySequence(node) == 3));
        }
        assertRefused(
                "MESSAGE_TYPE_NOT_ALLOWED",
                403,
                () -> limited.sendSigned(
                        suffolk.federationUri(),
                        TestEnvelopes.bytes(TestEnvelopes.valid(LIMITED, SUFFOLK)),
                        federation.pki.signing.get(LIMITED)));
    }

    static long directorySequence(RunningNode node) {
        try {
            return FederationTestClient.JSON
                    .readTree(node.management("/actuator/health"))
                    .at("/components/directory/details/sequence")
                    .asLong();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- operations -------------------------------------------------------------------------------

    @Test
    void healthReportsDirectoryCertificatesAndReachablePeers() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode health = FederationTestClient.JSON.readTree(essex.management("/actuator/health"));
            assertThat(health.at("/status").asText()).isEqualTo("UP");
            assertThat(health.at("/components/directory/details/daysUntilExpiry")
                            .asLong())
                    .isBetween(28L, 30L);
            assertThat(health.at("/components/certificates/details/tlsCertificateDaysUntilExpiry")
                            .asLong())
                    .isBetween(360L, 365L);
            assertThat(health.at("/components/peers/details/GB-KNT/reachable").asBoolean())
                    .isTrue();
            assertThat(health.at("/components/peers/details/GB-SFK/reachable").asBoolean())
                    .isTrue();
            // GB-LTD is listed but nothing listens there: reported, without taking this node down.
            assertThat(health.at("/components/peers/details/GB-LTD/reachable").asBoolean())
                    .isFalse();
        });
    }

    @Test
    void logsCarryIdsAndReasonCodesButNoPersonalData() throws Exception {
        // Bound to the root logger: a console capture misses lines once another class has set logging up.
        try (CapturedLogs logs = CapturedLogs.attach()) {
            awaitDelivered(essex, essex.outbox().queue(query(SUFFOLK)));
            ObjectNode envelope = TestEnvelopes.valid(ESSEX, KENT);
            essexClient()
                    .sendSigned(
                            suffolk.federationUri(), TestEnvelopes.bytes(envelope), federation.pki.signing.get(ESSEX));
            ObjectNode schemaBreaking = TestEnvelopes.valid(ESSEX, SUFFOLK);
            schemaBreaking.put("purpose", TestEnvelopes.SYNTHETIC_NAME);
            essexClient()
                    .sendSigned(
                            suffolk.federationUri(),
                            TestEnvelopes.bytes(schemaBreaking),
                            federation.pki.signing.get(ESSEX));

            assertThat(logs.all())
                    .contains("reason=WRONG_RECIPIENT")
                    .contains("reason=SCHEMA_INVALID")
                    .contains(envelope.get("messageId").asText())
                    .doesNotContain(TestEnvelopes.SYNTHETIC_NAME)
                    .doesNotContain(TestEnvelopes.SYNTHETIC_DOB);
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------

    interface Call {
        FederationTestClient.Answer call() throws Exception;
    }

    /** Sends, then checks the reason code, status, metric, and that the receiver stored nothing. */
    FederationTestClient.Answer assertRefused(String reason, int status, Call call) throws Exception {
        long storedBefore = suffolk.inboundCount();
        double rejectedBefore = suffolk.metric("crossflag_messages_rejected_total", "reason=\"" + reason + "\"");
        FederationTestClient.Answer answer = call.call();
        assertThat(answer.reason()).as("reason code").isEqualTo(reason);
        assertThat(answer.status()).as("HTTP status").isEqualTo(status);
        assertThat(suffolk.inboundCount()).as("messages stored").isEqualTo(storedBefore);
        assertThat(suffolk.metric("crossflag_messages_rejected_total", "reason=\"" + reason + "\""))
                .isEqualTo(rejectedBefore + 1);
        return answer;
    }

    static void awaitDelivered(RunningNode sender, String messageId) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> sender.outboxStatus(messageId).equals("DELIVERED"));
    }

    FederationTestClient essexClient() throws Exception {
        return new FederationTestClient(federation.pki.tls.get(ESSEX), federation.pki.caCertificate());
    }

    static OutgoingMessage query(String recipient) {
        return query(recipient, null);
    }

    static OutgoingMessage query(String recipient, String correlationId) {
        return new OutgoingMessage(
                MessageType.EXCHANGE_TEST,
                recipient,
                correlationId,
                Purpose.MARAC_SAFEGUARDING,
                LegalBasis.CRIME_AND_DISORDER_ACT_1998_S115,
                requester(),
                new Envelope.Consent(ConsentState.NOT_SOUGHT_THRESHOLD_MET, null),
                List.of(DataCategory.HEARING_FLAG),
                payload());
    }

    static Envelope.Requester requester() {
        return new Envelope.Requester("ESX-4471", RequesterRole.MARAC_COORDINATOR);
    }

    static ObjectNode payload() {
        return FederationTestClient.JSON.createObjectNode().put("referralReference", "ESX-MARAC-2026-0193");
    }
}
