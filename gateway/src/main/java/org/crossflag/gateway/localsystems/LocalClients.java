package org.crossflag.gateway.localsystems;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.security.auth.x500.X500Principal;

import org.crossflag.gateway.node.InvalidConfigurationException;
import org.crossflag.gateway.node.LocalConnectorSettings;

/**
 * The local systems configured for the connector, and who a call comes from. A client certificate, when the call
 * presents one (TLS has already verified it against the force's CA), decides alone: its subject must name a client.
 * Without one, the {@code X-Api-Key} header's SHA-256 is compared in constant time with every configured key hash.
 */
final class LocalClients {

    static final String CLIENTS_KEY = "crossflag.local-systems.connector.clients";

    private static final Pattern SHA256_HEX = Pattern.compile("^[0-9a-f]{64}$");

    private final Map<X500Principal, LocalClient> bySubject;
    private final List<KeyedClient> byKey;

    private LocalClients(Map<X500Principal, LocalClient> bySubject, List<KeyedClient> byKey) {
        this.bySubject = Map.copyOf(bySubject);
        this.byKey = List.copyOf(byKey);
    }

    /** @throws InvalidConfigurationException naming the client whose name, subject or key another client has */
    static LocalClients of(List<LocalConnectorSettings.Client> clients) {
        Map<X500Principal, LocalClient> bySubject = new HashMap<>();
        List<KeyedClient> byKey = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> keyHashes = new HashSet<>();
        for (int i = 0; i < clients.size(); i++) {
            LocalConnectorSettings.Client settings = clients.get(i);
            String key = CLIENTS_KEY + "[" + i + "]";
            if (!names.add(settings.name())) {
                throw new InvalidConfigurationException(
                        key + ".name", "another client has the name " + settings.name());
            }
            LocalClient client = new LocalClient(settings.name(), Set.copyOf(settings.events()));
            if (settings.hasCertificateSubject()
                    && bySubject.put(new X500Principal(settings.certificateSubject()), client) != null) {
                throw new InvalidConfigurationException(
                        key + ".certificate-subject", "another client has the same certificate subject");
            }
            if (settings.hasApiKey()) {
                String hash = settings.apiKeySha256().toLowerCase(Locale.ROOT);
                if (!SHA256_HEX.matcher(hash).matches()) {
                    // Never the value: it may be the key itself, put here by mistake.
                    throw new InvalidConfigurationException(
                            key + ".api-key-sha256",
                            "must be the hex SHA-256 of the key (64 hex digits), never the key itself");
                }
                if (!keyHashes.add(hash)) {
                    throw new InvalidConfigurationException(
                            key + ".api-key-sha256", "another client has the same API key");
                }
                byKey.add(new KeyedClient(HexFormat.of().parseHex(hash), client));
            }
        }
        return new LocalClients(bySubject, byKey);
    }

    /**
     * @param certificate the verified client certificate, or null when the call presented none
     * @param apiKey      the {@code X-Api-Key} header, or null
     */
    Identification identify(X509Certificate certificate, String apiKey) {
        if (certificate != null) {
            LocalClient client = bySubject.get(certificate.getSubjectX500Principal());
            return client == null
                    ? new Refused(LocalClientRefusal.LOCAL_CLIENT_CERTIFICATE_UNKNOWN)
                    : new Identified(client);
        }
        if (apiKey == null || apiKey.isEmpty()) {
            return new Refused(LocalClientRefusal.LOCAL_CLIENT_UNAUTHENTICATED);
        }
        byte[] presented = sha256(apiKey);
        LocalClient match = null;
        // Every hash is compared, so the time taken says nothing about which one (if any) matched.
        for (KeyedClient keyed : byKey) {
            if (MessageDigest.isEqual(keyed.sha256(), presented)) {
                match = keyed.client();
            }
        }
        return match == null ? new Refused(LocalClientRefusal.LOCAL_CLIENT_API_KEY_UNKNOWN) : new Identified(match);
    }

    static byte[] sha256(String apiKey) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** Who a call comes from, or why it was not let in. */
    sealed interface Identification permits Identified, Refused {}

    record Identified(LocalClient client) implements Identification {}

    record Refused(LocalClientRefusal refusal) implements Identification {}

    private record KeyedClient(byte[] sha256, LocalClient client) {}
}
