package org.crossflag.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.crossflag.it.TestFederation.ESSEX;
import static org.crossflag.it.TestFederation.KENT;
import static org.crossflag.it.TestFederation.SUFFOLK;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * Cross-area alerts and answers are tied to what was asked: a holder accepts an alert only for a live hit it issued
 * to the sender, a referrer accepts one answer per asked peer, to the query it sent, and an answer of more hits than
 * one message carries arrives in numbered parts. Essex (A) holds hearings, Suffolk (C) refers, Kent (B) plays the
 * hostile member: a real member's keys and certificates, sending what its node never would.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HitsBoundToQueriesTests {

    static final Duration QUERY_TIMEOUT = Duration.ofSeconds(6);
    static final String HEARD_REFERENCE = "MARAC-ESX-2026-0901";

    @TempDir
    static Path dir;

    static TestFederation federation;
    /** Suffolk's referral of the person Essex heard: complete, MATCH_FOUND, with one hit issued by Essex. */
    static String storyQuery;

    @BeforeAll
    static void federation() throws Exception {
        Path secret = HearingsFederation.matchingSecret(dir.resolve("keys"), "matching-v1.key");
        Path policy = HearingsFederation.openPolicy(dir.resolve("policy"));
        federation = new TestFederation(
                dir,
                TestFederation.Database.H2,
                code -> HearingsFederation.settings(code, secret, policy, QUERY_TIMEOUT.toString()));
        HearingsFederation.Response heard = api(ESSEX)
                .post(
                        "/api/hearings",
                        PriorHearingFlagsTests.hearing(
                                HEARD_REFERENCE,
                                "2026-05-14",
                                PriorHearingFlagsTests.person(
                                        "ESX-P-901", "Tobias", "Wrenfield", "1984-02-11", "CM3 7XX"),
                                "Essex MARAC coordinator"));
        assertThat(heard.status()).as(heard.body()).isEqualTo(201);
        HearingsFederation.Response referred = api(SUFFOLK)
                .post(
                        "/api/referrals",
                        PriorHearingFlagsTests.referral(
                                "MARAC-SFK-2026-2001",
                                "2026-11-20",
                                PriorHearingFlagsTests.person("SFK-P-901", "Tobias", "Wrenfield", "1984-02-11", null)));
        assertThat(referred.status()).as(referred.body()).isEqualTo(201);
        storyQuery = referred.json().path("queryId").asText();
        assertThat(awaitComplete(SUFFOLK, storyQuery).path("conclusion").asText())
                .isEqualTo("MATCH_FOUND");
        // The genuine alert, made from the hit Essex issued to Suffolk, is accepted at Essex.
        await().atMost(Duration.ofSeconds(20)).until(() -> alertsOf(ESSEX, storyQuery), alerts -> alerts.size() == 1);
    }

    @AfterAll
    static void stop() {
        if (federation != null) {
            federation.close();
        }
    }

    @Test
    @Order(1)
    void aForgedAlertIsRefusedAndStoredNowhereEvenWhenItQuotesARealReferenceOrAHitIssuedToAnother() throws Exception {
        long alerts = count(ESSEX, "alert");
        String realHit = federation
                .node(SUFFOLK)
                .jdbc()
                .queryForObject("select hit_id from hearing_hit where query_id = ?", String.class, storyQuery);

        ObjectNode guessedHit = alertFromKent(UUID.randomUUID().toString(), HEARD_REFERENCE);
        ObjectNode stolenHit = alertFromKent(realHit, HEARD_REFERENCE).put("correlationId", storyQuery);
        for (ObjectNode forged : List.of(guessedHit, stolenHit)) {
            assertThat(send(KENT, ESSEX, forged).status()).isEqualTo(202);
        }

        String guessed = awaitProcessed(ESSEX, guessedHit.path("messageId").asText());
        String stolen = awaitProcessed(ESSEX, stolenHit.path("messageId").asText());
        assertThat(guessed)
                .as("an alert quoting a real reference but no hit issued to its sender")
                .startsWith("REFUSED_");
        assertThat(stolen)
                .as("an alert quoting a hit issued to Suffolk, sent by Kent")
                .isEqualTo(guessed);
        assertThat(count(ESSEX, "alert")).isEqualTo(alerts);
        assertThat(federation
                        .node(ESSEX)
                        .jdbc()
                        .queryForObject("select count(*) from alert where other_force = ?", Long.class, KENT))
                .isZero();
    }

    @Test
    @Order(2)
    void theRefusalToAStrangerIsTheSameWhetherOrNotTheReferenceExists() throws Exception {
        ObjectNode existing = alertFromKent(UUID.randomUUID().toString(), HEARD_REFERENCE);
        ObjectNode absent = alertFromKent(UUID.randomUUID().toString(), "MARAC-ESX-2099-0001");
        assertThat(send(KENT, ESSEX, existing).status()).isEqualTo(202);
        assertThat(send(KENT, ESSEX, absent).status()).isEqualTo(202);

        String toExisting = awaitProcessed(ESSEX, existing.path("messageId").asText());
        String toAbsent = awaitProcessed(ESSEX, absent.path("messageId").asText());
        assertThat(toExisting)
                .as("the outcome must not tell which references exist")
                .isEqualTo(toAbsent);
        JsonNode refusalToExisting = refusalPayload(ESSEX, existing);
        JsonNode refusalToAbsent = refusalPayload(ESSEX, absent);
        assertThat(refusalToExisting.path("reasonCode").asText())
                .isEqualTo(refusalToAbsent.path("reasonCode").asText());
        assertThat(refusalToExisting.path("detail").asText())
                .isEqualTo(refusalToAbsent.path("detail").asText());
    }

    @Test
    @Order(3)
    void anAnswerToAQueryNeverSentIsRefusedAndStoredNowhere() throws Exception {
        long hits = count(SUFFOLK, "hearing_hit");
        long alerts = count(SUFFOLK, "alert");
        ObjectNode answer =
                answer(KENT, UUID.randomUUID().toString(), UUID.randomUUID().toString(), "MARAC-KNT-2026-0001");

        assertThat(send(KENT, SUFFOLK, answer).status()).isEqualTo(202);

        assertThat(awaitProcessed(SUFFOLK, answer.path("messageId").asText())).startsWith("REFUSED_");
        assertThat(count(SUFFOLK, "hearing_hit")).isEqualTo(hits);
        assertThat(count(SUFFOLK, "alert")).isEqualTo(alerts);
    }

    @Test
    @Order(4)
    void aSecondAnswerFromAPeerIsRefusedAndChangesNothing() throws Exception {
        JsonNode before = api(SUFFOLK).get("/api/queries/" + storyQuery).json();
        long alerts = count(SUFFOLK, "alert");
        List<String> sentBefore = outboxTypes(SUFFOLK, storyQuery);
        // Kent answered the story's query with no hit; now it sends a MATCH, with the right query message id.
        ObjectNode second = answer(KENT, storyQuery, queryMessageId(storyQuery, KENT), "MARAC-KNT-2026-0002");

        assertThat(send(KENT, SUFFOLK, second).status()).isEqualTo(202);

        assertThat(awaitProcessed(SUFFOLK, second.path("messageId").asText())).startsWith("REFUSED_");
        JsonNode after = api(SUFFOLK).get("/api/queries/" + storyQuery).json();
        assertThat(after.path("hits")).isEqualTo(before.path("hits"));
        assertThat(after.path("conclusion")).isEqualTo(before.path("conclusion"));
        assertThat(count(SUFFOLK, "alert")).isEqualTo(alerts);
        List<String> sentAfter = new ArrayList<>(sentBefore);
        sentAfter.add("Refusal");
        assertThat(outboxTypes(SUFFOLK, storyQuery))
                .as("Suffolk sends Kent its refusal, and nothing about its referral")
                .containsExactlyInAnyOrderElementsOf(sentAfter);
    }

    @Test
    @Order(5)
    void anAnswerCarryingAnotherQuerysMessageIdIsRefusedAndTheRightOneIsTaken() throws Exception {
        federation.stop(KENT);
        try {
            HearingsFederation.Response referred = api(SUFFOLK)
                    .post(
                            "/api/referrals",
                            PriorHearingFlagsTests.referral(
                                    "MARAC-SFK-2026-2002",
                                    "2026-11-21",
                                    PriorHearingFlagsTests.person(
                                            "SFK-P-902", "Perpetua", "Ollerenshaw", "1979-08-30", null)));
            String queryId = referred.json().path("queryId").asText();
            JsonNode result = awaitComplete(SUFFOLK, queryId);
            assertThat(texts(result.path("notAnswered"))).containsExactly(KENT);
            long hits = count(SUFFOLK, "hearing_hit");

            ObjectNode wrong = answer(KENT, queryId, queryMessageId(storyQuery, KENT), "MARAC-KNT-2026-0003");
            assertThat(send(KENT, SUFFOLK, wrong).status()).isEqualTo(202);
            assertThat(awaitProcessed(SUFFOLK, wrong.path("messageId").asText()))
                    .startsWith("REFUSED_");
            assertThat(count(SUFFOLK, "hearing_hit")).isEqualTo(hits);
            assertThat(federation
                            .node(SUFFOLK)
                            .jdbc()
                            .queryForObject(
                                    "select status from hearing_query_peer where query_id = ? and peer = ?",
                                    String.class,
                                    queryId,
                                    KENT))
                    .isEqualTo("NO_ANSWER_IN_TIME");

            ObjectNode right = answer(KENT, queryId, queryMessageId(queryId, KENT), null);
            assertThat(send(KENT, SUFFOLK, right).status()).isEqualTo(202);
            assertThat(awaitProcessed(SUFFOLK, right.path("messageId").asText()))
                    .isEqualTo("HANDLED");
            assertThat(texts(api(SUFFOLK).get("/api/queries/" + queryId).json().path("answered")))
                    .contains(KENT);
        } finally {
            federation.restart(KENT);
        }
    }

    @Test
    @Order(6)
    void sixtyHearingsOfOnePersonAtTheHolderReachTheReferrerComplete() {
        for (int i = 1; i <= 60; i++) {
            HearingsFederation.Response heard = api(ESSEX)
                    .post(
                            "/api/hearings",
                            PriorHearingFlagsTests.hearing(
                                    String.format("MARAC-ESX-2025-%04d", i),
                                    String.format("2025-%02d-%02d", 1 + i % 12, 1 + i % 28),
                                    PriorHearingFlagsTests.person(
                                            "ESX-P-960", "Leopold", "Fairweather-Quist", "1975-12-02", "CM9 6XX"),
                                    "Essex MARAC coordinator"));
            assertThat(heard.status()).as(heard.body()).isEqualTo(201);
        }
        HearingsFederation.Response referred = api(SUFFOLK)
                .post(
                        "/api/referrals",
                        PriorHearingFlagsTests.referral(
                                "MARAC-SFK-2026-2060",
                                "2026-11-22",
                                PriorHearingFlagsTests.person(
                                        "SFK-P-960", "Leopold", "Fairweather-Quist", "1975-12-02", null)));
        String queryId = referred.json().path("queryId").asText();

        JsonNode result = awaitComplete(SUFFOLK, queryId);
        assertThat(result.path("conclusion").asText()).isEqualTo("MATCH_FOUND");
        assertThat(texts(result.path("answered")))
                .as(result.path("note").asText())
                .contains(ESSEX);
        assertThat(result.path("hits")).hasSize(60);
        List<String> references = new ArrayList<>();
        result.path("hits").forEach(hit -> references.add(hit.path("reference").asText()));
        assertThat(references).doesNotHaveDuplicates().allMatch(reference -> reference.startsWith("MARAC-ESX-2025-"));
        // Every alert Suffolk raised from those hits is accepted at Essex.
        await().atMost(Duration.ofSeconds(60)).until(() -> alertsOf(ESSEX, queryId), alerts -> alerts.size() == 60);
    }

    // ---- helpers ------------------------------------------------------------------------------------

    static HearingsFederation.Api api(String code) {
        return new HearingsFederation.Api(federation.node(code));
    }

    static JsonNode awaitComplete(String code, String queryId) {
        return await().atMost(Duration.ofSeconds(40))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> api(code).get("/api/queries/" + queryId).json(),
                        r -> r.path("status").asText().equals("COMPLETE"));
    }

    static List<Map<String, Object>> alertsOf(String code, String queryId) {
        return federation
                .node(code)
                .jdbc()
                .queryForList("select alert_id, kind from alert where query_id = ?", queryId);
    }

    static long count(String code, String table) {
        return federation.node(code).jdbc().queryForObject("select count(*) from " + table, Long.class);
    }

    static List<String> outboxTypes(String code, String correlationId) {
        return federation
                .node(code)
                .jdbc()
                .queryForList(
                        "select message_type from outbox_message where correlation_id = ?",
                        String.class,
                        correlationId);
    }

    /** The id of the PriorHearingQuery message Suffolk sent {@code peer} for the query. */
    static String queryMessageId(String queryId, String peer) {
        return federation
                .node(SUFFOLK)
                .jdbc()
                .queryForObject(
                        "select message_id from hearing_query_peer where query_id = ? and peer = ?",
                        String.class,
                        queryId,
                        peer);
    }

    /** The processing outcome of a message, once it has one. */
    static String awaitProcessed(String code, String messageId) {
        return awaitProcessedAt(federation, code, messageId);
    }

    static String awaitProcessedAt(TestFederation federation, String code, String messageId) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> federation
                                .node(code)
                                .jdbc()
                                .queryForList(
                                        "select processing_outcome from inbound_message where message_id = ?",
                                        String.class,
                                        messageId)
                                .stream()
                                .filter(outcome -> outcome != null)
                                .findFirst()
                                .orElse(null),
                        outcome -> outcome != null);
    }

    static JsonNode refusalPayload(String code, ObjectNode refused) throws Exception {
        String messageId = refused.path("messageId").asText();
        for (Map<String, Object> row : federation
                .node(code)
                .jdbc()
                .queryForList(
                        "select body from outbox_message where message_type = 'Refusal' and correlation_id = ?",
                        refused.path("correlationId").asText())) {
            JsonNode payload =
                    HearingsFederation.JSON.readTree((byte[]) row.get("body")).path("payload");
            if (payload.path("refusedMessageId").asText().equals(messageId)) {
                return payload;
            }
        }
        throw new AssertionError("no Refusal of " + messageId + " at " + code);
    }

    /** A CrossAreaAlert as Kent's own node would send it, about a hit and a hearing reference of Essex. */
    static ObjectNode alertFromKent(String hitId, String heardReference) {
        ObjectNode envelope = TestEnvelopes.valid(KENT, ESSEX).put("type", "CrossAreaAlert");
        envelope.putArray("dataCategories").add("HEARING_FLAG").add("CONTACT_DETAILS");
        ObjectNode payload = envelope.putObject("payload")
                .put("hitId", hitId)
                .put("heardForum", "MARAC")
                .put("heardOn", "2026-05-14")
                .put("heardReference", heardReference)
                .put("band", "MATCH");
        ObjectNode referral = payload.putObject("referral")
                .put("forum", "MARAC")
                .put("referredOn", "2026-11-23")
                .put("reference", "MARAC-KNT-2026-0666");
        referral.putObject("contact").put("name", "Kent duty desk").put("phone", "01632 960666");
        return envelope;
    }

    /** A PriorHearingAnswer from {@code sender}: with a MATCH hit when {@code reference} is given, else no hit. */
    static ObjectNode answer(String sender, String queryId, String queryMessageId, String reference) {
        ObjectNode envelope = TestEnvelopes.valid(sender, SUFFOLK)
                .put("type", "PriorHearingAnswer")
                .put("correlationId", queryId);
        envelope.putObject("requester").put("officerId", "svc-" + sender).put("role", "INTEGRATION_SERVICE");
        envelope.putArray("dataCategories").add("HEARING_FLAG").add("CONTACT_DETAILS");
        ObjectNode payload = envelope.putObject("payload")
                .put("queryMessageId", queryMessageId)
                .put("keyVersion", 1);
        var hits = payload.putArray("hits");
        if (reference != null) {
            ObjectNode hit = hits.addObject()
                    .put("hitId", UUID.randomUUID().toString())
                    .put("forum", "MARAC")
                    .put("force", sender)
                    .put("heardOn", "2026-01-05")
                    .put("reference", reference)
                    .put("band", "MATCH");
            hit.putObject("contact").put("name", "Kent duty desk").put("phone", "01632 960666");
        }
        return envelope;
    }

    /** Sends the envelope as {@code sender} would: over its mutual TLS, signed with its key. */
    static FederationTestClient.Answer send(String sender, String recipient, ObjectNode envelope) throws Exception {
        FederationTestClient client =
                new FederationTestClient(federation.pki.tls.get(sender), federation.pki.caCertificate());
        return client.sendSigned(
                federation.node(recipient).federationUri(),
                TestEnvelopes.bytes(envelope),
                federation.pki.signing.get(sender));
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
