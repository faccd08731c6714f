package org.crossflag.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crossflag.adapter.LocalEventType;
import org.crossflag.testsupport.LocalSystemsTestPki;

/**
 * A node's local-systems connector, switched on for a test: a fresh local CA standing for the force's own, the
 * connector's server certificate, one client known by its certificate ({@value #CERTIFICATE_CLIENT}) and one by its
 * API key ({@value #KEY_CLIENT}), both allowed the chosen events. Make it before the federation and put
 * {@link #settings()} into the node's extra settings:
 *
 * <pre>{@code
 * LocalSystemsAccess essexLocal = LocalSystemsAccess.create(dir.resolve("essex-local"), List.of(HEARING_RECORDED));
 * federation = new TestFederation(dir, H2, List.of(ESSEX), code -> essexLocal.settings());
 * essexLocal.send(essexLocal.withCertificate(), HttpRequest.newBuilder(essexLocal.uri("/local/rest/hearings"))...);
 * }</pre>
 */
final class LocalSystemsAccess {

    static final String CERTIFICATE_CLIENT = "records-system";
    static final String KEY_CLIENT = "case-tool";
    static final String API_KEY_HEADER = "X-Api-Key";

    private final LocalSystemsTestPki pki;
    private final int port;
    private final List<LocalEventType> events;

    private LocalSystemsAccess(LocalSystemsTestPki pki, int port, List<LocalEventType> events) {
        this.pki = pki;
        this.port = port;
        this.events = List.copyOf(events);
    }

    /** A local CA, keystores and API key in {@code dir}, and a free loopback port for the connector. */
    static LocalSystemsAccess create(Path dir, List<LocalEventType> events) throws IOException {
        return new LocalSystemsAccess(
                LocalSystemsTestPki.create(dir, "test-only", CERTIFICATE_CLIENT), freePort(), events);
    }

    /** The node settings that switch the connector on with these clients. */
    Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.putAll(pki.connectorSettings(
                port, KEY_CLIENT, events.stream().map(LocalEventType::wire).toList()));
        return settings;
    }

    URI uri(String path) {
        return URI.create("https://127.0.0.1:" + port + path);
    }

    int port() {
        return port;
    }

    /** The API key of {@value #KEY_CLIENT}, to send in {@value #API_KEY_HEADER}. */
    String apiKey() {
        return pki.apiKey();
    }

    /** Writes the local CA's certificate as PEM into {@code file}, for clients such as {@code curl --cacert}. */
    Path writeCaPem(Path file) throws IOException {
        java.security.cert.X509Certificate ca = pki.ca().certificate();
        String pem;
        try {
            pem = "-----BEGIN CERTIFICATE-----\n"
                    + java.util.Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                            .encodeToString(ca.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IOException("the local CA certificate cannot be encoded", e);
        }
        return java.nio.file.Files.writeString(file, pem);
    }

    /** An HTTP client that presents {@value #CERTIFICATE_CLIENT}'s certificate and trusts the local CA. */
    HttpClient withCertificate() {
        return client(pki.clientContext(pki.clientKeystore()));
    }

    /** An HTTP client with no certificate that trusts the local CA: add {@link #apiKey()} to its requests. */
    HttpClient withoutCertificate() {
        return client(pki.clientContext(null));
    }

    /** An HTTP client that presents any PKCS#12 (a federation certificate, say), however the server asks. */
    HttpClient presenting(Path keystore, String password) {
        return client(pki.clientContext(keystore, password));
    }

    /** GET {@code path} with the client, adding the API key when {@code withKey}. */
    HttpResponse<String> get(HttpClient client, String path, boolean withKey) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (withKey) {
            request.header(API_KEY_HEADER, apiKey());
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient client(javax.net.ssl.SSLContext tls) {
        return HttpClient.newBuilder()
                .sslContext(tls)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    private static int freePort() throws IOException {
        return TestFederation.freePort();
    }
}
