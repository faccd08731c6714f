package org.crossflag.gateway.node;

import java.nio.file.Path;
import java.util.List;

import javax.security.auth.x500.X500Principal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.crossflag.adapter.LocalEventType;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The local-systems connector, under {@code crossflag.local-systems.connector.*}: a third HTTPS port through which the
 * force's own systems (records system, case tools) reach the node, serving {@code /local/**} only. Off while port is
 * 0. Keystore holds the node's server certificate for this port (PKCS#12). Client-ca is a PKCS#12 trust store holding
 * the force's own local CA, never the federation trust store; without it the port asks for no client certificate and
 * only API keys work. Each client has a name, the certificate subject it presents or the hex SHA-256 of its API key
 * (never the key itself), and the events it may send.
 */
public record LocalConnectorSettings(
        @Min(0) @Max(65535) @DefaultValue("0") int port,
        @NotBlank @DefaultValue("127.0.0.1") String address,
        Path keystore,
        @NotNull @DefaultValue("") String keystorePassword,
        Path clientCa,
        @NotNull @DefaultValue("") String clientCaPassword,
        @DefaultValue List<@Valid @NotNull Client> clients) {

    public boolean enabled() {
        return port > 0;
    }

    @AssertTrue(message = "keystore is required when the connector is on (port set)")
    public boolean isKeystoreSetWhenOn() {
        return !enabled() || keystore != null;
    }

    @AssertTrue(message = "client-ca is required when a client is known by its certificate subject")
    public boolean isClientCaSetForCertificateClients() {
        return clientCa != null
                || clients == null
                || clients.stream().noneMatch(client -> client != null && client.hasCertificateSubject());
    }

    /**
     * One local system allowed to call the connector.
     *
     * @param certificateSubject the subject of its client certificate from the force's CA, e.g.
     *                           {@code CN=records-system, O=Example Police}
     * @param apiKeySha256       lower- or upper-case hex SHA-256 of the UTF-8 bytes of its API key
     */
    public record Client(
            @NotBlank
            @Pattern(
                    regexp = "^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$",
                    message = "must be a client name: 2 to 64 letters, digits, dots, dashes or underscores")
            String name,

            String certificateSubject,

            // Its form is checked where the clients are read (LocalClients), so that a key put here by mistake is
            // not repeated in the start-up report, as a constraint violation's value would be.
            String apiKeySha256,

            @NotEmpty List<@NotNull LocalEventType> events) {

        public boolean hasCertificateSubject() {
            return certificateSubject != null && !certificateSubject.isBlank();
        }

        public boolean hasApiKey() {
            return apiKeySha256 != null && !apiKeySha256.isBlank();
        }

        @AssertTrue(message = "a client needs a certificate-subject or an api-key-sha256")
        public boolean isIdentifiable() {
            return hasCertificateSubject() || hasApiKey();
        }

        @AssertTrue(message = "certificate-subject must be an X.500 name such as CN=records-system, O=Example Police")
        public boolean isCertificateSubjectReadable() {
            if (!hasCertificateSubject()) {
                return true;
            }
            try {
                new X500Principal(certificateSubject);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
