package org.crossflag.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.crossflag.it.TestFederation.ESSEX;
import static org.crossflag.it.TestFederation.SUFFOLK;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crossflag.gateway.matching.MatchingSecret;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One quota mechanism for peers and officers: Essex takes at most three queries from one peer per hour, and a
 * Suffolk officer may start at most two queries per hour. The excess is refused with a reason, audited and counted.
 */
class QuotaTests {

    @TempDir
    static Path dir;

    static TestFederation federation;
    static Path secret;

    @BeforeAll
    static void federation() throws Exception {
        secret = HearingsFederation.matchingSecret(dir.resolve("keys"), "matching-v1.key");
        Path policy = HearingsFederation.openPolicy(dir.resolve("policy"));
        federation = new TestFederation(dir, TestFederation.Database.H2, List.of(ESSEX, SUFFOLK), code -> {
            Map<String, Object> settings = HearingsFederation.settings(code, secret, policy, "PT6S");
            settings.put("crossflag.quotas.peer-queries", 3);
            settings.put("crossflag.quotas.peer-window", "PT1H");
            settings.put("crossflag.quotas.officer-queries", 2);
            settings.put("crossflag.quotas.officer-window", "PT1H");
            return settings;
        });
    }

    @AfterAll
    static void stop() {
        if (federation != null) {
            federation.close();
        }
    }

    @Test
    void queriesFromOnePeerBeyondItsQuotaAreRefusedAuditedAndCounted() throws Exception {
        MatchingSecret v1 = new MatchingSecret(1, PriorHearingFlagsTests.secret(secret), Instant.EPOCH);
        List<ObjectNode> queries = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ObjectNode query = PriorHearingFlagsTests.queryUnder(v1, ESSEX);
            queries.add(query);
            assertThat(send(query).status()).isEqualTo(202);
        }

        for (ObjectNode query : queries.subList(0, 3)) {
            assertThat(awaitProcessed(ESSEX, query.path("messageId").asText())).isEqualTo("HANDLED");
        }
        ObjectNode excess = queries.get(3);
        assertThat(awaitProcessed(ESSEX, excess.path("messageId").asText())).isEqualTo("REFUSED_QUOTA_EXCEEDED");
        assertThat(federation
                        .node(ESSEX)
                        .jdbc()
                        .queryForList(
                                "select message_type from outbox_message where correlation_id = ?",
                                String.class,
                                excess.path("correlationId").asText()))
                .as("refused, not answered")
                .containsExactly("Refusal");
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> federation
                                .node(ESSEX)
                                .jdbc()
                                .queryForList(
                                        "select reason_code from audit_entry where action = 'QUOTA_EXCEEDED' and counterpart = ?",
                                        String.class,
                                        SUFFOLK),
                        reasons -> reasons.equals(List.of("PEER_QUERIES")));
        assertThat(federation.node(ESSEX).management("/actuator/prometheus"))
                .containsPattern("crossflag_quota_refusals_total\\{[^}]*quota=\"PEER_QUERIES\"[^}]*} 1\\.0");
    }

    @Test
    void anOfficerBeyondTheirQueryQuotaIsRefusedOnTheApiWithAClearErrorAndNothingIsStored() {
        for (int i = 1; i <= 2; i++) {
            HearingsFederation.Response referred = api(SUFFOLK)
                    .post(
                            "/api/referrals",
                            PriorHearingFlagsTests.referral(
                                    "MARAC-SFK-2026-300" + i,
                                    "2026-11-20",
                                    PriorHearingFlagsTests.person(
                                            "SFK-P-30" + i, "Ignatius", "Thornbury", "1970-01-0" + i, null)));
            assertThat(referred.status()).as(referred.body()).isEqualTo(201);
        }
        long referrals = count(SUFFOLK, "referral");
        long queued = count(SUFFOLK, "outbox_message");

        HearingsFederation.Response excess = api(SUFFOLK)
                .post(
                        "/api/referrals",
                        PriorHearingFlagsTests.referral(
                                "MARAC-SFK-2026-3003",
                                "2026-11-20",
                                PriorHearingFlagsTests.person(
                                        "SFK-P-303", "Ignatius", "Thornbury", "1970-01-03", null)));

        assertThat(excess.status()).isEqualTo(429);
        JsonNode body = excess.json();
        assertThat(body.path("reason").asText()).isEqualTo("QUOTA_EXCEEDED");
        assertThat(body.path("detail").asText()).contains("2").contains("PT1H");
        assertThat(count(SUFFOLK, "referral")).isEqualTo(referrals);
        assertThat(count(SUFFOLK, "outbox_message")).isEqualTo(queued);
        await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> federation
                                .node(SUFFOLK)
                                .jdbc()
                                .queryForList(
                                        "select actor_officer_id from audit_entry where action = 'QUOTA_EXCEEDED' and reason_code = 'OFFICER_QUERIES'",
                                        String.class),
                        officers -> officers.equals(List.of("SFK-MARAC-01")));
    }

    static HearingsFederation.Api api(String code) {
        return new HearingsFederation.Api(federation.node(code));
    }

    static long count(String code, String table) {
        return federation.node(code).jdbc().queryForObject("select count(*) from " + table, Long.class);
    }

    static String awaitProcessed(String code, String messageId) {
        return HitsBoundToQueriesTests.awaitProcessedAt(federation, code, messageId);
    }

    static FederationTestClient.Answer send(ObjectNode envelope) throws Exception {
        FederationTestClient client =
                new FederationTestClient(federation.pki.tls.get(SUFFOLK), federation.pki.caCertificate());
        return client.sendSigned(
                federation.node(ESSEX).federationUri(),
                TestEnvelopes.bytes(envelope),
                federation.pki.signing.get(SUFFOLK));
    }
}
