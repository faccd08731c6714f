package org.crossflag.gateway.federation.directory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.net.ssl.SSLContext;

/**
 * Fetches the directory document and its detached signature ({@code <location>.sig}) from a file or an
 * HTTPS URL. Over HTTPS the node presents its own TLS certificate and trusts only the federation CA.
 */
public final class DirectorySource {

    private static final int MAX_BYTES = 1024 * 1024;

    private final String location;
    private final SSLContext sslContext;

    public DirectorySource(String location, SSLContext sslContext) {
        this.location = location;
        this.sslContext = sslContext;
    }

    public Fetched fetch() {
        return new Fetched(read(location), read(location + ".sig"));
    }

    public String location() {
        return location;
    }

    private byte[] read(String where) {
        try {
            byte[] bytes;
            if (where.startsWith("file:")) {
                bytes = Files.readAllBytes(Path.of(where.substring("file:".length())));
            } else {
                HttpClient client = HttpClient.newBuilder().sslContext(sslContext).connectTimeout(Duration.ofSeconds(10)).build();
                HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(where))
                        .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new DirectoryVerificationException("directory fetch answered HTTP " + response.statusCode() + ": " + where);
                }
                bytes = response.body();
            }
            if (bytes.length > MAX_BYTES) {
                throw new DirectoryVerificationException("directory document is larger than " + MAX_BYTES + " bytes: " + where);
            }
            return bytes;
        } catch (IOException e) {
            throw new DirectoryVerificationException("cannot read " + where + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DirectoryVerificationException("interrupted while reading " + where, e);
        }
    }

    public record Fetched(byte[] document, byte[] signature) {
    }
}
