package org.crossflag.gateway.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.http.HttpMethods;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.ProcessDefinition;
import org.apache.camel.model.ToDynamicDefinition;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.apache.camel.test.spring.junit5.UseAdviceWith;
import org.crossflag.adapter.RequesterRole;
import org.crossflag.gateway.CrossflagApplication;
import org.crossflag.gateway.NodeFixture;
import org.crossflag.gateway.crypto.CertificateFiles;
import org.crossflag.gateway.crypto.MessageSigner;
import org.crossflag.gateway.crypto.SignatureVerifier;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.EnvelopeCodec;
import org.crossflag.gateway.federation.envelope.LegalBasis;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.envelope.OutgoingMessage;
import org.crossflag.gateway.federation.envelope.Purpose;
import org.crossflag.gateway.federation.envelope.SignedMessage;
import org.crossflag.gateway.federation.envelope.WireHeaders;
import org.crossflag.gateway.federation.outbound.DeliveryOutcome;
import org.crossflag.gateway.federation.outbound.DirectExchange;
import org.crossflag.gateway.federation.outbound.FederationSender;
import org.crossflag.gateway.federation.receipt.ReceiptIssuer;
import org.crossflag.gateway.federation.receipt.SignedReceipt;
import org.crossflag.pki.Credential;
import org.crossflag.pki.FederationPki;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The federation routes inside a running node, with their edges replaced by mock endpoints: the outbound route's
 * HTTP call, and the inbox round that the inbound route's wake-up starts. One Spring context serves every test here.
 * <p>
 * With {@code @UseAdviceWith} the Camel context waits until the routes are advised; the first test starts it.
 */
@CamelSpringBootTest
@UseAdviceWith
@SpringBootTest(classes = CrossflagApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FederationRoutesTests {

    static final String PEER_HTTP = "mock:peer-http";
    static final String INBOX_WAKE = "mock:inbox-wake";

    static NodeFixture fixture;

    @Autowired
    CamelContext camel;

    @Autowired
    FederationSender sender;

    @Autowired
    DirectExchange exchange;

    @Autowired
    EnvelopeCodec codec;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int federationPort;

    MockEndpoint peerHttp;
    MockEndpoint inboxWake;

    @DynamicPropertySource
    static void node(DynamicPropertyRegistry registry) throws Exception {
        Path target = Files.createDirectories(Path.of("target").toAbsolutePath());
        fixture = new NodeFixture(Files.createTempDirectory(target, "federation-routes-"));
        fixture.nodeSettings().toMap().forEach((key, value) -> registry.add(key, () -> value));
    }

    /**
     * The outbound route's HTTP call becomes a mock peer. The inbox's wake-up route hands each wake-up to a mock instead
     * of a processing round, so the inbound route runs exactly as in production, mutual TLS included, up to its wire tap.
     */
    @BeforeAll
    void replaceTheRouteEdges() throws Exception {
        AdviceWith.adviceWith(
                camel,
                "federation-outbound",
                route -> route.weaveByType(ToDynamicDefinition.class).replace().to(PEER_HTTP));
        AdviceWith.adviceWith(
                camel,
                "inbox-wake",
                route -> route.weaveByType(ProcessDefinition.class)
                        .selectLast()
                        .replace()
                        .to(INBOX_WAKE));
    }

    @BeforeEach
    void resetMocks() {
        // Under @UseAdviceWith the test listener leaves Camel's no-start flag set on this thread; the routes are
        // advised by now, so the first test lifts it and starts the context, as a test without advice would.
        if (!camel.isStarted()) {
            DefaultCamelContext.setNoStart(false);
            camel.start();
        }
        peerHttp = camel.getEndpoint(PEER_HTTP, MockEndpoint.class);
        inboxWake = camel.getEndpoint(INBOX_WAKE, MockEndpoint.class);
        MockEndpoint.resetMocks(camel);
    }

    // --- outbound ---------------------------------------------------------------------------------------------

    @Test
    void outboundRoutePostsTheSignedBytesWithTheSignatureHeaders() throws Exception {
        SignedMessage message =
                sender.prepare(circumstanceChange(), UUID.randomUUID().toString(), 1);
        peerHttp.expectedMessageCount(1);
        peerHttp.expectedBodiesReceived(message.body());
        peerHttp.expectedHeaderReceived(
                WireHeaders.SIGNATURE, Base64.getEncoder().encodeToString(message.signature()));
        peerHttp.expectedHeaderReceived(WireHeaders.SIGNING_CERTIFICATE, base64(fixture.selfSigning.certificate()));
        peerHttp.expectedHeaderReceived(Exchange.HTTP_METHOD, HttpMethods.POST);
        peerHttp.expectedHeaderReceived(Exchange.CONTENT_TYPE, "application/json");
        peerHttp.whenAnyExchangeReceived(answer -> answer.getMessage().setBody(new byte[0]));

        exchange.deliver(
                message.messageId(), NodeFixture.PEER, message.type().wire(), message.body(), message.signature());

        peerHttp.assertIsSatisfied();
        Exchange sent = peerHttp.getReceivedExchanges().get(0);
        byte[] sentBody = sent.getMessage().getBody(byte[].class);
        byte[] sentSignature =
                Base64.getDecoder().decode(sent.getMessage().getHeader(WireHeaders.SIGNATURE, String.class));
        assertThat(new SignatureVerifier().verify(fixture.selfSigning.certificate(), sentBody, sentSignature))
                .as("the signature header verifies over the exact body with this node's signing certificate")
                .isTrue();
        assertThat(codec.decode(sentBody).recipient()).isEqualTo(NodeFixture.PEER);
        assertThat(sent.getProperty("crossflagPeerEndpoint", String.class)).isEqualTo("https://127.0.0.1:1");
    }

    @Test
    void peerReceiptSignedByThePeerMakesTheDeliveryDelivered() throws Exception {
        SignedMessage message =
                sender.prepare(circumstanceChange(), UUID.randomUUID().toString(), 1);
        SignedReceipt receipt = peerReceipts().issue(message.messageId(), NodeFixture.SELF, message.body());
        peerHttp.expectedMessageCount(1);
        peerHttp.whenAnyExchangeReceived(answer -> {
            answer.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 202);
            answer.getMessage()
                    .setHeader(WireHeaders.SIGNATURE, Base64.getEncoder().encodeToString(receipt.signature()));
            answer.getMessage().setHeader(WireHeaders.SIGNING_CERTIFICATE, receipt.signingCertificate());
            answer.getMessage().setBody(receipt.bytes());
        });

        DirectExchange.Delivery delivery = exchange.deliver(
                message.messageId(), NodeFixture.PEER, message.type().wire(), message.body(), message.signature());

        peerHttp.assertIsSatisfied();
        assertThat(delivery.outcome()).isEqualTo(DeliveryOutcome.delivered());
        assertThat(delivery.httpStatus()).isEqualTo(202);
        assertThat(delivery.receipt().receipt().messageId()).isEqualTo(message.messageId());
    }

    @Test
    void peerRefusalWithAReasonCodeIsARefusedDelivery() throws Exception {
        SignedMessage message =
                sender.prepare(circumstanceChange(), UUID.randomUUID().toString(), 1);
        peerHttp.expectedMessageCount(1);
        peerHttp.whenAnyExchangeReceived(answer -> {
            answer.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 403);
            answer.getMessage().setBody("{\"reason\":\"SENDER_UNKNOWN\"}".getBytes(StandardCharsets.UTF_8));
        });

        DirectExchange.Delivery delivery = exchange.deliver(
                message.messageId(), NodeFixture.PEER, message.type().wire(), message.body(), message.signature());

        peerHttp.assertIsSatisfied();
        assertThat(delivery.outcome()).isEqualTo(DeliveryOutcome.refused("SENDER_UNKNOWN"));
        assertThat(delivery.receipt()).isNull();
    }

    // --- inbound ----------------------------------------------------------------------------------------------

    @Test
    void storedMessageWakesTheInboxOnceItIsCommitted() throws Exception {
        byte[] body = peerEnvelope();
        String messageId = codec.decode(body).messageId();
        AtomicLong storedWhenWoken = new AtomicLong(-1);
        inboxWake.expectedMessageCount(1);
        inboxWake.whenAnyExchangeReceived(wake -> storedWhenWoken.set(storedCount(messageId)));

        HttpResponse<String> answer = peerClient().send(post(body, signed(body)), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        assertThat(answer.headers().firstValue(WireHeaders.SIGNATURE)).isPresent();
        inboxWake.assertIsSatisfied();
        assertThat(inboxWake.getReceivedExchanges().get(0).getMessage().getBody(String.class))
                .as("the wake-up carries the receipt of the stored message")
                .contains(messageId);
        assertThat(storedWhenWoken.get())
                .as("the message was committed before the inbox was woken")
                .isEqualTo(1L);
    }

    @Test
    void refusedMessageDoesNotWakeTheInbox() throws Exception {
        byte[] refused = peerEnvelope();
        byte[] accepted = peerEnvelope();
        inboxWake.expectedMessageCount(1);
        NotifyBuilder refusalDone = new NotifyBuilder(camel)
                .fromRoute("federation-inbound")
                .whenDone(1)
                .create();

        HttpResponse<String> refusal = peerClient()
                .send(
                        post(refused, new String[] {"X-Crossflag-Test", "unsigned"}),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(refusalDone.matches(10, TimeUnit.SECONDS)).isTrue();
        HttpResponse<String> acceptance =
                peerClient().send(post(accepted, signed(accepted)), HttpResponse.BodyHandlers.ofString());

        assertThat(refusal.statusCode()).isEqualTo(401);
        assertThat(refusal.body()).contains("SIGNATURE_MISSING");
        assertThat(acceptance.statusCode()).as(acceptance.body()).isEqualTo(202);
        // One wake-up, and it is the accepted message's: the refusal never reached the wake-up step.
        inboxWake.assertIsSatisfied();
        assertThat(inboxWake.getReceivedExchanges().get(0).getMessage().getBody(String.class))
                .contains(codec.decode(accepted).messageId());
        assertThat(storedCount(codec.decode(refused).messageId())).isZero();
    }

    private long storedCount(String messageId) {
        return jdbc.queryForObject("select count(*) from inbound_message where message_id = ?", Long.class, messageId);
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private static OutgoingMessage circumstanceChange() {
        return new OutgoingMessage(
                MessageType.EXCHANGE_TEST,
                NodeFixture.PEER,
                null,
                Purpose.MARAC_SAFEGUARDING,
                LegalBasis.DPA2018_PART3_LAW_ENFORCEMENT,
                new Envelope.Requester("ex.officer-0007", RequesterRole.MARAC_COORDINATOR),
                Envelope.Consent.given(),
                List.of(DataCategory.HEARING_FLAG),
                EnvelopeCodec.federationMapper().createObjectNode().put("clk", "AAECAwQF"));
    }

    /** A valid envelope from the peer to this node, as bytes. */
    private byte[] peerEnvelope() throws Exception {
        Instant now = Instant.now();
        Envelope envelope = new Envelope(
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                1L,
                MessageType.EXCHANGE_TEST,
                NodeFixture.PEER,
                NodeFixture.SELF,
                now.minusSeconds(5),
                now.plus(Duration.ofHours(1)),
                Purpose.MARAC_SAFEGUARDING,
                LegalBasis.DPA2018_PART3_LAW_ENFORCEMENT,
                new Envelope.Requester("kt.officer-0042", RequesterRole.MARAC_COORDINATOR),
                Envelope.Consent.given(),
                List.of(DataCategory.HEARING_FLAG),
                codec.mapper().createObjectNode().put("clk", "AAECAwQF"));
        return codec.encode(envelope);
    }

    private static String[] signed(byte[] body) throws Exception {
        return new String[] {
            WireHeaders.SIGNATURE,
                    Base64.getEncoder()
                            .encodeToString(FederationPki.signEd25519(fixture.peerSigning.privateKey(), body)),
            WireHeaders.SIGNING_CERTIFICATE, base64(fixture.peerSigning.certificate())
        };
    }

    private HttpRequest post(byte[] body, String[] headers) {
        return HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + federationPort + "/federation/messages"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .headers(headers)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    /** An HTTPS client holding the peer's TLS identity, trusting the fixture's CA. */
    private static HttpClient peerClient() throws Exception {
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

    private static ReceiptIssuer peerReceipts() {
        Credential signing = fixture.peerSigning;
        return new ReceiptIssuer(
                NodeFixture.PEER,
                new MessageSigner(new CertificateFiles.KeyEntry("peer", signing.privateKey(), signing.certificate())),
                Clock.systemUTC());
    }

    private static String base64(X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
