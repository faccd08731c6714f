package org.crossflag.gateway.federation.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.TrustManagerFactory;

import org.crossflag.gateway.NodeFixture;
import org.crossflag.gateway.crypto.TlsContexts;
import org.crossflag.gateway.node.CrossflagProperties;
import org.crossflag.pki.Credential;
import org.crossflag.pki.DirectoryDocument;
import org.crossflag.pki.FederationPki;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;

class DirectorySourceTests {

    @TempDir
    Path dir;

    NodeFixture fixture;
    SSLContext client;
    byte[] document;
    byte[] signature;
    HttpsServer server;
    final AtomicReference<X509Certificate> clientCertificateSeen = new AtomicReference<>();

    @BeforeEach
    void setUp() throws Exception {
        fixture = new NodeFixture(dir);
        document = Files.readAllBytes(fixture.directoryJson());
        signature = Files.readAllBytes(DirectoryDocument.signatureFile(fixture.directoryJson()));
        client = TlsContexts.client(new CrossflagProperties.Tls(
                fixture.tlsKeystore(), NodeFixture.PASSWORD, fixture.truststore(), NodeFixture.PASSWORD));
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void fetchesDocumentAndSignatureOverMutualTls() throws Exception {
        Credential serverTls = FederationPki.issueTlsCredential(
                fixture.ca, "GB-DIR", fixture.now.minus(Duration.ofHours(1)), fixture.now.plus(Duration.ofDays(10)));
        startServer(serverTls, Map.of("/directory.json", document, "/directory.json.sig", signature));

        DirectorySource.Fetched fetched = new DirectorySource(url("/directory.json"), client).fetch();

        assertThat(fetched.document()).isEqualTo(document);
        assertThat(fetched.signature()).isEqualTo(signature);
        assertThat(clientCertificateSeen.get())
                .as("the node presents its own TLS certificate")
                .isEqualTo(fixture.selfTls.certificate());
        DirectoryVerifier verifier = new DirectoryVerifier(
                fixture.trust(Clock.fixed(fixture.now, ZoneOffset.UTC)), fixture.operator.certificate());
        FederationDirectory directory = verifier.verify(fetched.document(), fetched.signature());
        assertThat(directory.member(NodeFixture.PEER)).isPresent();
    }

    @Test
    void missingSignatureAnswers404AndIsRefusedNamingTheStatus() throws Exception {
        Credential serverTls = FederationPki.issueTlsCredential(
                fixture.ca, "GB-DIR", fixture.now.minus(Duration.ofHours(1)), fixture.now.plus(Duration.ofDays(10)));
        startServer(serverTls, Map.of("/directory.json", document));
        DirectorySource source = new DirectorySource(url("/directory.json"), client);

        assertThatThrownBy(source::fetch)
                .isInstanceOf(DirectoryVerificationException.class)
                .hasMessageContaining("HTTP 404")
                .hasMessageContaining("/directory.json.sig");
    }

    @Test
    void serverWithACertificateFromAnotherCaIsRefused() throws Exception {
        Credential otherCa = FederationPki.createRootCa(
                "Fixture Root CA", fixture.now.minus(Duration.ofHours(1)), fixture.now.plus(Duration.ofDays(10)));
        Credential impostor = FederationPki.issueTlsCredential(
                otherCa, "GB-DIR", fixture.now.minus(Duration.ofHours(1)), fixture.now.plus(Duration.ofDays(10)));
        startServer(impostor, Map.of("/directory.json", document, "/directory.json.sig", signature));
        DirectorySource source = new DirectorySource(url("/directory.json"), client);

        assertThatThrownBy(source::fetch)
                .isInstanceOf(DirectoryVerificationException.class)
                .hasMessageContaining("cannot read");
        assertThat(clientCertificateSeen.get())
                .as("no request reached the impostor")
                .isNull();
    }

    @Test
    void clientWithoutACertificateIsRefusedByTheServer() throws Exception {
        Credential serverTls = FederationPki.issueTlsCredential(
                fixture.ca, "GB-DIR", fixture.now.minus(Duration.ofHours(1)), fixture.now.plus(Duration.ofDays(10)));
        startServer(serverTls, Map.of("/directory.json", document, "/directory.json.sig", signature));
        SSLContext anonymous = SSLContext.getInstance("TLSv1.3");
        anonymous.init(null, trustManagers(fixture.ca.certificate()).getTrustManagers(), null);
        DirectorySource source = new DirectorySource(url("/directory.json"), anonymous);

        // refused in the TLS handshake, not by the handler's 401 for a request without a client certificate
        assertThatThrownBy(source::fetch)
                .isInstanceOf(DirectoryVerificationException.class)
                .hasMessageContaining("cannot read")
                .hasMessageNotContaining("HTTP 401");
        assertThat(clientCertificateSeen.get()).isNull();
    }

    private String url(String path) {
        return "https://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void startServer(Credential tls, Map<String, byte[]> files) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("server", tls.privateKey(), NodeFixture.PASSWORD.toCharArray(), new Certificate[] {
            tls.certificate(), fixture.ca.certificate()
        });
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, NodeFixture.PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(
                keyManagers.getKeyManagers(),
                trustManagers(fixture.ca.certificate()).getTrustManagers(),
                null);

        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters parameters = getSSLContext().getDefaultSSLParameters();
                parameters.setNeedClientAuth(true);
                params.setSSLParameters(parameters);
            }
        });
        server.createContext("/", exchange -> serve(exchange, files));
        server.start();
    }

    private void serve(HttpExchange exchange, Map<String, byte[]> files) throws IOException {
        try (exchange) {
            try {
                Certificate[] peer = ((HttpsExchange) exchange).getSSLSession().getPeerCertificates();
                clientCertificateSeen.set((X509Certificate) peer[0]);
            } catch (SSLPeerUnverifiedException e) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            byte[] body = files.get(exchange.getRequestURI().getPath());
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static TrustManagerFactory trustManagers(X509Certificate anchor) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("federation-ca", anchor);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        return factory;
    }
}
