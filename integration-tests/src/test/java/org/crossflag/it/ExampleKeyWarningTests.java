package org.crossflag.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossflag.it.TestFederation.ESSEX;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crossflag.gateway.CrossflagApplication;
import org.crossflag.pki.Credential;
import org.crossflag.pki.DirectoryDocument;
import org.crossflag.pki.DirectoryMemberEntry;
import org.crossflag.pki.FederationPki;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The committed example PKI and the demo matching key are public. A node that runs with either outside the demo
 * says so loudly: a WARN line at start-up and a warning in its health details. A node with its own keys says
 * nothing.
 */
class ExampleKeyWarningTests {

    static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();
    static final Path EXAMPLE_PKI = REPOSITORY.resolve("certs-example/example");
    static final Path DEMO_MATCHING_KEY = REPOSITORY.resolve("demo/matching/federation-matching-v1.key");
    static final char[] EXAMPLE_PASSWORD = "changeit".toCharArray();

    @TempDir
    Path dir;

    @Test
    void theDemoMatchingKeyOutsideTheDemoIsWarnedInTheLogAndOnHealth() throws Exception {
        Path policy = HearingsFederation.openPolicy(dir.resolve("policy"));
        Path log = dir.resolve("essex.log");
        try (TestFederation federation =
                new TestFederation(dir.resolve("federation"), TestFederation.Database.H2, List.of(ESSEX), code -> {
                    Map<String, Object> settings = HearingsFederation.settings(code, DEMO_MATCHING_KEY, policy, "PT5S");
                    settings.put("logging.file.name", log);
                    return settings;
                })) {
            JsonNode health = health(federation.node(ESSEX).managementPort());
            assertThat(health.path("details").path("demoMatchingKey").asBoolean())
                    .as(health.toString())
                    .isTrue();
            assertThat(health.path("details").path("exampleRootCa").asBoolean())
                    .as(health.toString())
                    .isFalse();
            assertThat(health.path("details").path("warning").asText()).contains("demo matching key");
            assertThat(Files.readAllLines(log))
                    .anyMatch(line -> line.contains("WARN") && line.contains("demo matching key"));
        }
    }

    @Test
    void theExamplePkiOutsideTheDemoIsWarnedInTheLogAndOnHealth() throws Exception {
        Path log = dir.resolve("example-pki.log");
        int[] ports = {freePort(), freePort()};
        Map<String, Object> settings = examplePkiSettings(ports);
        settings.put("logging.file.name", log);
        String[] args = settings.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        try (ConfigurableApplicationContext node = new SpringApplicationBuilder(CrossflagApplication.class).run(args)) {
            JsonNode health = health(ports[1]);
            assertThat(health.path("details").path("exampleRootCa").asBoolean())
                    .as(health.toString())
                    .isTrue();
            assertThat(health.path("details").path("warning").asText()).contains("example PKI");
            assertThat(Files.readAllLines(log)).anyMatch(line -> line.contains("WARN") && line.contains("example PKI"));
        }
    }

    @Test
    void aNodeWithItsOwnKeysGivesNoWarning() throws Exception {
        Path secret = HearingsFederation.matchingSecret(dir.resolve("keys"), "matching-v1.key");
        Path policy = HearingsFederation.openPolicy(dir.resolve("policy"));
        try (TestFederation federation = new TestFederation(
                dir.resolve("federation"),
                TestFederation.Database.H2,
                List.of(ESSEX),
                code -> HearingsFederation.settings(code, secret, policy, "PT5S"))) {
            JsonNode health = health(federation.node(ESSEX).managementPort());
            assertThat(health.path("details").path("exampleRootCa").asBoolean())
                    .as(health.toString())
                    .isFalse();
            assertThat(health.path("details").path("demoMatchingKey").asBoolean())
                    .as(health.toString())
                    .isFalse();
            assertThat(health.path("details").has("warning"))
                    .as(health.toString())
                    .isFalse();
        }
    }

    /** GB-ESX from the committed example set, in a directory of its own signed by the example operator key. */
    private Map<String, Object> examplePkiSettings(int[] ports) throws Exception {
        Instant now = Instant.now();
        // A fresh CRL from the example CA, so the node's only problem is the example PKI itself.
        Credential ca = FederationPki.readPkcs12(EXAMPLE_PKI.resolve("federation-root-ca.p12"), EXAMPLE_PASSWORD);
        Path crl = dir.resolve("federation.crl.pem");
        FederationPki.writePem(
                crl,
                FederationPki.createCrl(ca, List.of(), now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofDays(1))));
        Path member = EXAMPLE_PKI.resolve("members").resolve(ESSEX);
        Path directory = dir.resolve("directory.json");
        DirectoryDocument document = DirectoryDocument.builder("crossflag-example")
                .sequence(1)
                .issuedAt(now.minus(Duration.ofMinutes(1)))
                .expiresAt(now.plus(Duration.ofDays(1)))
                .member(new DirectoryMemberEntry(
                        ESSEX,
                        "Essex (example)",
                        DirectoryMemberEntry.Kind.POLICE,
                        "https://127.0.0.1:" + ports[0],
                        List.of(FederationPki.sha256Fingerprint(
                                FederationPki.readCertificatePem(member.resolve("tls.pem")))),
                        List.of(FederationPki.sha256Fingerprint(
                                FederationPki.readCertificatePem(member.resolve("signing.pem")))),
                        TestFederation.ALL_TYPES))
                .build();
        Credential operator = FederationPki.readPkcs12(EXAMPLE_PKI.resolve("operator/operator.p12"), EXAMPLE_PASSWORD);
        DirectoryDocument.writeSigned(directory, document.toJsonBytes(), operator.privateKey());

        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("crossflag.node.code", ESSEX);
        settings.put("crossflag.data-dir", dir.resolve("data"));
        settings.put("crossflag.pki.trust-anchor", EXAMPLE_PKI.resolve("federation-root-ca.pem"));
        settings.put("crossflag.pki.crl", crl);
        settings.put("crossflag.signing.keystore", member.resolve("signing.p12"));
        settings.put("crossflag.signing.password", new String(EXAMPLE_PASSWORD));
        settings.put("crossflag.tls.keystore", member.resolve("tls.p12"));
        settings.put("crossflag.tls.keystore-password", new String(EXAMPLE_PASSWORD));
        settings.put("crossflag.tls.truststore", EXAMPLE_PKI.resolve("truststore.p12"));
        settings.put("crossflag.tls.truststore-password", new String(EXAMPLE_PASSWORD));
        settings.put("crossflag.directory.location", "file:" + directory);
        settings.put("crossflag.directory.operator-certificate", EXAMPLE_PKI.resolve("operator/operator.pem"));
        byte[] chainKey = new byte[32];
        new java.security.SecureRandom().nextBytes(chainKey);
        Path chainKeyFile = Files.writeString(
                dir.resolve("audit-chain.key"), java.util.Base64.getEncoder().encodeToString(chainKey));
        settings.put("crossflag.audit.chain-key", chainKeyFile);
        settings.put("server.port", ports[0]);
        settings.put("management.server.port", ports[1]);
        settings.put("crossflag.api.port", 0);
        return settings;
    }

    private static JsonNode health(int managementPort) throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                        "http://127.0.0.1:" + managementPort + "/actuator/health/exampleKeys"))
                                .GET()
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        return FederationTestClient.JSON.readTree(response.body());
    }

    private static int freePort() throws Exception {
        try (java.net.ServerSocket socket =
                new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
