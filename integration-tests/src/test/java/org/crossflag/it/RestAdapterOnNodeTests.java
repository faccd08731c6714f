package org.crossflag.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossflag.it.TestFederation.KENT;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.crossflag.adapter.LocalEventType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Kent's case tool sends hearings as JSON to the REST adapter, through Kent's local-systems connector with its API
 * key. It may send hearings and nothing else; a bad body is refused naming its field; nothing refused is stored; and
 * the adapter's contract is described beside the officers' API.
 */
class RestAdapterOnNodeTests {

    static final String HEARING = """
            {"localReference":"MATAC-KNT-2026-0077","forum":"MATAC","heardOn":"2026-07-08",
             "subject":{"localPersonId":"CT-P-7707","givenNames":["Godwin"],"familyNames":["Fairclough"],
                        "dateOfBirth":"1975-11-30"},
             "coordinator":{"name":"MATAC coordinator, Maidstone","phone":"01632 960277"}}
            """;

    @TempDir
    static Path dir;

    static TestFederation federation;
    static LocalSystemsAccess kentLocal;

    @BeforeAll
    static void federation() throws Exception {
        Path secret = HearingsFederation.matchingSecret(dir.resolve("keys"), "matching-v1.key");
        Path policy = HearingsFederation.openPolicy(dir.resolve("policy"));
        kentLocal = LocalSystemsAccess.create(dir.resolve("kent-local"), List.of(LocalEventType.HEARING_RECORDED));
        federation = new TestFederation(dir, TestFederation.Database.H2, List.of(KENT), code -> {
            Map<String, Object> settings = HearingsFederation.settings(code, secret, policy, "PT8S");
            settings.putAll(kentLocal.settings());
            settings.put("crossflag.adapters.rest.enabled", "true");
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
    void aHearingSentWithTheApiKeyIsStoredUnderTheAdaptersIdAndARepeatIsADuplicate() throws Exception {
        HttpResponse<String> taken = post("/local/rest/v1/hearings", HEARING);
        HttpResponse<String> again = post("/local/rest/v1/hearings", HEARING);

        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
        assertThat(HearingsFederation.JSON
                        .readTree(taken.body())
                        .path("duplicate")
                        .asBoolean())
                .isFalse();
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(HearingsFederation.JSON
                        .readTree(again.body())
                        .path("duplicate")
                        .asBoolean())
                .isTrue();
        assertThat(federation
                        .node(KENT)
                        .jdbc()
                        .queryForList(
                                "select adapter_id from hearing where local_reference = 'MATAC-KNT-2026-0077'",
                                String.class))
                .containsExactly("rest");
    }

    @Test
    void anEventTheClientIsNotConfiguredForIsRefusedAndNothingIsStored() throws Exception {
        long referrals = count("select count(*) from referral");

        HttpResponse<String> refused = post("/local/rest/v1/referrals", """
                {"localReference":"MARAC-KNT-2026-0078","forum":"MARAC","referredOn":"2026-07-09",
                 "subject":{"localPersonId":"CT-P-7708","givenNames":["Winifred"],"familyNames":["Aske"]},
                 "coordinator":{"name":"MARAC coordinator, Maidstone","phone":"01632 960277"}}
                """);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(HearingsFederation.JSON
                        .readTree(refused.body())
                        .path("reasonCode")
                        .asText())
                .isEqualTo("EVENT_NOT_ALLOWED");
        assertThat(count("select count(*) from referral")).isEqualTo(referrals);
        assertThat(count("select count(*) from outbox_message")).isZero();
    }

    @Test
    void aBadDateIsRefusedNamingItsFieldAndNothingIsStored() throws Exception {
        long hearings = count("select count(*) from hearing");

        HttpResponse<String> refused = post(
                "/local/rest/v1/hearings",
                HEARING.replace("MATAC-KNT-2026-0077", "MATAC-KNT-2026-0079").replace("2026-07-08", "2026-02-30"));

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode body = HearingsFederation.JSON.readTree(refused.body());
        assertThat(body.path("reasonCode").asText()).isEqualTo("INVALID_DATE");
        assertThat(body.path("field").asText()).isEqualTo("heardOn");
        assertThat(refused.body()).doesNotContain("2026-02-30");
        assertThat(count("select count(*) from hearing")).isEqualTo(hearings);
    }

    @Test
    void theAdaptersContractIsDescribedOnTheOfficersPortAndItsPathsAreServedOnlyOnTheLocalPort() throws Exception {
        HearingsFederation.Api officers = new HearingsFederation.Api(federation.node(KENT));

        HearingsFederation.Response description = officers.get("/v3/api-docs/local-systems");
        HearingsFederation.Response onOfficersPort = officers.post("/local/rest/v1/hearings", HEARING);

        assertThat(description.status()).as(description.body()).isEqualTo(200);
        assertThat(description.json().path("paths").has("/local/rest/v1/hearings"))
                .isTrue();
        assertThat(onOfficersPort.status()).isIn(403, 404);
    }

    static HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return kentLocal
                .withoutCertificate()
                .send(
                        HttpRequest.newBuilder(kentLocal.uri(path))
                                .header("Content-Type", "application/json")
                                .header(LocalSystemsAccess.API_KEY_HEADER, kentLocal.apiKey())
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    static long count(String sql) {
        return federation.node(KENT).jdbc().queryForObject(sql, Long.class);
    }
}
