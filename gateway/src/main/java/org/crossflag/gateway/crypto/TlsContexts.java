package org.crossflag.gateway.crypto;

import java.io.InputStream;
import java.nio.file.Files;
import java.security.KeyStore;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.crossflag.gateway.node.CrossflagProperties;
import org.crossflag.gateway.node.InvalidConfigurationException;

/** The JDK SSL context for this node as a TLS client: its own certificate, trusting only the federation CA. */
public final class TlsContexts {

    private TlsContexts() {}

    public static SSLContext client(CrossflagProperties.Tls tls) {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(
                    load(tls.keystore(), tls.keystorePassword()),
                    tls.keystorePassword().toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(load(tls.truststore(), tls.truststorePassword()));
            SSLContext context = SSLContext.getInstance("TLSv1.3");
            context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
            return context;
        } catch (Exception e) {
            throw new InvalidConfigurationException(
                    "crossflag.tls", "cannot build the TLS client context: " + e.getMessage(), e);
        }
    }

    private static KeyStore load(java.nio.file.Path file, String password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password.toCharArray());
        }
        return store;
    }
}
