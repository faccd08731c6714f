package org.crossflag.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.crossflag.it.TestFederation.ESSEX;
import static org.crossflag.it.TestFederation.KENT;
import static org.crossflag.it.TestFederation.SUFFOLK;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.crossflag.gateway.crypto.SignatureVerifier;
import org.crossflag.gateway.hearings.records.HearingMatching;
import org.crossflag.gateway.matching.IdentityEncoder;
import org.crossflag.gateway.matching.IdentityEncodingCodec;
import org.crossflag.gateway.matching.MatchCandidate;
import org.crossflag.gateway.matching.MatchingKeyring;
import org.crossflag.gateway.matching.MatchingSecret;
import org.crossflag.gateway.matching.PartialDate;
import org.crossflag.gateway.matching.PersonIdentity;
import org.crossflag.testsupport.ScoreLikeNames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Prior-hearing flags across three real nodes: Essex (A) and Kent (B) hold hearings, Suffolk (C) refers people.
 * Matching keys v1 (retired) and v2 (current) are configured on every node, so a query under v1 is outside its
 * changeover window. Alerts are pushed to a real SMTP server (GreenMail) and a webhook (WireMock over HTTPS, with a
 * certificate from a test CA that stands for the force's own).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PriorHearingFlagsTests {

    /** Long enough for every running peer to answer on a busy 2-core machine; a silent peer costs this much. */
    static final Duration QUERY_TIMEOUT = Duration.ofSeconds(6);
    /** Synthetic: the person of the cross-force story, as Essex recorded them. */
    static final String[] STORY_STRINGS = {"Robert", "Bob", "Ashdown", "Hale", "1986", "07-03", "03-07", "CM2 9XX"};

    @TempDir
    static Path dir;

    static CapturedLogs logs;
    static GreenMail mail;
    static WireMockServer webhook;
    static TestFederation federation;
    static Path secretV1;
    static Path secretV2;

    @BeforeAll
    static void federation() throws Exception {
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        HearingsFederation.LocalSystemsTls localTls = HearingsFederation.localSystemsTls(dir.resolve("local-tls"));
        webhook = new WireMockServer(localTls.wireMock());
        webhook.start();
        webhook.stubFor(
                post(urlPathMatching("/alerts/.*")).willReturn(aResponse().withStatus(204)));
        secretV1 = HearingsFederation.matchingSecret(dir.resolve("keys"), "matching-v1.key");
        secretV2 = HearingsFederation.matchingSecret(dir.resolve("keys"), "matching-v2.key");
        Path policy = HearingsFederation.openPolicy(dir.resolve("policy"));
        federation = new TestFederation(dir, TestFederation.Database.H2, code -> {
            Map<String, Object> settings =
                    HearingsFederation.settings(code, secretV1, policy, QUERY_TIMEOUT.toString());
            settings.put("crossflag.matching.keys[1].version", 2);
            settings.put("crossflag.matching.keys[1].secret-file", secretV2);
            settings.put("crossflag.matching.keys[1].start", "2026-01-01T00:00:00Z");
            settings.put("crossflag.matching.changeover", "P14D");
            settings.put("crossflag.hearings.alert-email.host", "127.0.0.1");
            settings.put("crossflag.hearings.alert-email.port", mail.getSmtp().getPort());
            settings.put("crossflag.hearings.alert-email.from", "crossflag@" + code.toLowerCase() + ".police.example");
            settings.put("crossflag.hearings.alert-email.to[0]", "marac@" + code.toLowerCase() + ".police.example");
            // GreenMail offers no STARTTLS: this loopback test server is the one place it is switched off.
            settings.put("crossflag.hearings.alert-email.start-tls", "false");
            settings.put(
                    "crossflag.hearings.alert-webhook.url",
                    "https://127.0.0.1:" + webhook.httpsPort() + "/alerts/" + code);
            localTls.addTo(settings);
            return settings;
        });
        // Attached once the nodes are up: starting a node resets the logging system.
        logs = CapturedLogs.attach();
        // Kent holds hearings too, none about the story's person.
        api(KENT)
                .post(
                        "/api/hearings",
                        hearing(
                                "MARAC-KNT-2026-0107",
                                "2026-02-02",
                                person("KNT-P-1", "Gareth", "Pennington", "1979-05-30", "ME4 6XX"),
                                "Kent MARAC coordinator"));
    }

    @AfterAll
    static void stop() {
        if (federation != null) {
            federation.close();
        }
        webhook.stop();
        mail.stop();
        logs.close();
    }

    @Test
    @Order(1)
    void personHeardInEssexAndReferredInSuffolkUnderANicknameAlertsBothCoordinatorsAndTellsKentNothing()
            throws Exception {
        HearingsFederation.Response heard = api(ESSEX)
                .post(
                        "/api/hearings",
                        hearing(
                                "MARAC-ESX-2026-0412",
                                "2026-05-14",
                                person("ESX-P-1", "Robert James", "Ashdown", "1986-03-07", "CM2 9XX"),
                                "Essex MARAC coordinator"));
        assertThat(heard.status()).as(heard.body()).isEqualTo(201);

        // Referred in Suffolk as "Bob", with a hyphenated surname and the day and month of birth swapped.
        HearingsFederation.Response referred = api(SUFFOLK)
                .post(
                        "/api/referrals",
                        referral(
                                "MARAC-SFK-2026-1187",
                                "2026-11-20",
                                person("SFK-P-77", "Bob", "Ashdown-Hale", "1986-07-03", null)));
        assertThat(referred.status()).as(referred.body()).isEqualTo(201);
        String queryId = referred.json().path("queryId").asText();

        JsonNode result = awaitComplete(SUFFOLK, queryId);
        assertThat(result.path("conclusion").asText()).isEqualTo("MATCH_FOUND");
        assertThat(texts(result.path("answered"))).containsExactlyInAnyOrder(ESSEX, KENT);
        assertThat(result.path("hits")).hasSize(1);
        JsonNode hit = result.path("hits").get(0);
        assertThat(hit.path("holder").asText()).isEqualTo(ESSEX);
        assertThat(hit.path("reference").asText()).isEqualTo("MARAC-ESX-2026-0412");
        assertThat(hit.path("heardOn").asText()).isEqualTo("2026-05-14");
        assertThat(hit.path("band").asText()).isEqualTo("MATCH");
        assertThat(hit.path("contact").path("name").asText()).isEqualTo("Essex MARAC coordinator");
        assertThat(hit.path("score").path("tool").asText()).isEqualTo("DASH");
        assertThat(hit.path("score").path("toolVersion").asText()).isEqualTo("2009");

        // Both coordinators are alerted: Suffolk's of the prior hearing, Essex's of the new referral.
        JsonNode suffolkAlert = onlyAlert(SUFFOLK, queryId);
        assertThat(suffolkAlert.path("kind").asText()).isEqualTo("PRIOR_HEARING_ELSEWHERE");
        assertThat(suffolkAlert.path("status").asText()).isEqualTo("OPEN");
        assertThat(suffolkAlert.path("otherForce").asText()).isEqualTo(ESSEX);
        JsonNode essexAlert =
                await().atMost(Duration.ofSeconds(20)).until(() -> alertOf(ESSEX, queryId), a -> a != null);
        assertThat(essexAlert.path("kind").asText()).isEqualTo("REFERRED_ELSEWHERE");
        assertThat(essexAlert.path("heardReference").asText()).isEqualTo("MARAC-ESX-2026-0412");
        assertThat(essexAlert.path("referralReference").asText()).isEqualTo("MARAC-SFK-2026-1187");
        assertThat(essexAlert.path("otherForce").asText()).isEqualTo(SUFFOLK);
        assertThat(essexAlert.path("repeat").asBoolean())
                .as("referred within 12 months of the hearing")
                .isTrue();

        // Kent answered with no hit, raised nothing, and received nothing but the blinded encoding.
        assertThat(federation
                        .node(SUFFOLK)
                        .jdbc()
                        .queryForMap(
                                "select status, hit_count from hearing_query_peer where query_id = ? and peer = ?",
                                queryId,
                                KENT))
                .containsEntry("status", "ANSWERED")
                .containsEntry("hit_count", 0);
        assertThat(alertOf(KENT, queryId)).isNull();
        List<Map<String, Object>> kentReceived = federation
                .node(KENT)
                .jdbc()
                .queryForList("select message_type, body from inbound_message where correlation_id = ?", queryId);
        assertThat(kentReceived).extracting(row -> row.get("message_type")).containsExactly("PriorHearingQuery");
        String body = new String((byte[]) kentReceived.get(0).get("body"), StandardCharsets.UTF_8);
        // Random base64, key digits, ids and clock readings can spell anything; they are checked for shape and left out
        // of the scan.
        String readable = withoutIdsAndTimes(
                withBlindedValuesRemoved(HearingsFederation.JSON.readTree(body)).toString());
        for (String identity : STORY_STRINGS) {
            assertThat(readable).doesNotContainIgnoringCase(identity);
        }
        JsonNode payload = HearingsFederation.JSON.readTree(body).path("payload");
        assertThat(fieldNames(payload)).containsExactlyInAnyOrder("encoding", "answerBy");
        assertThat(fieldNames(payload.path("encoding")))
                .allMatch(name -> List.of(
                                "format",
                                "keyVersion",
                                "clk",
                                "names",
                                "middleNames",
                                "dateOfBirth",
                                "postcode",
                                "address",
                                "blockingKeys",
                                "pnc",
                                "phone",
                                "email")
                        .contains(name));

        // Pushed by email and webhook to both coordinators, naming no person.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> recipientsOf(mail.getReceivedMessages())
                        .containsAll(List.of("marac@gb-esx.police.example", "marac@gb-sfk.police.example")));
        for (MimeMessage message : mail.getReceivedMessages()) {
            String text =
                    withoutIdsAndTimes(GreenMailUtil.getWholeMessage(message).replaceAll("(?m)^Message-ID: .*$", ""));
            for (String identity : STORY_STRINGS) {
                assertThat(text).doesNotContain(identity);
            }
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            webhook.verify(postRequestedFor(urlEqualTo("/alerts/" + SUFFOLK))
                    .withRequestBody(matchingJsonPath(
                            "$.alertId", equalTo(suffolkAlert.path("alertId").asText()))));
            webhook.verify(postRequestedFor(urlEqualTo("/alerts/" + ESSEX))
                    .withRequestBody(matchingJsonPath(
                            "$.alertId", equalTo(essexAlert.path("alertId").asText()))));
        });

        // The Suffolk coordinator records the action taken; it is audited under their officer id.
        String alertId = suffolkAlert.path("alertId").asText();
        HearingsFederation.Response acknowledged = api(SUFFOLK)
                .post(
                        "/api/alerts/" + alertId + "/acknowledgement",
                        "{\"actionCode\":\"CONTACTED_HOLDING_FORCE\",\"note\":\"Spoke to the Essex coordinator; added to Thursday's agenda\"}");
        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
        assertThat(acknowledged.json().path("status").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(acknowledged.json().path("acknowledgedBy").asText()).isEqualTo("SFK-MARAC-01");
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> federation
                                .node(SUFFOLK)
                                .jdbc()
                                .queryForList(
                                        "select actor_officer_id from audit_entry where action = 'ALERT_ACKNOWLEDGED' and correlation_id = ? "
                                                + "and reason_code = 'CONTACTED_HOLDING_FORCE'",
                                        String.class,
                                        queryId),
                        rows -> rows.equals(List.of("SFK-MARAC-01")));
        HearingsFederation.Response again = api(SUFFOLK)
                .post("/api/alerts/" + alertId + "/acknowledgement", "{\"actionCode\":\"CONTACTED_HOLDING_FORCE\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("reason").asText()).isEqualTo("ALERT_NOT_OPEN");
    }

    @Test
    @Order(2)
    void twoPeopleWithTheSameCommonNameButDifferentDatesOfBirthRaiseNoAlert() {
        api(ESSEX)
                .post(
                        "/api/hearings",
                        hearing(
                                "MARAC-ESX-2026-0500",
                                "2026-06-01",
                                person("ESX-P-2", "John", "Smith", "1980-01-01", "CM1 1XX"),
                                "Essex MARAC coordinator"));
        HearingsFederation.Response referred = api(SUFFOLK)
                .post(
                        "/api/referrals",
                        referral(
                                "MARAC-SFK-2026-1200",
                                "2026-11-21",
                                person("SFK-P-78", "John", "Smith", "1975-06-15", "IP1 2XX")));
        String queryId = referred.json().path("queryId").asText();

        JsonNode result = awaitComplete(SUFFOLK, queryId);
        assertThat(result.path("conclusion").asText()).isEqualTo("NO_RECORD_HELD_BY_RESPONDING_FORCES");
        assertThat(result.path("note").asText()).contains("does not mean the risk is low");
        assertThat(result.path("hits")).isEmpty();
        assertThat(alertOf(SUFFOLK, queryId)).isNull();
        assertThat(outboxTypes(SUFFOLK, queryId)).doesNotContain("CrossAreaAlert");
    }

    @Test
    @Order(3)
    void aPossibleMatchWaitsForReviewAndAlertsTheHolderOnlyOnceConfirmed() {
        HearingsFederation.Response heard = api(ESSEX)
                .post(
                        "/api/hearings",
                        hearing(
                                "DAPP-ESX-2026-0031",
                                "2026-04-09",
                                person("ESX-P-3", "Mohammed", "Rahman", "1990-11-20", "SS1 3XX"),
                                "Essex DAPP coordinator"));
        assertThat(heard.status()).as(heard.body()).isEqualTo(201);
        HearingsFederation.Response referred = api(SUFFOLK)
                .post(
                        "/api/referrals",
                        referral(
                                "MARAC-SFK-2026-1210",
                                "2026-11-22",
                                person("SFK-P-79", "Muhammad", "Rahman", "1990-11-21", null)));
        String queryId = referred.json().path("queryId").asText();

        JsonNode result = awaitComplete(SUFFOLK, queryId);
        assertThat(result.path("conclusion").asText())
                .as(result + " / "
                        + federation
                                .node(ESSEX)
                                .jdbc()
                                .queryForList(
                                        "select action, outcome, reason_code from audit_entry where correlation_id = ?",
                                        queryId))
                .isEqualTo("POSSIBLE_MATCH_FOUND");
        JsonNode review = onlyAlert(SUFFOLK, queryId);
        assertThat(review.path("status").asText()).isEqualTo("REVIEW");
        assertThat(outboxTypes(SUFFOLK, queryId))
                .as("nothing goes to Essex before a review")
                .doesNotContain("CrossAreaAlert");
        assertThat(alertOf(ESSEX, queryId)).isNull();

        HearingsFederation.Response confirmed = api(SUFFOLK)
                .post("/api/alerts/" + review.path("alertId").asText() + "/review", "{\"decision\":\"SAME_PERSON\"}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().path("status").asText()).isEqualTo("OPEN");
        JsonNode essexAlert =
                await().atMost(Duration.ofSeconds(20)).until(() -> alertOf(ESSEX, queryId), a -> a != null);
        assertThat(essexAlert.path("heardReference").asText()).isEqualTo("DAPP-ESX-2026-0031");
        assertThat(essexAlert.path("band").asText()).isEqualTo("POSSIBLE_MATCH");
    }

    @Test
    @Order(3)
    void theSignedAnswerOnTheWireCarriesTheBandAndTheRiskScoreButNeverTheMatchScore() throws Exception {
        api(ESSEX)
                .post(
                        "/api/hearings",
                        hearing(
                                "MARAC-ESX-2026-0640",
                                "2026-07-08",
                                person("ESX-P-5", "Cuthbert", "Ravensworth", "1977-09-23", "CO4 5XX"),
                                "Essex MARAC coordinator"));
        HearingsFederation.Response referred = api(SUFFOLK)
                .post(
                        "/api/referrals",
                        referral(
                                "MARAC-SFK-2026-1220",
                                "2026-11-22",
                                person("SFK-P-80", "Cuthbert", "Ravensworth", "1977-09-23", null)));
        String queryId = referred.json().path("queryId").asText();
        assertThat(awaitComplete(SUFFOLK, queryId).path("conclusion").asText()).isEqualTo("MATCH_FOUND");

        // What Essex's index made of the query it received: the score and weight it must keep to itself.
        byte[] query = federation
                .node(ESSEX)
                .jdbc()
                .queryForObject(
                        "select body from inbound_message where correlation_id = ? and message_type = 'PriorHearingQuery'",
                        byte[].class,
                        queryId);
        HearingMatching essexMatching = federation.node(ESSEX).context().getBean(HearingMatching.class);
        List<MatchCandidate> candidates = essexMatching.candidates(essexMatching.readQuery(
                HearingsFederation.JSON.readTree(query).path("payload").path("encoding")));
        assertThat(candidates).hasSize(1);
        MatchCandidate candidate = candidates.get(0);
        assertThat(candidate.score()).isStrictlyBetween(0.9, 1.0);

        // The answer as Suffolk received it: Essex's signature holds over these exact bytes, the very bytes Essex's
        // outbox sent.
        Map<String, Object> received = answerReceived(SUFFOLK, queryId, ESSEX);
        byte[] body = (byte[]) received.get("body");
        assertThat(new SignatureVerifier()
                        .verify(federation.pki.signing.get(ESSEX).certificate(), body, (byte[])
                                received.get("signature")))
                .isTrue();
        assertThat(federation
                        .node(ESSEX)
                        .jdbc()
                        .queryForObject(
                                "select body from outbox_message where correlation_id = ? and message_type = 'PriorHearingAnswer'",
                                byte[].class,
                                queryId))
                .isEqualTo(body);

        JsonNode answer = HearingsFederation.JSON.readTree(body);
        JsonNode hits = answer.path("payload").path("hits");
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).path("band").asText())
                .isEqualTo(candidate.band().name())
                .isEqualTo("MATCH");
        // No number on the wire is a fraction, and neither the score nor the weight appears in any form.
        String text = new String(body, StandardCharsets.UTF_8);
        for (double kept : List.of(candidate.score(), candidate.weight())) {
            assertThat(text)
                    .doesNotContain(Double.toString(kept))
                    .doesNotContain(new BigDecimal(kept).toPlainString())
                    .doesNotContain(BigDecimal.valueOf(kept).toPlainString());
        }
        assertThat(numbersIn(answer)).isNotEmpty().allMatch(JsonNode::isIntegralNumber);
        // The one field named like a score is the risk score the panel recorded, tied to its tool.
        assertThat(ScoreLikeNames.keys(answer)).containsExactly("/payload/hits/0/score");
        JsonNode riskScore = hits.get(0).path("score");
        assertThat(fieldNames(riskScore)).containsExactlyInAnyOrder("tool", "version", "value");
        assertThat(riskScore.path("value").asText()).isEqualTo("17");

        // Kent, which holds nobody like this, answered too: no hit, and nothing named like a score either.
        JsonNode kent = HearingsFederation.JSON.readTree(
                (byte[]) answerReceived(SUFFOLK, queryId, KENT).get("body"));
        assertThat(kent.path("payload").path("hits")).isEmpty();
        assertThat(ScoreLikeNames.keys(kent)).isEmpty();
    }

    @Test
    @Order(4)
    void aQueryUnderAMatchingKeyVersionOutsideItsChangeoverIsRefusedWithItsReason() throws Exception {
        // Suffolk's signing key, a v1 encoding: v2 started on 2026-01-01 and v1's 14-day changeover is over.
        ObjectNode envelope = queryUnder(new MatchingSecret(1, secret(secretV1), Instant.EPOCH), ESSEX);
        String messageId = envelope.path("messageId").asText();

        FederationTestClient.Answer answer = sendFromSuffolk(ESSEX, envelope);
        assertThat(answer.status())
                .as("accepted for processing, with a receipt")
                .isEqualTo(202);

        awaitProcessingOutcome(ESSEX, messageId, "REFUSED_MATCHING_KEY_VERSION_NOT_ACCEPTED");
        Map<String, Object> refusal = federation
                .node(ESSEX)
                .jdbc()
                .queryForMap(
                        "select recipient, body from outbox_message where message_type = 'Refusal' and correlation_id = ?",
                        envelope.path("correlationId").asText());
        assertThat(refusal).containsEntry("recipient", SUFFOLK);
        JsonNode refusalPayload =
                HearingsFederation.JSON.readTree((byte[]) refusal.get("body")).path("payload");
        assertThat(refusalPayload.path("reasonCode").asText()).isEqualTo("MATCHING_KEY_VERSION_NOT_ACCEPTED");
        assertThat(refusalPayload.path("refusedMessageId").asText()).isEqualTo(messageId);
        assertThat(refusalPayload.path("detail").asText()).contains("version 1").contains("2");
    }

    @Test
    @Order(5)
    void aQueryForAPurposeNoAgreementCoversIsRefusedAndNothingIsAnswered() throws Exception {
        ObjectNode envelope = queryUnder(new MatchingSecret(2, secret(secretV2), Instant.EPOCH), ESSEX)
                .put("purpose", "DVDS_RIGHT_TO_ASK");
        String messageId = envelope.path("messageId").asText();
        String correlationId = envelope.path("correlationId").asText();

        assertThat(sendFromSuffolk(ESSEX, envelope).status()).isEqualTo(202);

        awaitProcessingOutcome(ESSEX, messageId, "REFUSED_POLICY_PURPOSE_NOT_AGREED");
        assertThat(federation
                        .node(ESSEX)
                        .jdbc()
                        .queryForList(
                                "select message_type from outbox_message where correlation_id = ?",
                                String.class,
                                correlationId))
                .containsExactly("Refusal");
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> federation
                                .node(ESSEX)
                                .jdbc()
                                .queryForList(
                                        "select reason_code from audit_entry where action = 'POLICY_DECISION' and outcome = 'DENIED' and correlation_id = ?",
                                        String.class,
                                        correlationId),
                        reasons -> reasons.equals(List.of("PURPOSE_NOT_AGREED")));
    }

    @Test
    @Order(5)
    void aQueryCarryingAnIdentityFieldIsRefusedAtTheDoorAndNothingIsStored() throws Exception {
        ObjectNode envelope = TestEnvelopes.valid(SUFFOLK, KENT).put("type", "PriorHearingQuery");
        envelope.putObject("payload")
                .put("answerBy", Instant.now().plusSeconds(60).toString())
                .put("subjectName", TestEnvelopes.SYNTHETIC_NAME)
                .putObject("encoding");
        long before = federation.node(KENT).inboundCount();

        FederationTestClient.Answer answer = sendFromSuffolk(KENT, envelope);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.reason()).isEqualTo("SCHEMA_INVALID");
        assertThat(federation.node(KENT).inboundCount()).isEqualTo(before);
    }

    @Test
    @Order(6)
    void officersApiRefusesBadInputWithClearReasonsAndStoresNothing() {
        long referrals = count(SUFFOLK, "referral");
        long queued = count(SUFFOLK, "outbox_message");

        HearingsFederation.Response noPerson = api(SUFFOLK)
                .post(
                        "/api/referrals",
                        "{\"reference\":\"MARAC-SFK-2026-1300\",\"forum\":\"MARAC\",\"referredOn\":\"2026-11-23\","
                                + "\"coordinator\":{\"name\":\"Suffolk MARAC coordinator\"}}");
        assertThat(noPerson.status()).isEqualTo(400);
        assertThat(noPerson.json().path("reason").asText()).isEqualTo("REQUEST_INVALID");
        assertThat(noPerson.json().path("detail").asText()).contains("person");

        HearingsFederation.Response badDate = api(SUFFOLK)
                .post(
                        "/api/referrals",
                        referral(
                                "MARAC-SFK-2026-1301",
                                "2026-11-23",
                                person("SFK-P-90", "Zebedee", "Quillfeather", "14/03/1987", null)));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().path("detail").asText())
                .contains("person.dateOfBirth")
                .doesNotContain("14/03/1987");

        HearingsFederation.Response unidentifiable = api(SUFFOLK)
                .post(
                        "/api/referrals",
                        referral(
                                "MARAC-SFK-2026-1302",
                                "2026-11-23",
                                person("SFK-P-91", "Zebedee", "", "1987-03-14", null)));
        assertThat(unidentifiable.status()).isEqualTo(422);
        assertThat(unidentifiable.json().path("reason").asText()).isEqualTo("SUBJECT_UNIDENTIFIABLE");

        HearingsFederation.Response overridden = api(SUFFOLK)
                .post(
                        "/api/referrals",
                        referral(
                                "MARAC-SFK-2026-1303",
                                "2026-11-23",
                                person("SFK-P-92", "Zebedee", "Quillfeather", "1987-03-14", null),
                                "{\"state\":\"REFUSED_OVERRIDDEN\"}"));
        assertThat(overridden.status()).isEqualTo(422);
        assertThat(overridden.json().path("reason").asText()).isEqualTo("CONSENT_JUSTIFICATION_MISSING");

        HearingsFederation.Response notJson = api(SUFFOLK).post("/api/referrals", "reference=x");
        assertThat(notJson.status()).isEqualTo(400);

        assertThat(count(SUFFOLK, "referral")).isEqualTo(referrals);
        assertThat(count(SUFFOLK, "outbox_message")).isEqualTo(queued);
        assertThat(api(SUFFOLK).get("/api/alerts/" + UUID.randomUUID()).status())
                .isEqualTo(404);
    }

    @Test
    @Order(7)
    void withoutALoginTheApiAnswers401AndFederationPathsAreNotServedOnTheApiPort() throws Exception {
        RunningNode suffolk = federation.node(SUFFOLK);
        var http = java.net.http.HttpClient.newHttpClient();
        var anonymous = http.send(
                java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://127.0.0.1:" + suffolk.apiPort() + "/api/alerts"))
                        .GET()
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        var federationPathOnApiPort = http.send(
                java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://127.0.0.1:" + suffolk.apiPort() + "/federation/ping"))
                        .GET()
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(federationPathOnApiPort.statusCode()).isEqualTo(404);
    }

    @Test
    @Order(8)
    void aPeerThatDoesNotAnswerIsListedAndTheRestArrivesWithinTheTimeout() {
        api(ESSEX)
                .post(
                        "/api/hearings",
                        hearing(
                                "MATAC-ESX-2026-0077",
                                "2026-03-03",
                                person("ESX-P-4", "Darren", "Mortlake", "1982-10-12", "CO3 4XX"),
                                "Essex MATAC coordinator"));
        federation.stop(KENT);
        try {
            HearingsFederation.Response referred = api(SUFFOLK)
                    .post(
                            "/api/referrals",
                            referral(
                                    "MARAC-SFK-2026-1400",
                                    "2026-11-24",
                                    person("SFK-P-95", "Darren", "Mortlake", "1982-10-12", null)));
            String queryId = referred.json().path("queryId").asText();

            JsonNode result = awaitComplete(SUFFOLK, queryId);
            assertThat(texts(result.path("notAnswered"))).containsExactly(KENT);
            assertThat(texts(result.path("answered"))).containsExactly(ESSEX);
            assertThat(result.path("conclusion").asText()).isEqualTo("MATCH_FOUND");
            assertThat(result.path("note").asText()).contains("Not answered in time: " + KENT);
            Duration took = Duration.between(
                    Instant.parse(result.path("startedAt").asText()),
                    Instant.parse(result.path("completedAt").asText()));
            assertThat(took).isLessThanOrEqualTo(QUERY_TIMEOUT.plusMillis(100));
        } finally {
            federation.restart(KENT);
        }
    }

    @Test
    @Order(9)
    void noLogLineOfAnyNodeCarriesANameADateOfBirthAnAddressOrANote() {
        String all = logs.all();
        assertThat(all).contains("reason=").contains("messageId=");
        for (String personal : List.of(
                "Robert",
                "Ashdown",
                "Gareth",
                "Pennington",
                "Mohammed",
                "Muhammad",
                "Rahman",
                "Darren",
                "Mortlake",
                "Zebedee",
                "Quillfeather",
                "Cuthbert",
                "Ravensworth",
                "1977-09-23",
                "1986-03-07",
                "1986-07-03",
                "1990-11-20",
                "1982-10-12",
                "CM2 9XX",
                "ME4 6XX",
                "added to Thursday's agenda")) {
            assertThat(all).as("logs must not carry personal data or notes").doesNotContain(personal);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------

    static HearingsFederation.Api api(String code) {
        return new HearingsFederation.Api(federation.node(code));
    }

    static String person(String id, String given, String family, String dob, String postcode) {
        StringBuilder json = new StringBuilder("{\"personId\":\"").append(id).append("\",\"givenNames\":[");
        String[] names = given.split(" ");
        for (int i = 0; i < names.length; i++) {
            json.append(i > 0 ? "," : "").append('"').append(names[i]).append('"');
        }
        json.append("],\"familyNames\":[\"")
                .append(family)
                .append("\"],\"dateOfBirth\":\"")
                .append(dob)
                .append("\",\"sex\":\"M\"");
        if (postcode != null) {
            json.append(",\"postcode\":\"").append(postcode).append('"');
        }
        return json.append('}').toString();
    }

    static String hearing(String reference, String heardOn, String person, String coordinator) {
        String forum = reference.substring(0, reference.indexOf('-'));
        return "{\"reference\":\"" + reference + "\",\"forum\":\"" + forum + "\",\"heardOn\":\"" + heardOn
                + "\",\"person\":"
                + person + ",\"coordinator\":{\"name\":\"" + coordinator + "\",\"phone\":\"01632 960100\"},"
                + "\"score\":{\"tool\":\"DASH\",\"version\":\"2009\",\"value\":\"17\"}}";
    }

    static String referral(String reference, String referredOn, String person) {
        return referral(reference, referredOn, person, "{\"state\":\"NOT_SOUGHT_THRESHOLD_MET\"}");
    }

    static String referral(String reference, String referredOn, String person, String consent) {
        return "{\"reference\":\"" + reference + "\",\"forum\":\"MARAC\",\"referredOn\":\"" + referredOn
                + "\",\"person\":"
                + person
                + ",\"coordinator\":{\"name\":\"Suffolk MARAC coordinator\",\"email\":\"marac@sfk.police.example\"},"
                + "\"consent\":" + consent + "}";
    }

    static JsonNode awaitComplete(String code, String queryId) {
        return await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> api(code).get("/api/queries/" + queryId).json(),
                        r -> r.path("status").asText().equals("COMPLETE"));
    }

    static JsonNode alertOf(String code, String queryId) {
        for (JsonNode alert : api(code).get("/api/alerts").json()) {
            if (queryId.equals(alert.path("queryId").asText())) {
                return alert;
            }
        }
        return null;
    }

    static JsonNode onlyAlert(String code, String queryId) {
        List<JsonNode> alerts = new ArrayList<>();
        api(code).get("/api/alerts").json().forEach(alert -> {
            if (queryId.equals(alert.path("queryId").asText())) {
                alerts.add(alert);
            }
        });
        assertThat(alerts).hasSize(1);
        return alerts.get(0);
    }

    static List<String> outboxTypes(String code, String queryId) {
        return federation
                .node(code)
                .jdbc()
                .queryForList(
                        "select message_type from outbox_message where correlation_id = ?", String.class, queryId);
    }

    static long count(String code, String table) {
        return federation.node(code).jdbc().queryForObject("select count(*) from " + table, Long.class);
    }

    /** A PriorHearingQuery from Suffolk to {@code recipient}, encoding the story's person under {@code secret} alone. */
    static ObjectNode queryUnder(MatchingSecret secret, String recipient) {
        MatchingKeyring keyring = new MatchingKeyring(List.of(secret), Duration.ZERO);
        ObjectNode encoding = new IdentityEncodingCodec()
                .write(new IdentityEncoder(keyring)
                        .encode(
                                PersonIdentity.of("Robert", "Ashdown", PartialDate.parse("1986-03-07")),
                                secret.version()));
        ObjectNode envelope = TestEnvelopes.valid(SUFFOLK, recipient).put("type", "PriorHearingQuery");
        envelope.putObject("payload")
                .put("answerBy", Instant.now().plusSeconds(60).toString())
                .set("encoding", encoding);
        return envelope;
    }

    /** Sends the envelope as Suffolk would: over Suffolk's mutual TLS, signed with Suffolk's key. */
    static FederationTestClient.Answer sendFromSuffolk(String recipient, ObjectNode envelope) throws Exception {
        FederationTestClient suffolk =
                new FederationTestClient(federation.pki.tls.get(SUFFOLK), federation.pki.caCertificate());
        return suffolk.sendSigned(
                federation.node(recipient).federationUri(),
                TestEnvelopes.bytes(envelope),
                federation.pki.signing.get(SUFFOLK));
    }

    static void awaitProcessingOutcome(String node, String messageId, String outcome) {
        await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> federation
                                .node(node)
                                .jdbc()
                                .queryForObject(
                                        "select processing_outcome from inbound_message where message_id = ?",
                                        String.class,
                                        messageId),
                        outcome::equals);
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    /** Checks every blinded value is base64 or a blocking key, then replaces it so only readable text remains. */
    static JsonNode withBlindedValuesRemoved(JsonNode message) {
        ObjectNode copy = message.deepCopy();
        ObjectNode encoding = (ObjectNode) copy.path("payload").path("encoding");
        for (String field : fieldNames(encoding)) {
            JsonNode value = encoding.get(field);
            if (field.equals("format") || field.equals("keyVersion")) {
                assertThat(value.isInt()).as(field).isTrue();
                continue;
            }
            if (field.equals("blockingKeys")) {
                value.forEach(key ->
                        assertThat(key.isIntegralNumber()).as("blocking key").isTrue());
            } else {
                List<JsonNode> parts = new ArrayList<>();
                if (value.isArray()) {
                    value.forEach(parts::add);
                } else {
                    parts.add(value);
                }
                for (JsonNode part : parts) {
                    assertThat(Base64.getDecoder().decode(part.asText()))
                            .as(field)
                            .isNotEmpty();
                }
            }
            encoding.put(field, "blinded");
        }
        return copy;
    }

    static String withoutIdsAndTimes(String text) {
        return text.replaceAll("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", "<id>")
                .replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z", "<instant>");
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    /** The body and signature of the PriorHearingAnswer {@code sender} sent in a query, once it has arrived. */
    static Map<String, Object> answerReceived(String receiver, String queryId, String sender) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> federation
                                .node(receiver)
                                .jdbc()
                                .queryForList(
                                        "select body, signature from inbound_message where correlation_id = ? "
                                                + "and message_type = 'PriorHearingAnswer' and sender = ?",
                                        queryId,
                                        sender),
                        rows -> rows.size() == 1)
                .get(0);
    }

    /** Every number anywhere in a document. */
    static List<JsonNode> numbersIn(JsonNode node) {
        List<JsonNode> numbers = new ArrayList<>();
        if (node.isNumber()) {
            numbers.add(node);
        }
        node.forEach(child -> numbers.addAll(numbersIn(child)));
        return numbers;
    }

    static List<String> recipientsOf(MimeMessage[] messages) throws Exception {
        List<String> recipients = new ArrayList<>();
        for (MimeMessage message : messages) {
            for (var address : message.getAllRecipients()) {
                recipients.add(address.toString());
            }
        }
        return recipients;
    }

    static byte[] secret(Path file) throws Exception {
        return Base64.getDecoder().decode(Files.readString(file).strip());
    }
}
