package org.crossflag.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;

import org.crossflag.pki.Credential;
import org.crossflag.pki.FederationPki;

/**
 * A force's own local CA for one test, standing apart from the federation PKI: the node's server certificate for the
 * local-systems connector ({@code connector-server.p12}, for 127.0.0.1 and localhost), the store of the local CA the
 * node trusts client certificates by ({@code local-client-ca.p12}), one client certificate ({@code
 * <name>-client.p12}) and a random API key. {@link #connectorSettings} turns them into node settings: a client known
 * by its certificate and a client known by its key.
 */
public final class LocalSystemsTestPki {

    private final Path dir;
    private final String password;
    private final Instant validFrom;
    private final Instant validUntil;
    private final Credential ca;
    private final Credential server;
    private final Credential client;
    private final String clientName;
    private final String apiKey;

    private LocalSystemsTestPki(Path dir, String password, String clientName) {
        this.dir = createDirectories(dir);
        this.password = password;
        Instant now = Instant.now();
        this.validFrom = now.minus(Duration.ofHours(1));
        this.validUntil = now.plus(Duration.ofDays(30));
        this.ca = FederationPki.createRootCa("Crossflag Test Local Systems CA", validFrom, validUntil);
        this.server = FederationPki.issueTlsCredential(ca, "local-connector", validFrom, validUntil);
        this.clientName = clientName;
        this.client = FederationPki.issueTlsCredential(ca, clientName, validFrom, validUntil);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.apiKey = Base64.getUrlEncoder().withoutPadding().encodeToString(key);
        FederationPki.writePkcs12(
                serverKeystore(),
                "connector",
                password.toCharArray(),
                server.privateKey(),
                server.certificate(),
                ca.certificate());
        FederationPki.writeTrustStore(clientCaStore(), password.toCharArray(), ca.certificate());
        writeClientKeystore(clientName, client);
    }

    /** A local CA with one client certificate for {@code clientName}, in {@code dir}. */
    public static LocalSystemsTestPki create(Path dir, String password, String clientName) {
        return new LocalSystemsTestPki(dir, password, clientName);
    }

    /** Lower-case hex SHA-256 of the key's UTF-8 bytes: what a node is configured with, never the key. */
    public static String sha256Hex(String apiKey) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** A further client certificate from the local CA, written to {@code <name>-client.p12}. */
    public Path issueClient(String name) {
        return writeClientKeystore(name, FederationPki.issueTlsCredential(ca, name, validFrom, validUntil));
    }

    /**
     * The settings that switch the connector on at {@code port}: this server keystore and client CA, client 0 known by
     * the client certificate's subject and client 1 ({@code keyClientName}) by the API key, both allowed
     * {@code events} (LocalEventType codes).
     */
    public Map<String, String> connectorSettings(int port, String keyClientName, List<String> events) {
        String prefix = "crossflag.local-systems.connector.";
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(prefix + "port", String.valueOf(port));
        settings.put(prefix + "keystore", serverKeystore().toString());
        settings.put(prefix + "keystore-password", password);
        settings.put(prefix + "client-ca", clientCaStore().toString());
        settings.put(prefix + "client-ca-password", password);
        settings.put(prefix + "clients[0].name", clientName);
        settings.put(prefix + "clients[0].certificate-subject", clientSubject());
        settings.put(prefix + "clients[1].name", keyClientName);
        settings.put(prefix + "clients[1].api-key-sha256", sha256Hex(apiKey));
        for (int i = 0; i < events.size(); i++) {
            settings.put(prefix + "clients[0].events[" + i + "]", events.get(i));
            settings.put(prefix + "clients[1].events[" + i + "]", events.get(i));
        }
        return settings;
    }

    /** TLS for a client of the connector: trusts the local CA only, presents the given PKCS#12 when not null. */
    public SSLContext clientContext(Path clientKeystore) {
        return clientContext(clientKeystore, password);
    }

    /**
     * As {@link #clientContext(Path)}, presenting a PKCS#12 with another password (a federation keystore, say) even
     * when the server names other CAs: the JDK's own key manager would quietly send no certificate then, where a
     * hostile client sends it anyway.
     */
    public SSLContext clientContext(Path clientKeystore, String keystorePassword) {
        try {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("local-ca", ca.certificate());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            KeyManagerFactory keys = null;
            if (clientKeystore != null) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(clientKeystore)) {
                    store.load(in, keystorePassword.toCharArray());
                }
                keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(store, keystorePassword.toCharArray());
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(
                    keys == null ? null : new KeyManager[] {new AlwaysPresenting(keys)},
                    trust.getTrustManagers(),
                    null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + clientKeystore, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build a local-systems client TLS context", e);
        }
    }

    /** The subject of the client certificate, as a node's settings name it. */
    public String clientSubject() {
        return client.certificate().getSubjectX500Principal().getName();
    }

    public String clientName() {
        return clientName;
    }

    public String apiKey() {
        return apiKey;
    }

    public String password() {
        return password;
    }

    public Credential ca() {
        return ca;
    }

    public Path serverKeystore() {
        return dir.resolve("connector-server.p12");
    }

    public Path clientCaStore() {
        return dir.resolve("local-client-ca.p12");
    }

    public Path clientKeystore() {
        return clientKeystore(clientName);
    }

    public Path clientKeystore(String name) {
        return dir.resolve(name + "-client.p12");
    }

    /** Offers its one client certificate whatever CAs the server asks for. */
    private static final class AlwaysPresenting extends X509ExtendedKeyManager {

        private final X509ExtendedKeyManager keys;
        private final String alias;

        AlwaysPresenting(KeyManagerFactory factory) {
            this.keys = (X509ExtendedKeyManager) factory.getKeyManagers()[0];
            String[] aliases = keys.getClientAliases("EC", null);
            if (aliases == null || aliases.length != 1) {
                throw new IllegalStateException("the client keystore must hold exactly one EC key");
            }
            this.alias = aliases[0];
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            return new String[] {alias};
        }

        @Override
        public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
            return alias;
        }

        @Override
        public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
            return alias;
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            return null;
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            return null;
        }

        @Override
        public X509Certificate[] getCertificateChain(String name) {
            return keys.getCertificateChain(name);
        }

        @Override
        public PrivateKey getPrivateKey(String name) {
            return keys.getPrivateKey(name);
        }
    }

    private Path writeClientKeystore(String name, Credential credential) {
        Path file = clientKeystore(name);
        FederationPki.writePkcs12(
                file,
                "client",
                password.toCharArray(),
                credential.privateKey(),
                credential.certificate(),
                ca.certificate());
        return file;
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }
}
