package org.crossflag.gateway.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.crossflag.adapter.RequesterRole;
import org.crossflag.gateway.CrossflagApplication;
import org.crossflag.gateway.NodeFixture;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.EnvelopeCodec;
import org.crossflag.gateway.federation.envelope.LegalBasis;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.envelope.Purpose;
import org.crossflag.gateway.federation.envelope.WireHeaders;
import org.crossflag.pki.Credential;
import org.crossflag.pki.DirectoryMemberEntry;
import org.crossflag.pki.FederationPki;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Only police nodes create records. A node whose directory lists the peer as a partner agency, allowed every message
 * type, refuses the peer's alerts, amendments and changes of circumstance at the door: nothing is stored, nothing is
 * audited as received, and nothing is processed. The same partner's message that creates nothing is taken and
 * processed, so the node is not refusing everything.
 */
@SpringBootTest(classes = CrossflagApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PartnerAgencyRecordsTests {

    static NodeFixture fixture;

    @Autowired
    EnvelopeCodec codec;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int federationPort;

    @DynamicPropertySource
    static void node(DynamicPropertyRegistry registry) throws Exception {
        Path target = Files.createDirectories(Path.of("target").toAbsolutePath());
        fixture = new NodeFixture(Files.createTempDirectory(target, "partner-agency-"));
        fixture.writeDirectory(
                2,
                fixture.now.plus(Duration.ofDays(30)),
                DirectoryMemberEntry.Kind.POLICE,
                DirectoryMemberEntry.Kind.PARTNER_AGENCY,
                NodeFixture.EVERY_TYPE);
        fixture.nodeSettings().toMap().forEach((key, value) -> registry.add(key, () -> value));
    }

    @ParameterizedTest
    @EnumSource(
            value = MessageType.class,
            names = {"CROSS_AREA_ALERT", "RECORD_AMENDMENT", "CIRCUMSTANCE_CHANGE"})
    void aPartnerAgencysRecordCreatingMessageIsRefusedAndLeavesNoTrace(MessageType type) throws Exception {
        byte[] refused = partnerEnvelope(type);
        String refusedId = codec.decode(refused).messageId();
        byte[] taken = partnerEnvelope(MessageType.EXCHANGE_TEST);
        String takenId = codec.decode(taken).messageId();

        HttpResponse<String> refusal = post(refused);
        HttpResponse<String> acceptance = post(taken);

        assertThat(refusal.statusCode()).as(refusal.body()).isEqualTo(403);
        JsonNode answer = codec.mapper().readTree(refusal.body());
        assertThat(answer.path("status").asText()).isEqualTo("REJECTED");
        assertThat(answer.path("reason").asText()).isEqualTo("SENDER_MAY_NOT_CREATE_RECORDS");
        assertThat(answer.path("messageId").asText()).isEqualTo(refusedId);
        assertThat(EnvelopeCodec.loadSchema(EnvelopeCodec.REJECTION_SCHEMA).validate(answer))
                .as("the refusal is a rejection as its schema has it")
                .isEmpty();
        assertThat(acceptance.statusCode()).as(acceptance.body()).isEqualTo(202);
        assertThat(acceptance.headers().firstValue(WireHeaders.SIGNATURE)).isPresent();

        // The partner's accepted message is processed; by then the refused one has had every chance to be.
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(processingStatus(takenId)).isEqualTo("PROCESSED"));
        assertThat(storedCount(refusedId)).as("stored").isZero();
        assertThat(auditActions(refusedId))
                .as("audited: rejected, never received, receipted or processed")
                .containsExactly("MESSAGE_REJECTED SENDER_MAY_NOT_CREATE_RECORDS " + NodeFixture.PEER);
        assertThat(auditActions(takenId)).contains("MESSAGE_RECEIVED ACCEPTED " + NodeFixture.PEER);
        assertThat(count("alert")).as("alerts").isZero();
        assertThat(count("circumstance_change")).as("changes of circumstance").isZero();
        assertThat(count("hearing_hit")).as("hits").isZero();
        assertThat(count("dvds_incoming_request"))
                .as("incoming disclosure requests")
                .isZero();
        assertThat(count("local_push")).as("deliveries to local systems").isZero();
    }

    private long storedCount(String messageId) {
        return jdbc.queryForObject("select count(*) from inbound_message where message_id = ?", Long.class, messageId);
    }

    private String processingStatus(String messageId) {
        return jdbc
                .queryForList(
                        "select processing_status from inbound_message where message_id = ?", String.class, messageId)
                .stream()
                .findFirst()
                .orElse(null);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** Action, reason or outcome, and counterpart of every audit event about the message, chained or not yet. */
    private List<String> auditActions(String messageId) {
        String columns = "action || ' ' || coalesce(reason_code, outcome) || ' ' || coalesce(counterpart, '-')";
        return jdbc.queryForList(
                "select " + columns + " from audit_journal where message_id = ? union all select " + columns
                        + " from audit_entry where message_id = ?",
                String.class,
                messageId,
                messageId);
    }

    /** A valid envelope of this type from the partner agency to this node, as bytes. */
    private byte[] partnerEnvelope(MessageType type) {
        Instant now = Instant.now();
        Envelope envelope = new Envelope(
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                1L,
                type,
                NodeFixture.PEER,
                NodeFixture.SELF,
                now.minusSeconds(5),
                now.plus(Duration.ofHours(1)),
                Purpose.MARAC_SAFEGUARDING,
                LegalBasis.DPA2018_PART3_LAW_ENFORCEMENT,
                new Envelope.Requester("idva.worker-0031", RequesterRole.MARAC_COORDINATOR),
                Envelope.Consent.given(),
                List.of(DataCategory.HEARING_FLAG),
                RecordCreatingPayloads.of(type, codec.mapper()));
        return codec.encode(envelope);
    }

    private HttpResponse<String> post(byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("https://127.0.0.1:" + federationPort + "/federation/messages"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header(
                        WireHeaders.SIGNATURE,
                        Base64.getEncoder()
                                .encodeToString(FederationPki.signEd25519(fixture.peerSigning.privateKey(), body)))
                .header(
                        WireHeaders.SIGNING_CERTIFICATE,
                        Base64.getEncoder()
                                .encodeToString(
                                        fixture.peerSigning.certificate().getEncoded()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return partnerClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** An HTTPS client holding the partner agency's TLS identity, trusting the fixture's CA. */
    private static HttpClient partnerClient() throws Exception {
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
