package org.crossflag.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crossflag.it.TestFederation.ESSEX;
import static org.crossflag.it.TestFederation.KENT;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.crossflag.adapter.LocalEventType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Essex's own systems call its node on the local-systems connector ({@link LocalSystemsAccess}): its records system
 * with a certificate from Essex's local CA, its case tool with an API key. A member of the federation, holding a valid
 * federation certificate, does not get in; and the connector's paths are served on its port alone.
 */
class LocalSystemsConnectorTests {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static TestFederation federation;
    static RunningNode essex;
    static LocalSystemsAccess essexLocal;

    @BeforeAll
    static void start() throws Exception {
        essexLocal = LocalSystemsAccess.create(
                dir.resolve("essex-local"),
                List.of(LocalEventType.PERSON_RECORD_HELD, LocalEventType.DVDS_APPLICATION_RECEIVED));
        federation = new TestFederation(dir, TestFederation.Database.H2, List.of(ESSEX), code -> {
            Map<String, Object> settings = essexLocal.settings();
            settings.put("spring.main.sources", LocalSystemsProbe.class.getName());
            return settings;
        });
        essex = federation.node(ESSEX);
    }

    @AfterAll
    static void stop() {
        if (federation != null) {
            federation.close();
        }
    }

    @Test
    void theRecordsSystemGetsInWithItsCertificateHoldingTheAuthorityOfItsEvents() throws Exception {
        HttpResponse<String> answer = essexLocal.get(essexLocal.withCertificate(), LocalSystemsProbe.PATH, false);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode who = JSON.readTree(answer.body());
        assertThat(who.path("name").asText()).isEqualTo(LocalSystemsAccess.CERTIFICATE_CLIENT);
        assertThat(JSON.convertValue(who.path("authorities"), List.class))
                .containsExactly("LOCAL_EVENT_DVDS_APPLICATION_RECEIVED", "LOCAL_EVENT_PERSON_RECORD_HELD");
    }

    @Test
    void theCaseToolGetsInWithItsApiKeyAndNotWithoutIt() throws Exception {
        HttpClient noCertificate = essexLocal.withoutCertificate();

        HttpResponse<String> withKey = essexLocal.get(noCertificate, LocalSystemsProbe.PATH, true);
        assertThat(withKey.statusCode()).as(withKey.body()).isEqualTo(200);
        assertThat(JSON.readTree(withKey.body()).path("name").asText()).isEqualTo(LocalSystemsAccess.KEY_CLIENT);

        HttpResponse<String> withoutKey = essexLocal.get(noCertificate, LocalSystemsProbe.PATH, false);
        assertThat(withoutKey.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(withoutKey.body()).path("reasonCode").asText())
                .isEqualTo("LOCAL_CLIENT_UNAUTHENTICATED");

        HttpResponse<String> wrongKey = noCertificate.send(
                HttpRequest.newBuilder(essexLocal.uri(LocalSystemsProbe.PATH))
                        .header(LocalSystemsAccess.API_KEY_HEADER, "synthetic-wrong-key")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrongKey.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(wrongKey.body()).path("reasonCode").asText())
                .isEqualTo("LOCAL_CLIENT_API_KEY_UNKNOWN");
    }

    @Test
    void aFederationMembersCertificateEndsTheHandshakeEvenWithTheRightKey() {
        HttpClient kentNode = essexLocal.presenting(federation.pki.tlsKeystore(KENT), new String(TestPki.PASSWORD));

        assertThatThrownBy(() -> essexLocal.get(kentNode, LocalSystemsProbe.PATH, true))
                .isInstanceOf(IOException.class);
    }

    @Test
    void theConnectorsPathsAreServedOnItsPortAlone() throws Exception {
        HttpClient plain =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> onTheApiPort = plain.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + essex.apiPort() + LocalSystemsProbe.PATH))
                        .header(LocalSystemsAccess.API_KEY_HEADER, essexLocal.apiKey())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(onTheApiPort.statusCode()).isEqualTo(404);

        HttpResponse<String> apiOnTheLocalPort = essexLocal.get(essexLocal.withoutCertificate(), "/api/alerts", true);
        assertThat(apiOnTheLocalPort.statusCode()).isEqualTo(404);
    }
}
