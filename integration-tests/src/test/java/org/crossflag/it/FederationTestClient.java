package org.crossflag.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.crossflag.pki.Credential;
import org.crossflag.pki.FederationPki;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A raw federation client for tests: any TLS identity, any signing key, any bytes and headers. It is how
 * the tests play a misbehaving or hostile peer against a real node.
 */
final class FederationTestClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;

    FederationTestClient(Credential tls, X509Certificate trustedCa) throws Exception {
        char[] password = "client".toCharArray();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("tls", tls.privateKey(), password, new X509Certificate[] {tls.certificate()});
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, password);
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", trustedCa);
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trust);
        SSLContext ssl = SSLContext.getInstance("TLSv1.3");
        ssl.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
        this.http = HttpClient.newBuilder()
                .sslContext(ssl)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Signs the bytes with the given key and posts them with the signature and certificate headers. */
    Answer sendSigned(URI uri, byte[] body, Credential signer) throws Exception {
        return send(
                uri,
                body,
                "application/json",
                Map.of(
                        "Crossflag-Signature",
                                Base64.getEncoder()
                                        .encodeToString(FederationPki.signEd25519(signer.privateKey(), body)),
                        "Crossflag-Signing-Certificate",
                                Base64.getEncoder()
                                        .encodeToString(signer.certificate().getEncoded())));
    }

    Answer send(URI uri, byte[] body, String contentType, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return Answer.of(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** Sends a body without a Content-Length (chunked). */
    Answer sendChunked(URI uri, byte[] body, Credential signer) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header(
                        "Crossflag-Signature",
                        Base64.getEncoder().encodeToString(FederationPki.signEd25519(signer.privateKey(), body)))
                .header(
                        "Crossflag-Signing-Certificate",
                        Base64.getEncoder().encodeToString(signer.certificate().getEncoded()))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .build();
        return Answer.of(http.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    /**
     * Writes the request line and headers exactly as given, over this client's mutual TLS, so a path reaches the
     * server without any normalising or re-encoding by an HTTP library; returns the status code of the answer.
     */
    int rawStatus(int port, String method, String rawPath, Map<String, String> headers, byte[] body) throws Exception {
        try (javax.net.ssl.SSLSocket socket =
                (javax.net.ssl.SSLSocket) http.sslContext().getSocketFactory().createSocket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder(method)
                    .append(' ')
                    .append(rawPath)
                    .append(" HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1:")
                    .append(port)
                    .append("\r\n")
                    .append("Connection: close\r\n")
                    .append("Content-Length: ")
                    .append(body.length)
                    .append("\r\n");
            headers.forEach((name, value) ->
                    request.append(name).append(": ").append(value).append("\r\n"));
            request.append("\r\n");
            socket.getOutputStream().write(request.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            java.io.BufferedReader reader = new java.io.BufferedReader(new java.io.InputStreamReader(
                    socket.getInputStream(), java.nio.charset.StandardCharsets.ISO_8859_1));
            String statusLine = reader.readLine();
            if (statusLine == null || !statusLine.startsWith("HTTP/1.1 ")) {
                throw new IllegalStateException(
                        "no HTTP status line for " + method + " " + rawPath + ": " + statusLine);
            }
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }

    record Answer(int status, JsonNode body) {

        static Answer of(HttpResponse<String> response) throws Exception {
            String text = response.body();
            return new Answer(response.statusCode(), text == null || text.isBlank() ? null : JSON.readTree(text));
        }

        String reason() {
            return body == null || !body.hasNonNull("reason")
                    ? null
                    : body.get("reason").asText();
        }
    }
}
