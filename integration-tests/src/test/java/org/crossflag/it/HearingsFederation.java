package org.crossflag.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a federation that shares prior-hearing flags needs beyond the core: a shared matching secret, a policy
 * file on each node, coordinator logins on the officers' API, and the alert push targets. All example-only.
 */
final class HearingsFederation {

    static final String COORDINATOR = "coordinator";
    static final String PASSWORD = "synthetic-pass-1";
    static final ObjectMapper JSON = new ObjectMapper();
    /** The test-only setting that lets the fixtures keep {noop} passwords, which a node refuses otherwise. */
    static final String PLAIN_TEXT_PASSWORDS_FOR_TESTS = "crossflag.api.plain-text-passwords-for-tests";

    private HearingsFederation() {}

    /** A 32-byte matching secret, base64 in a file, as every member would hold it. */
    static Path matchingSecret(Path dir, String name) throws IOException {
        // Synthetic and fixed per file name, so every run encodes alike: blinded encodings, and so scores near a
        // threshold, depend on the secret.
        byte[] secret = new byte[32];
        new Random(("synthetic " + name).hashCode()).nextBytes(secret);
        Path file = dir.resolve(name);
        Files.createDirectories(dir);
        Files.writeString(file, Base64.getEncoder().encodeToString(secret));
        return file;
    }

    /** Shares hearing flags with every member, for MARAC and the perpetrator panels. */
    static Path openPolicy(Path dir) throws IOException {
        Path file = dir.resolve("policy.yml");
        Files.createDirectories(dir);
        Files.writeString(file, """
                agreements:
                  - id: TEST-REGION-HEARING-FLAGS
                    members: ["*"]
                    messageTypes: [PriorHearingQuery, PriorHearingAnswer, CrossAreaAlert, RecordAmendment]
                    purposes: [MARAC_SAFEGUARDING, PANEL_TASKING]
                    legalBases:
                      - DPA2018_PART3_LAW_ENFORCEMENT
                      - COMMON_LAW_POLICING_PURPOSE
                      - CRIME_AND_DISORDER_ACT_1998_S115
                      - DOMESTIC_ABUSE_ACT_2021_DAPO
                      - STALKING_PROTECTION_ACT_2019_SPO
                    dataCategories: [HEARING_FLAG, CONTACT_DETAILS, RISK_SCORE, VICTIM_LINKS]
                    roles: [MARAC_COORDINATOR, PANEL_COORDINATOR, INTEGRATION_SERVICE]
                    consentStates: [GIVEN, NOT_SOUGHT_THRESHOLD_MET, REFUSED_OVERRIDDEN]
                """);
        return file;
    }

    /** The settings for one node: matching key v1, the policy, one coordinator login, and a quick query timeout. */
    static Map<String, Object> settings(String code, Path secret, Path policy, String queryTimeout) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("crossflag.matching.keys[0].version", 1);
        settings.put("crossflag.matching.keys[0].secret-file", secret);
        settings.put("crossflag.matching.keys[0].start", "2020-01-01T00:00:00Z");
        settings.put("crossflag.policy.file", policy);
        settings.put("crossflag.hearings.query-timeout", queryTimeout);
        settings.put("crossflag.api.users[0].username", COORDINATOR);
        settings.put("crossflag.api.users[0].password", "{noop}" + PASSWORD);
        settings.put("crossflag.api.users[0].officer-id", code.substring(3) + "-MARAC-01");
        settings.put("crossflag.api.users[0].role", "MARAC_COORDINATOR");
        settings.put(PLAIN_TEXT_PASSWORDS_FOR_TESTS, "true");
        return settings;
    }

    /**
     * A test CA standing for a force's own PKI, and a server certificate from it for 127.0.0.1 and localhost, so that
     * WireMock can stand in for the force's own systems over HTTPS.
     */
    static LocalSystemsTls localSystemsTls(Path dir) throws IOException {
        Files.createDirectories(dir);
        java.time.Instant now = java.time.Instant.now();
        org.crossflag.pki.Credential ca = org.crossflag.pki.FederationPki.createRootCa(
                "Crossflag Test Local Systems CA", now.minusSeconds(3600), now.plusSeconds(30 * 86400));
        org.crossflag.pki.Credential server = org.crossflag.pki.FederationPki.issueTlsCredential(
                ca, "GB-LOCAL", now.minusSeconds(3600), now.plusSeconds(30 * 86400));
        LocalSystemsTls tls =
                new LocalSystemsTls(dir.resolve("local-server.p12"), dir.resolve("local-truststore.p12"), "test-only");
        org.crossflag.pki.FederationPki.writePkcs12(
                tls.serverKeystore(),
                "tls",
                tls.password().toCharArray(),
                server.privateKey(),
                server.certificate(),
                ca.certificate());
        org.crossflag.pki.FederationPki.writeTrustStore(
                tls.truststore(), tls.password().toCharArray(), ca.certificate());
        return tls;
    }

    record LocalSystemsTls(Path serverKeystore, Path truststore, String password) {

        /** A fixed test secret (32 bytes of 0x2a): the webhook signature is checked in SignedWebhookTests. */
        static final String WEBHOOK_SECRET = "whsec_KioqKioqKioqKioqKioqKioqKioqKioqKioqKioqKio=";

        /** WireMock on loopback over HTTPS only, with the local server certificate. */
        com.github.tomakehurst.wiremock.core.WireMockConfiguration wireMock() {
            return com.github.tomakehurst.wiremock.core.WireMockConfiguration.options()
                    .bindAddress("127.0.0.1")
                    .httpDisabled(true)
                    .dynamicHttpsPort()
                    .keystorePath(serverKeystore.toString())
                    .keystorePassword(password)
                    .keyManagerPassword(password)
                    .keystoreType("PKCS12");
        }

        /** The node settings that make it trust the local CA for webhooks, and sign them with a test secret. */
        void addTo(Map<String, Object> settings) {
            settings.put("crossflag.local-systems.truststore", truststore);
            settings.put("crossflag.local-systems.truststore-password", password);
            settings.put("crossflag.local-systems.alert-webhook.secret", WEBHOOK_SECRET);
        }
    }

    /** The officers' API of a node, called as one of its users (its coordinator unless named). */
    record Api(RunningNode node, String user, String password) {

        Api(RunningNode node) {
            this(node, COORDINATOR, PASSWORD);
        }

        Response post(String path, String json) {
            return send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        Response get(String path) {
            return send(HttpRequest.newBuilder(uri(path)).GET());
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + node.apiPort() + path);
        }

        private Response send(HttpRequest.Builder request) {
            String login = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            try {
                HttpResponse<String> response = HttpClient.newHttpClient()
                        .send(
                                request.header("Authorization", "Basic " + login)
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                return new Response(response.statusCode(), response.body());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("the API of " + node.code() + " did not answer", e);
            }
        }
    }

    record Response(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: status " + status, e);
            }
        }
    }
}
