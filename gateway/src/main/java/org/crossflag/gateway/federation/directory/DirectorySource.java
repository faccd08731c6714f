package org.crossflag.gateway.federation.directory;

import java.io.IOException;
import java.io.InputStream;
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
 * Nothing larger than {@link #MAX_BYTES} is read into memory.
 */
public final class DirectorySource {

    static final int MAX_BYTES = 1024 * 1024;

    private final String location;
    private final SSLContext sslContext;
    private HttpClient http;

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

    /** Reads another document published with the directory (the CRL), with the same transport and size limit. */
    byte[] readBytes(String where) {
        return read(where);
    }

    private byte[] read(String where) {
        try {
            if (where.startsWith("file:")) {
                Path file = Path.of(where.substring("file:".length()));
                if (Files.size(file) > MAX_BYTES) {
                    throw tooLarge(where);
                }
                return Files.readAllBytes(file);
            }
            HttpResponse<InputStream> response = client().send(
                            HttpRequest.newBuilder(URI.create(where))
                                    .timeout(Duration.ofSeconds(30))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new DirectoryVerificationException(
                            "directory fetch answered HTTP " + response.statusCode() + ": " + where);
                }
                byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw tooLarge(where);
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new DirectoryVerificationException("cannot read " + where + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DirectoryVerificationException("interrupted while reading " + where, e);
        }
    }

    private synchronized HttpClient client() {
        if (http == null) {
            http = HttpClient.newBuilder()
                    .sslContext(sslContext)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
        }
        return http;
    }

    private static DirectoryVerificationException tooLarge(String where) {
        return new DirectoryVerificationException("document is larger than " + MAX_BYTES + " bytes: " + where);
    }

    public record Fetched(byte[] document, byte[] signature) {}
}
