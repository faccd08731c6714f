package org.crossflag.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.crossflag.it.TestFederation.ESSEX;
import static org.crossflag.it.TestFederation.KENT;
import static org.crossflag.it.TestFederation.SUFFOLK;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.crossflag.gateway.federation.directory.DirectoryService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A member sends Essex a message that cannot be stored, and then many more in the same correlation. Essex refuses
 * the poison message at once with a signed Refusal, processes everything behind it, and keeps processing the other
 * members' messages meanwhile. Essex is a real node; Suffolk (the poisoner) and Kent are played by test clients.
 * Assertions are on processing outcomes (processed or refused, and the correlation advancing), not on what a
 * capability makes of the messages.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InboxPoisonMessageTests {

    static final int FLOOD = 2_100;
    static final String HEARD_REFERENCE = "MARAC-ESX-2026-0412";

    @TempDir
    static Path dir;

    static TestFederation federation;
    static RunningNode essex;
    static FederationTestClient suffolk;
    static FederationTestClient kent;

    /**
     * Settings that let one member send Essex {@value #FLOOD} messages in a few seconds: wherever inbound quotas
     * per peer exist, they are raised here for the flood (none exist on this node yet).
     */
    static Map<String, Object> floodSettings() {
        return Map.of();
    }

    @BeforeAll
    static void federation() throws Exception {
        Path secret = HearingsFederation.matchingSecret(dir.resolve("keys"), "matching.key");
        Path policy = HearingsFederation.openPolicy(dir.resolve("policy"));
        federation = new TestFederation(dir, TestFederation.Database.H2, List.of(ESSEX), code -> {
            Map<String, Object> settings = HearingsFederation.settings(code, secret, policy, "PT6S");
            settings.put("spring.main.sources", PoisonTestCapability.class.getName());
            settings.putAll(floodSettings());
            return settings;
        });
        essex = federation.node(ESSEX);
        federation.writeDirectoryListing(2, Instant.now().plus(Duration.ofDays(30)), List.of(ESSEX, KENT, SUFFOLK));
        DirectoryService directory = essex.context().getBean(DirectoryService.class);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> directory.requireCurrent().member(SUFFOLK).isPresent()
                        && directory.requireCurrent().member(KENT).isPresent());
        suffolk = new FederationTestClient(federation.pki.tls.get(SUFFOLK), federation.pki.caCertificate());
        kent = new FederationTestClient(federation.pki.tls.get(KENT), federation.pki.caCertificate());
        HearingsFederation.Response heard = new HearingsFederation.Api(essex)
                .post(
                        "/api/hearings",
                        PriorHearingFlagsTests.hearing(
                                HEARD_REFERENCE,
                                "2026-05-14",
                                PriorHearingFlagsTests.person(
                                        "ESX-P-9", "Norbert", "Quennell", "1981-09-23", "CM2 9XX"),
                                "Essex MARAC coordinator"));
        assertThat(heard.status()).as(heard.body()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        if (federation != null) {
            federation.close();
        }
    }

    @Test
    @Order(1)
    void aValueTooWideForItsColumnIsRefusedToItsSenderAtTheFirstAttemptAndTheCorrelationMovesOn() throws Exception {
        String correlation = UUID.randomUUID().toString();
        ObjectNode poison = circumstanceChange(SUFFOLK, correlation, 1);
        ((ObjectNode) poison.get("payload")).put(PoisonTestCapability.OVERFLOW, true);
        assertThat(send(suffolk, SUFFOLK, poison).status()).isEqualTo(202);
        List<String> behind = new ArrayList<>();
        for (int i = 2; i <= 6; i++) {
            ObjectNode next = circumstanceChange(SUFFOLK, correlation, i);
            assertThat(send(suffolk, SUFFOLK, next).status()).isEqualTo(202);
            behind.add(next.path("messageId").asText());
        }

        // Well before a second attempt of a retried message (backoff 0.5 s, 1 s, 2 s, 4 s, 8 s... over 4 minutes).
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(behind)
                        .allSatisfy(id -> assertThat(status(id)).isEqualTo("PROCESSED")));

        String poisonId = poison.path("messageId").asText();
        Map<String, Object> row = essex.jdbc()
                .queryForMap(
                        "select processing_status, processing_outcome, processing_attempts "
                                + "from inbound_message where message_id = ?",
                        poisonId);
        assertThat(row.get("processing_status")).isEqualTo("PROCESSED");
        assertThat(row.get("processing_outcome")).isEqualTo("REFUSED_VALUE_TOO_LONG");
        assertThat(((Number) row.get("processing_attempts")).intValue()).isZero();
        List<byte[]> refusals = essex.jdbc()
                .queryForList(
                        "select body from outbox_message where message_type = 'Refusal' "
                                + "and recipient = ? and correlation_id = ?",
                        byte[].class,
                        SUFFOLK,
                        correlation);
        assertThat(refusals).hasSize(1);
        JsonNode refusal = FederationTestClient.JSON.readTree(refusals.get(0)).path("payload");
        assertThat(refusal.path("refusedMessageId").asText()).isEqualTo(poisonId);
        assertThat(refusal.path("reasonCode").asText()).isEqualTo("VALUE_TOO_LONG");
    }

    @Test
    @Order(2)
    void aPoisonAlertWithANewlineHitIdFollowedBy2100MessagesInItsCorrelationStallsNeitherItsCorrelationNorOtherPeers()
            throws Exception {
        String correlation = UUID.randomUUID().toString();
        ObjectNode alert = crossAreaAlert(correlation, UUID.randomUUID() + "\n");
        assertThat(alert.path("payload").path("hitId").asText()).hasSize(37);
        String poisonId = alert.path("messageId").asText();
        FederationTestClient.Answer poisonAnswer = send(suffolk, SUFFOLK, alert);
        // The schema's patterns take "$" as the end of the string (ECMA-262), so the door refuses it and stores
        // nothing.
        assertThat(poisonAnswer.status()).isEqualTo(400);
        assertThat(poisonAnswer.reason()).isEqualTo("SCHEMA_INVALID");
        assertThat(status(poisonId)).isEqualTo("ABSENT");
        // A poison that no schema can see heads the correlation instead: its handler overflows a column.
        ObjectNode handlerPoison = circumstanceChange(SUFFOLK, correlation, 1);
        ((ObjectNode) handlerPoison.get("payload")).put(PoisonTestCapability.OVERFLOW, true);
        assertThat(send(suffolk, SUFFOLK, handlerPoison).status()).isEqualTo(202);
        String handlerPoisonId = handlerPoison.path("messageId").asText();

        List<ObjectNode> flood = new ArrayList<>();
        for (int i = 0; i < FLOOD; i++) {
            flood.add(circumstanceChange(SUFFOLK, correlation, i + 2));
        }
        ExecutorService senders = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> sent = new ArrayList<>();
            for (ObjectNode message : flood) {
                sent.add(senders.submit(() -> send(suffolk, SUFFOLK, message).status()));
            }
            for (Future<Integer> status : sent) {
                assertThat(status.get()).isEqualTo(202);
            }
        } finally {
            senders.shutdownNow();
        }

        // Kent's messages, sent after the whole flood was accepted, are processed while the flood is worked through.
        List<String> kents = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ObjectNode message = circumstanceChange(KENT, UUID.randomUUID().toString(), 1);
            assertThat(send(kent, KENT, message).status()).isEqualTo(202);
            kents.add(message.path("messageId").asText());
        }
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(kents)
                        .allSatisfy(id -> assertThat(status(id)).isEqualTo("PROCESSED")));

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(essex.jdbc()
                                .queryForObject(
                                        "select count(*) from inbound_message where sender = ? and correlation_id = ? "
                                                + "and message_type = 'ExchangeTest' and processing_status = 'PROCESSED'",
                                        Long.class,
                                        SUFFOLK,
                                        correlation))
                        .isEqualTo(FLOOD + 1L)); // the flood and the refused poison at its head
        assertThat(essex.jdbc()
                        .queryForObject(
                                "select processing_outcome from inbound_message where message_id = ?",
                                String.class,
                                handlerPoisonId))
                .isEqualTo("REFUSED_VALUE_TOO_LONG");
    }

    private static FederationTestClient.Answer send(FederationTestClient client, String sender, ObjectNode envelope)
            throws Exception {
        return client.sendSigned(
                essex.federationUri(), TestEnvelopes.bytes(envelope), federation.pki.signing.get(sender));
    }

    private static String status(String messageId) {
        return essex
                .jdbc()
                .queryForList(
                        "select processing_status from inbound_message where message_id = ?", String.class, messageId)
                .stream()
                .findFirst()
                .orElse("ABSENT");
    }

    private static ObjectNode circumstanceChange(String sender, String correlation, int sequence) {
        ObjectNode envelope = TestEnvelopes.valid(sender, ESSEX)
                .put("correlationId", correlation)
                .put("correlationSequence", sequence);
        envelope.putObject("payload").put("note", "synthetic " + sequence);
        return envelope;
    }

    private static ObjectNode crossAreaAlert(String correlation, String hitId) {
        ObjectNode envelope = TestEnvelopes.valid(SUFFOLK, ESSEX)
                .put("type", "CrossAreaAlert")
                .put("correlationId", correlation);
        envelope.putArray("dataCategories").add("HEARING_FLAG").add("CONTACT_DETAILS");
        ObjectNode payload = envelope.putObject("payload")
                .put("hitId", hitId)
                .put("heardForum", "MARAC")
                .put("heardOn", "2026-05-14")
                .put("heardReference", HEARD_REFERENCE)
                .put("band", "MATCH");
        ObjectNode referral = payload.putObject("referral")
                .put("forum", "MARAC")
                .put("referredOn", "2026-11-20")
                .put("reference", "MARAC-SFK-2026-1187");
        referral.putObject("contact").put("name", "Suffolk MARAC coordinator").put("phone", "01632 960200");
        return envelope;
    }
}
