package org.crossflag.gateway.localsystems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

import org.crossflag.adapter.LocalEventType;
import org.crossflag.gateway.CrossflagApplication;
import org.crossflag.gateway.NodeFixture;
import org.crossflag.testsupport.LocalSystemsTestPki;
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
 * The local-systems connector on a running node, over real TLS on real ports: who gets in (a client certificate from
 * the force's local CA, a configured API key), who does not (a federation certificate, an unknown certificate or key,
 * no credentials), and which paths each port serves.
 */
@SpringBootTest(
        classes = {CrossflagApplication.class, LocalProbeController.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class LocalSystemsConnectorTests {

    static final String RECORDS_SYSTEM = "records-system";
    static final String CASE_TOOL = "case-tool";
    static final List<String> EVENTS = List.of("HEARING_RECORDED", "RECORD_WITHDRAWN");
    static final ObjectMapper JSON = new ObjectMapper();

    static NodeFixture fixture;
    static LocalSystemsTestPki local;
    static int localPort;

    @Autowired
    ServletWebServerApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int federationPort;

    int apiPort;

    @DynamicPropertySource
    static void node(DynamicPropertyRegistry registry) throws Exception {
        Path target = Files.createDirectories(Path.of("target").toAbsolutePath());
        Path dir = Files.createTempDirectory(target, "local-connector-");
        fixture = new NodeFixture(dir);
        local = LocalSystemsTestPki.create(dir.resolve("local"), "local-test", RECORDS_SYSTEM);
        localPort = freePort();
        fixture.nodeSettings().toMap().forEach((key, value) -> registry.add(key, () -> value));
        local.connectorSettings(localPort, CASE_TOOL, EVENTS).forEach((key, value) -> registry.add(key, () -> value));
    }

    @BeforeAll
    void apiPort() {
        TomcatWebServer tomcat = (TomcatWebServer) context.getWebServer();
        apiPort = List.of(tomcat.getTomcat().getService().findConnectors()).stream()
                .filter(connector -> connector != tomcat.getTomcat().getConnector())
                .filter(connector -> connector.getPort() != localPort)
                .findFirst()
                .orElseThrow()
                .getLocalPort();
    }

    @Test
    void aClientCertificateFromTheLocalCaIsItsClientWithTheAuthoritiesOfItsEvents() throws Exception {
        HttpResponse<String> answer = send(client(local.clientKeystore()), local(LocalProbeController.PATH), null);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode who = JSON.readTree(answer.body());
        assertThat(who.path("name").asText()).isEqualTo(RECORDS_SYSTEM);
        assertThat(JSON.convertValue(who.path("authorities"), List.class))
                .containsExactly(
                        LocalEventType.HEARING_RECORDED.authority(), LocalEventType.RECORD_WITHDRAWN.authority());
    }

    @Test
    void theRightApiKeyWithoutACertificateIsItsClient() throws Exception {
        HttpResponse<String> answer = send(keyOnlyClient(), local(LocalProbeController.PATH), local.apiKey());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode who = JSON.readTree(answer.body());
        assertThat(who.path("name").asText()).isEqualTo(CASE_TOOL);
        assertThat(JSON.convertValue(who.path("authorities"), List.class))
                .containsExactly("LOCAL_EVENT_HEARING_RECORDED", "LOCAL_EVENT_RECORD_WITHDRAWN");
    }

    @Test
    void anOlderSystemSpeakingOnlyTls12GetsIn() throws Exception {
        HttpClient tls12 = HttpClient.newBuilder()
                .sslContext(local.clientContext(null))
                .sslParameters(new SSLParameters(null, new String[] {"TLSv1.2"}))
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();

        HttpResponse<String> answer = send(tls12, local(LocalProbeController.PATH), local.apiKey());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.sslSession().orElseThrow().getProtocol()).isEqualTo("TLSv1.2");
    }

    @Test
    void aCertificateFromTheFederationCaIsRefusedInTheHandshake() {
        // The node's own federation certificate: trusted by every peer, never by the force's local CA store.
        SSLContext federationIdentity = local.clientContext(fixture.tlsKeystore(), NodeFixture.PASSWORD);
        SSLContext localIdentity = local.clientContext(local.clientKeystore(), local.password());
        assertThat(uncheckedSend(client(localIdentity)).statusCode())
                .as("the same kind of client, presenting the local CA's certificate")
                .isEqualTo(200);

        assertThatThrownBy(() -> send(client(federationIdentity), local(LocalProbeController.PATH), local.apiKey()))
                .isInstanceOf(IOException.class);
    }

    @Test
    void aCertificateFromTheLocalCaNamingNoClientIsRefused(CapturedOutput output) throws Exception {
        Path stranger = local.issueClient("unlisted-system");

        HttpResponse<String> answer = send(client(stranger), local(LocalProbeController.PATH), null);

        assertRefused(answer, "LOCAL_CLIENT_CERTIFICATE_UNKNOWN");
        assertThat(output.getAll()).doesNotContain("unlisted-system");
    }

    @Test
    void aWrongApiKeyIsRefusedAndAuditedByReasonCodeWithoutTheKeyInTheLog(CapturedOutput output) throws Exception {
        String wrongKey = "not-the-key-" + local.apiKey();

        HttpResponse<String> answer = send(keyOnlyClient(), local(LocalProbeController.PATH), wrongKey);

        assertRefused(answer, "LOCAL_CLIENT_API_KEY_UNKNOWN");
        assertThat(output.getAll())
                .contains("Local systems connector refused a call: LOCAL_CLIENT_API_KEY_UNKNOWN")
                .doesNotContain(wrongKey);
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.queryForObject(
                                "select count(*) from audit_entry where action = 'LOCAL_CLIENT_REFUSED'"
                                        + " and reason_code = 'LOCAL_CLIENT_API_KEY_UNKNOWN'",
                                Long.class))
                        .isPositive());
    }

    @Test
    void noCertificateAndNoApiKeyIsRefused() throws Exception {
        assertRefused(send(keyOnlyClient(), local(LocalProbeController.PATH), null), "LOCAL_CLIENT_UNAUTHENTICATED");
        assertRefused(send(keyOnlyClient(), local(LocalProbeController.PATH), ""), "LOCAL_CLIENT_UNAUTHENTICATED");
    }

    @Test
    void theLocalPortServesNothingButPlainlySpeltLocalPaths() throws Exception {
        HttpClient withKey = keyOnlyClient();
        for (String path : List.of("/api/alerts", "/inbox/", "/federation/ping", "/v3/api-docs", "/actuator/health")) {
            assertThat(send(withKey, local(path), local.apiKey()).statusCode())
                    .as(path)
                    .isEqualTo(404);
        }
        for (String path : List.of("/local/%74est/whoami", "/local;x=y/test/whoami", "/local//test/whoami")) {
            assertThat(send(withKey, local(path), local.apiKey()).statusCode())
                    .as(path)
                    .isEqualTo(404);
        }
    }

    @Test
    void theApiPortRefusesLocalPaths() throws Exception {
        HttpClient plain =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (String path : List.of(LocalProbeController.PATH, "/%6cocal/test/whoami", "/api/..;/local/test/whoami")) {
            HttpResponse<String> answer = send(plain, URI.create("http://127.0.0.1:" + apiPort + path), local.apiKey());
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).doesNotContain(CASE_TOOL);
        }
    }

    @Test
    void theFederationPortRefusesLocalPaths() throws Exception {
        HttpClient peer = client(federationPeer());
        HttpResponse<String> answer = send(
                peer, URI.create("https://127.0.0.1:" + federationPort + LocalProbeController.PATH), local.apiKey());

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).doesNotContain(CASE_TOOL);
    }

    private static HttpResponse<String> uncheckedSend(HttpClient http) {
        try {
            return send(http, local(LocalProbeController.PATH), null);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("the connector did not answer", e);
        }
    }

    private static void assertRefused(HttpResponse<String> answer, String reasonCode) throws IOException {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(401);
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.path("reasonCode").asText()).isEqualTo(reasonCode);
        assertThat(body.path("message").asText()).isNotBlank();
        assertThat(answer.body()).doesNotContain(RECORDS_SYSTEM, CASE_TOOL);
    }

    /** A peer of the federation: the peer's federation certificate, trusting the federation CA. */
    private static SSLContext federationPeer() throws Exception {
        char[] password = "peer".toCharArray();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry(
                "tls", fixture.peerTls.privateKey(), password, new X509Certificate[] {fixture.peerTls.certificate()});
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, password);
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", fixture.ca.certificate());
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trust);
        SSLContext ssl = SSLContext.getInstance("TLSv1.3");
        ssl.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
        return ssl;
    }

    /** Trusts the local CA and presents no certificate, as a client with an API key. */
    private HttpClient keyOnlyClient() {
        return client(local.clientContext(null));
    }

    private HttpClient client(Path clientKeystore) {
        return client(local.clientContext(clientKeystore));
    }

    private static HttpClient client(SSLContext tls) {
        return HttpClient.newBuilder()
                .sslContext(tls)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    private static URI local(String path) {
        return URI.create("https://127.0.0.1:" + localPort + path);
    }

    private static HttpResponse<String> send(HttpClient http, URI uri, String apiKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (apiKey != null) {
            request.header(LocalClientFilter.API_KEY_HEADER, apiKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
