package org.crossflag.gateway.localsystems;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Collections;

import org.apache.catalina.connector.Connector;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.apache.tomcat.util.net.SSLHostConfigCertificate;
import org.crossflag.gateway.node.InvalidConfigurationException;
import org.crossflag.gateway.node.LocalConnectorSettings;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;

/**
 * The local-systems connector as a Tomcat connector: HTTPS (TLS 1.3, and 1.2 for the force's older systems) with the
 * node's server certificate for this port, asking for a client certificate trusted by the force's own CA when one is
 * configured ("want": a client with an API key and no certificate still connects; a certificate that does not verify
 * ends the handshake). The stores are loaded here, so a bad file or password stops start-up naming its key.
 */
final class LocalConnectorTls {

    static final String KEY = "crossflag.local-systems.connector";

    static final String PROTOCOLS = "+TLSv1.3+TLSv1.2";

    private LocalConnectorTls() {}

    /**
     * @param federationAnchor the federation root CA, which the force's client CA store must not hold
     */
    static Connector connector(LocalConnectorSettings settings, X509Certificate federationAnchor) {
        Connector connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
        connector.setPort(settings.port());
        connector.setScheme("https");
        connector.setSecure(true);
        connector.setProperty("SSLEnabled", "true");
        connector.setProperty("address", hostAddress(settings.address()));

        SSLHostConfig tls = new SSLHostConfig();
        tls.setProtocols(PROTOCOLS);
        SSLHostConfigCertificate certificate =
                new SSLHostConfigCertificate(tls, SSLHostConfigCertificate.Type.UNDEFINED);
        certificate.setCertificateKeystore(
                load(KEY + ".keystore", settings.keystore(), settings.keystorePassword(), true));
        certificate.setCertificateKeystorePassword(settings.keystorePassword());
        tls.addCertificate(certificate);
        if (settings.clientCa() == null) {
            tls.setCertificateVerification("none");
        } else {
            KeyStore clientCa = load(KEY + ".client-ca", settings.clientCa(), settings.clientCaPassword(), false);
            requireNotFederation(clientCa, federationAnchor);
            tls.setTrustStore(clientCa);
            tls.setCertificateVerification("optional");
        }
        connector.addSslHostConfig(tls);
        return connector;
    }

    private static String hostAddress(String address) {
        try {
            return InetAddress.getByName(address).getHostAddress();
        } catch (UnknownHostException e) {
            throw new InvalidConfigurationException(KEY + ".address", "unknown host " + address);
        }
    }

    /** A client CA store that trusted the federation root would let any member's node in as a local system. */
    private static void requireNotFederation(KeyStore clientCa, X509Certificate federationAnchor) {
        try {
            boolean anyTrusted = false;
            for (String alias : Collections.list(clientCa.aliases())) {
                Certificate trusted = clientCa.getCertificate(alias);
                if (federationAnchor.equals(trusted)) {
                    throw new InvalidConfigurationException(
                            KEY + ".client-ca",
                            "holds the federation root CA; it must hold only the force's own local CA");
                }
                anyTrusted |= clientCa.isCertificateEntry(alias);
            }
            if (!anyTrusted) {
                throw new InvalidConfigurationException(KEY + ".client-ca", "holds no trusted certificate");
            }
        } catch (java.security.KeyStoreException e) {
            throw new InvalidConfigurationException(KEY + ".client-ca", "cannot be read", e);
        }
    }

    private static KeyStore load(String key, Path file, String password, boolean needsKey) {
        if (file == null || !Files.isReadable(file)) {
            throw new InvalidConfigurationException(key, "file not found or not readable: " + file);
        }
        KeyStore store;
        try (InputStream in = Files.newInputStream(file)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
        } catch (Exception e) {
            throw new InvalidConfigurationException(
                    key, "cannot open PKCS#12 file " + file + " (wrong password or not PKCS#12)", e);
        }
        if (needsKey && !holdsKey(store)) {
            throw new InvalidConfigurationException(key, "no private key entry in " + file);
        }
        return store;
    }

    private static boolean holdsKey(KeyStore store) {
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    return true;
                }
            }
            return false;
        } catch (java.security.KeyStoreException e) {
            return false;
        }
    }
}
