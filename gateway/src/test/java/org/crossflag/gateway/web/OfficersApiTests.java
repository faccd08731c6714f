package org.crossflag.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.crossflag.gateway.CrossflagApplication;
import org.crossflag.gateway.NodeFixture;
import org.crossflag.pki.Credential;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The officers' API in a running node: its OpenAPI document and Swagger UI (API port only, behind a login), and its
 * refusals of bodies it cannot take, which name the field at fault, never repeat the value, and store and queue
 * nothing. One Spring context serves every test here. All people are synthetic.
 */
@SpringBootTest(classes = CrossflagApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class OfficersApiTests {

    static final String USER = "coordinator";
    static final String PASSWORD = "synthetic-pass-1";
    static final String REFERRALS = "/api/referrals";
    static final ObjectMapper JSON = new ObjectMapper();

    static NodeFixture fixture;

    @Autowired
    ServletWebServerApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int federationPort;

    int apiPort;
    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @DynamicPropertySource
    static void node(DynamicPropertyRegistry registry) throws Exception {
        Path target = Files.createDirectories(Path.of("target").toAbsolutePath());
        Path dir = Files.createTempDirectory(target, "officers-api-");
        fixture = new NodeFixture(dir);
        fixture.nodeSettings().toMap().forEach((key, value) -> registry.add(key, () -> value));
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Path secretFile = Files.writeString(
                dir.resolve("matching-secret"), Base64.getEncoder().encodeToString(secret));
        registry.add("crossflag.matching.keys[0].version", () -> "1");
        registry.add("crossflag.matching.keys[0].secret-file", secretFile::toString);
        registry.add("crossflag.matching.keys[0].start", () -> "2020-01-01T00:00:00Z");
        Path policy = Files.writeString(dir.resolve("policy.yml"), """
                agreements:
                  - id: TEST-REGION-HEARING-FLAGS
                    members: ["*"]
                    messageTypes: [PriorHearingQuery, PriorHearingAnswer, CrossAreaAlert]
                    purposes: [MARAC_SAFEGUARDING, PANEL_TASKING]
                    legalBases: [CRIME_AND_DISORDER_ACT_1998_S115, COMMON_LAW_POLICING_PURPOSE]
                    dataCategories: [HEARING_FLAG, CONTACT_DETAILS, RISK_SCORE]
                    roles: [MARAC_COORDINATOR, PANEL_COORDINATOR, INTEGRATION_SERVICE]
                    consentStates: [GIVEN, NOT_SOUGHT_THRESHOLD_MET, REFUSED_OVERRIDDEN]
                """);
        registry.add("crossflag.policy.file", policy::toString);
        registry.add("crossflag.api.users[0].username", () -> USER);
        registry.add("crossflag.api.users[0].password", () -> "{noop}" + PASSWORD);
        registry.add("crossflag.api.users[0].officer-id", () -> "ESX-MARAC-01");
        registry.add("crossflag.api.users[0].role", () -> "MARAC_COORDINATOR");
        registry.add(ApiPasswords.TEST_ONLY_KEY, () -> "true");
    }

    @BeforeAll
    void apiPort() {
        TomcatWebServer tomcat = (TomcatWebServer) context.getWebServer();
        apiPort = List.of(tomcat.getTomcat().getService().findConnectors()).stream()
                .filter(connector -> connector != tomcat.getTomcat().getConnector())
                .findFirst()
                .orElseThrow()
                .getLocalPort();
    }

    // ---- the OpenAPI document ------------------------------------------------------------------------------------

    @Test
    void theDocumentIsServedOnTheApiPortToASignedInUserAndListsTheReferralAndAlertCalls() throws Exception {
        HttpResponse<String> document = get("/v3/api-docs", true);

        assertThat(document.statusCode()).as(document.body()).isEqualTo(200);
        JsonNode openApi = JSON.readTree(document.body());
        assertThat(openApi.path("openapi").asText()).startsWith("3.");
        assertThat(openApi.path("info").path("title").asText()).isEqualTo("Crossflag officers' API");
        assertThat(openApi.path("info").path("version").asText())
                .as("the project's version, from the build")
                .isNotBlank()
                .isNotEqualTo("unknown");
        JsonNode paths = openApi.path("paths");
        assertThat(paths.fieldNames())
                .toIterable()
                .contains(
                        "/api/referrals",
                        "/api/hearings",
                        "/api/alerts",
                        "/api/alerts/{alertId}",
                        "/api/alerts/{alertId}/acknowledgement",
                        "/api/alerts/{alertId}/review",
                        "/api/alerts/{alertId}/disclosure-consideration",
                        "/api/dvds/applications",
                        "/api/dvds/applications/{applicationId}/decision",
                        "/api/dvds/requests/{requestId}/answer",
                        "/api/dvds/report",
                        "/api/person-records")
                .allSatisfy(path -> assertThat(path).startsWith("/api/"));
        assertThat(paths.path("/api/referrals").path("post").path("summary").asText())
                .contains("referral");
        assertThat(paths.path("/api/alerts").path("get").path("tags").get(0).asText())
                .isEqualTo("Alerts");
        assertThat(paths.path("/api/dvds/applications")
                        .path("post")
                        .path("tags")
                        .get(0)
                        .asText())
                .isEqualTo("DVDS applications");
        assertThat(openApi.path("components")
                        .path("securitySchemes")
                        .path("basicLogin")
                        .path("scheme")
                        .asText())
                .isEqualTo("basic");
    }

    @Test
    void swaggerUiIsServedOnTheApiPortToASignedInUser() throws Exception {
        HttpResponse<String> page = get("/swagger-ui/index.html", true);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(get("/v3/api-docs/swagger-config", true).statusCode()).isEqualTo(200);
    }

    @Test
    void theDocumentAndSwaggerUiAreRefusedWithoutALogin() throws Exception {
        for (String path : List.of("/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui/index.html")) {
            assertThat(get(path, false).statusCode()).as(path).isEqualTo(401);
        }
        HttpResponse<String> wrongPassword = http.send(
                HttpRequest.newBuilder(api("/v3/api-docs"))
                        .header("Authorization", basic(USER, "not-the-password"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.body()).doesNotContain("/api/referrals");
    }

    @Test
    void theFederationPortServesNeitherTheDocumentNorSwaggerUi() throws Exception {
        HttpClient peer = peerClient();
        for (String path : List.of("/v3/api-docs", "/swagger-ui/index.html", "/swagger-ui.html")) {
            HttpResponse<String> answer = peer.send(
                    HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + federationPort + path))
                            .header("Authorization", basic(USER, PASSWORD))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).doesNotContain("openapi");
        }
    }

    // ---- refusals that name the field ----------------------------------------------------------------------------

    @Test
    void bodiesTheApiCannotTakeNameTheFieldNeverTheValueAndStoreAndQueueNothing(CapturedOutput output)
            throws Exception {
        Map<String, Long> before = counts();

        JsonNode impossibleReferralDate = refused(referral("\"2026-02-30\"", "\"MARAC\"", "\"1987-03-14\"", "{}"));
        assertThat(impossibleReferralDate.path("reasonCode").asText()).isEqualTo("FIELD_INVALID");
        assertThat(impossibleReferralDate.path("field").asText()).isEqualTo("referredOn");
        assertThat(impossibleReferralDate.path("message").asText())
                .isEqualTo("referredOn: not a date of the form 2026-12-07");

        JsonNode impossibleBirthDate = refused(referral("\"2026-11-23\"", "\"MARAC\"", "\"1990-02-30\"", "{}"));
        assertThat(impossibleBirthDate.path("reasonCode").asText()).isEqualTo("REQUEST_INVALID");
        assertThat(impossibleBirthDate.path("field").asText()).isEqualTo("person.dateOfBirth");
        assertThat(impossibleBirthDate.path("message").asText())
                .startsWith("person.dateOfBirth ")
                .contains("date that exists", "2026-12-07")
                .doesNotContain("1990-02-30");

        JsonNode unknownForum = refused(referral("\"2026-11-23\"", "\"PANEL\"", "\"1987-03-14\"", "{}"));
        assertThat(unknownForum.path("reasonCode").asText()).isEqualTo("FIELD_INVALID");
        assertThat(unknownForum.path("field").asText()).isEqualTo("forum");
        assertThat(unknownForum.path("message").asText())
                .isEqualTo("forum: not one of MARAC, DAPP, MATAC, MASIP, DRIVE, MAPPA");

        JsonNode unknownConsent =
                refused(referral("\"2026-11-23\"", "\"MARAC\"", "\"1987-03-14\"", "{\"state\":\"MAYBE\"}"));
        assertThat(unknownConsent.path("reasonCode").asText()).isEqualTo("REQUEST_INVALID");
        assertThat(unknownConsent.path("field").asText()).isEqualTo("consent.state");
        assertThat(unknownConsent.path("message").asText())
                .contains("consent.state", "GIVEN", "NOT_SOUGHT_THRESHOLD_MET", "REFUSED_OVERRIDDEN")
                .doesNotContain("MAYBE");

        JsonNode wrongType = refused(referral("\"2026-11-23\"", "\"MARAC\"", "{\"day\":14}", "{}"));
        assertThat(wrongType.path("reasonCode").asText()).isEqualTo("FIELD_INVALID");
        assertThat(wrongType.path("field").asText()).isEqualTo("person.dateOfBirth");
        assertThat(wrongType.path("message").asText()).isEqualTo("person.dateOfBirth: not text");

        JsonNode notJson = refused("{\"reference\": ");
        assertThat(notJson.path("reasonCode").asText()).isEqualTo("REQUEST_UNREADABLE");
        assertThat(notJson.has("field")).as("no field when none is at fault").isFalse();

        assertThat(counts()).as("nothing stored, nothing queued").isEqualTo(before);
        assertThat(output.getAll())
                .contains("reason=FIELD_INVALID status=400 field=referredOn")
                .doesNotContain("Quillfeather", "1990-02-30", "2026-02-30", "PANEL\"", "MAYBE");

        // The same body, corrected, is taken: the counts above would have moved.
        HttpResponse<String> taken = post(REFERRALS, referral("\"2026-11-23\"", "\"MARAC\"", "\"1987-03-14\"", "{}"));
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
        assertThat(counts().get("referral")).isEqualTo(before.get("referral") + 1);
    }

    @Test
    void victimsRolesAndAbuseTypesTheApiCannotTakeNameTheFieldAndStoreNothing(CapturedOutput output) throws Exception {
        Map<String, Long> before = counts();
        String harmed = "{\"person\":{\"personId\":\"ESX-V-900\",\"givenNames\":[\"Philomena\"],"
                + "\"familyNames\":[\"Quarrington\"],\"dateOfBirth\":\"1991-01-01\"},\"relationship\":";

        HttpResponse<String> relationship = post(REFERRALS, withHarm("", "[" + harmed + "\"LODGER\"}]"));
        assertThat(relationship.statusCode()).as(relationship.body()).isEqualTo(400);
        assertThat(JSON.readTree(relationship.body()).path("field").asText()).isEqualTo("victims[0].relationship");

        HttpResponse<String> role = post(REFERRALS, withHarm(",\"subjectRole\":\"VICTIM\"", "[]"));
        assertThat(role.statusCode()).as(role.body()).isEqualTo(422);
        assertThat(JSON.readTree(role.body()).path("reasonCode").asText()).isEqualTo("SUBJECT_ROLE_INVALID");
        assertThat(JSON.readTree(role.body()).path("field").asText()).isEqualTo("subjectRole");

        HttpResponse<String> type = post(REFERRALS, withHarm(",\"abuseType\":\"FEUD\"", "[]"));
        assertThat(type.statusCode()).as(type.body()).isEqualTo(400);
        assertThat(JSON.readTree(type.body()).path("field").asText()).isEqualTo("abuseType");

        String nameless = "{\"person\":{\"personId\":\"ESX-V-901\",\"givenNames\":[\"Philomena\"]},"
                + "\"relationship\":\"EX_PARTNER\"}";
        HttpResponse<String> unidentifiable = post(REFERRALS, withHarm("", "[" + nameless + "]"));
        assertThat(unidentifiable.statusCode()).as(unidentifiable.body()).isEqualTo(422);
        assertThat(JSON.readTree(unidentifiable.body()).path("reasonCode").asText())
                .isEqualTo("VICTIM_UNIDENTIFIABLE");
        assertThat(JSON.readTree(unidentifiable.body()).path("field").asText()).isEqualTo("victims[0].person");

        String nine = String.join(",", java.util.Collections.nCopies(9, harmed + "\"SIBLING\"}"));
        HttpResponse<String> tooMany = post(REFERRALS, withHarm("", "[" + nine + "]"));
        assertThat(tooMany.statusCode()).as(tooMany.body()).isEqualTo(400);
        assertThat(JSON.readTree(tooMany.body()).path("field").asText()).isEqualTo("victims");

        assertThat(counts()).as("nothing stored, nothing queued").isEqualTo(before);
        assertThat(count("referral_victim")).isZero();
        assertThat(output.getAll()).doesNotContain("Philomena", "Quarrington", "1991-01-01");

        HttpResponse<String> taken =
                post(REFERRALS, withHarm(",\"abuseType\":\"STALKING\"", "[" + harmed + "\"OTHER\"}]"));
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(201);
        assertThat(count("referral_victim")).isEqualTo(1);
    }

    /** The synthetic referral with harm fields and victims spliced in. */
    static String withHarm(String fields, String victims) {
        String body = referral("\"2026-11-24\"", "\"MARAC\"", "\"1987-03-14\"", "{}")
                .replace("MARAC-ESX-2026-0900", "MARAC-ESX-2026-0901");
        return body.substring(0, body.length() - 1) + fields + ",\"victims\":" + victims + "}";
    }

    @Test
    void theOlderRefusalKeysCarryTheSameValues() throws Exception {
        JsonNode refusal = refused(referral("\"2026-11-23\"", "\"PANEL\"", "\"1987-03-14\"", "{}"));

        assertThat(refusal.path("status").asText()).isEqualTo("REJECTED");
        assertThat(refusal.path("reason").asText())
                .isEqualTo(refusal.path("reasonCode").asText());
        assertThat(refusal.path("detail").asText())
                .isEqualTo(refusal.path("message").asText());
    }

    // ---- what a score measures, beside the score -----------------------------------------------------------------

    @Test
    void eachAlertCarriesWhatItsScoresToolMeasuresAndKeepsItsOwnFields() throws Exception {
        storeAlert("a1e00000-0000-4000-8000-000000000001", " dash", "2009", "14");
        storeAlert("a1e00000-0000-4000-8000-000000000002", "ODARA", "2", "7");
        storeAlert("a1e00000-0000-4000-8000-000000000003", null, null, null);

        JsonNode dash = alert("a1e00000-0000-4000-8000-000000000001");
        assertThat(dash.path("alertId").asText()).isEqualTo("a1e00000-0000-4000-8000-000000000001");
        assertThat(dash.path("status").asText()).isEqualTo("OPEN");
        assertThat(dash.path("band").asText()).isEqualTo("MATCH");
        assertThat(dash.path("heardReference").asText()).isEqualTo("MARAC-ESX-2026-0412");
        assertThat(dash.path("score").path("tool").asText()).isEqualTo(" dash");
        assertThat(dash.path("score").path("value").asText()).isEqualTo("14");
        assertThat(dash.has("alert")).as("the alert's fields are not nested").isFalse();
        JsonNode described = dash.path("scoreDescription");
        assertThat(described.path("described").asBoolean()).isTrue();
        assertThat(described.path("tool").asText()).isEqualTo("DASH");
        assertThat(described.path("assesses").asText()).isEqualTo("VICTIM_RISK");
        assertThat(described.path("validation").asText()).isEqualTo("CONTESTED");
        assertThat(described.path("measures").asText()).contains("victim");
        assertThat(described.path("sources").get(0).path("title").asText()).isNotBlank();

        JsonNode unknown = alert("a1e00000-0000-4000-8000-000000000002").path("scoreDescription");
        assertThat(unknown.path("described").asBoolean(true)).isFalse();
        assertThat(unknown.path("tool").asText()).isEqualTo("ODARA");
        assertThat(unknown.path("measures").isNull()).isTrue();

        JsonNode unscored = alert("a1e00000-0000-4000-8000-000000000003");
        assertThat(unscored.path("score").isNull()).isTrue();
        assertThat(unscored.has("scoreDescription")).isTrue();
        assertThat(unscored.path("scoreDescription").isNull())
                .as("no score, no description")
                .isTrue();

        HttpResponse<String> list = get("/api/alerts?status=OPEN", true);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        JsonNode listed = JSON.readTree(list.body());
        assertThat(listed.isArray()).isTrue();
        JsonNode listedDash = null;
        for (JsonNode each : listed) {
            if (each.path("alertId").asText().equals("a1e00000-0000-4000-8000-000000000001")) {
                listedDash = each;
            }
        }
        assertThat(listedDash).as("the DASH alert is listed").isNotNull();
        assertThat(listedDash.path("scoreDescription")).isEqualTo(described);
    }

    @Test
    void theDocumentDescribesTheScoreDescriptionOfAnAlert() throws Exception {
        JsonNode openApi = JSON.readTree(get("/v3/api-docs", true).body());
        JsonNode schemas = openApi.path("components").path("schemas");

        assertThat(schemas.path("AlertView").path("properties").has("scoreDescription"))
                .as(schemas.path("AlertView").toString())
                .isTrue();
        assertThat(schemas.path("AlertView").path("properties").has("alertId")).isTrue();
        assertThat(schemas.path("ScoreToolDescription")
                        .path("properties")
                        .path("assesses")
                        .path("enum"))
                .extracting(JsonNode::asText)
                .containsExactly("VICTIM_RISK", "PERPETRATOR_HARM");
    }

    void storeAlert(String alertId, String tool, String version, String value) {
        jdbc.update("""
                insert into alert (alert_id, kind, status, band, created_at, other_force, query_id, hit_id,
                    heard_forum, heard_on, heard_reference, referral_forum, referred_on, referral_reference,
                    contact_name, score_tool, score_version, score_value, repeat_in_window, escalation)
                values (?, 'PRIOR_HEARING_ELSEWHERE', 'OPEN', 'MATCH', current_timestamp, 'GB-ESX', ?, ?,
                    'MARAC', date '2026-05-14', 'MARAC-ESX-2026-0412', 'MARAC', date '2026-11-20',
                    'MARAC-SFK-2026-1187', 'Essex MARAC coordinator', ?, ?, ?, false, false)""", alertId, alertId, alertId, tool, version, value);
    }

    JsonNode alert(String alertId) throws Exception {
        HttpResponse<String> answer = get("/api/alerts/" + alertId, true);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** A referral of a synthetic person with the given JSON values spliced in. */
    static String referral(String referredOn, String forum, String dateOfBirth, String consent) {
        String consentPart = consent.equals("{}") ? "" : ",\"consent\":" + consent;
        return "{\"reference\":\"MARAC-ESX-2026-0900\",\"forum\":" + forum + ",\"referredOn\":" + referredOn
                + ",\"person\":{\"personId\":\"ESX-P-900\",\"givenNames\":[\"Zebedee\"],"
                + "\"familyNames\":[\"Quillfeather\"],\"dateOfBirth\":" + dateOfBirth + ",\"sex\":\"M\"},"
                + "\"coordinator\":{\"name\":\"Essex MARAC coordinator\"}" + consentPart + "}";
    }

    JsonNode refused(String body) throws Exception {
        HttpResponse<String> answer = post(REFERRALS, body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        return JSON.readTree(answer.body());
    }

    Map<String, Long> counts() {
        return Map.of(
                "referral", count("referral"),
                "local_person", count("local_person"),
                "outbox_message", count("outbox_message"));
    }

    long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    HttpResponse<String> get(String path, boolean signedIn) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(api(path)).GET();
        if (signedIn) {
            request.header("Authorization", basic(USER, PASSWORD));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(
                HttpRequest.newBuilder(api(path))
                        .header("Authorization", basic(USER, PASSWORD))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    URI api(String path) {
        return URI.create("http://127.0.0.1:" + apiPort + path);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** An HTTPS client holding the peer's TLS identity, trusting the fixture's CA: a member the port would serve. */
    static HttpClient peerClient() throws Exception {
        Credential tls = fixture.peerTls;
        char[] password = "client".toCharArray();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("tls", tls.privateKey(), password, new X509Certificate[] {tls.certificate()});
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, password);
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", fixture.ca.certificate());
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trust);
        SSLContext ssl = SSLContext.getInstance("TLSv1.3");
        ssl.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
        return HttpClient.newBuilder()
                .sslContext(ssl)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }
}
