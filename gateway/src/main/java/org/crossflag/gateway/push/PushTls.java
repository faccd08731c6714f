package org.crossflag.gateway.push;

import java.io.InputStream;
import java.nio.file.Files;
import java.security.KeyStore;

import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.crossflag.gateway.node.CrossflagProperties;
import org.crossflag.gateway.node.InvalidConfigurationException;

/**
 * TLS for webhooks to the force's own systems: the local-systems trust store when one is set, otherwise the Java
 * runtime's default trust, with host names checked either way. Never the federation trust store, which vouches for
 * member nodes only, and no client certificate.
 */
public final class PushTls {

    public static final String BEAN = "alertPushTls";
    static final String TRUSTSTORE_KEY = "crossflag.local-systems.truststore";

    private PushTls() {}

    /** @throws InvalidConfigurationException naming the key when the trust store cannot be read or trusts nothing */
    public static SSLContextParameters parameters(CrossflagProperties.LocalSystems local) {
        SSLContextParameters parameters = new SSLContextParameters();
        if (local.truststore() == null) {
            return parameters;
        }
        try (InputStream in = Files.newInputStream(local.truststore())) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, local.truststorePassword().toCharArray());
            if (store.size() == 0) {
                throw new InvalidConfigurationException(TRUSTSTORE_KEY, local.truststore() + " holds no certificate");
            }
        } catch (InvalidConfigurationException e) {
            throw e;
        } catch (Exception e) {
            throw new InvalidConfigurationException(
                    TRUSTSTORE_KEY,
                    "cannot read " + local.truststore() + " as PKCS#12 ("
                            + e.getClass().getSimpleName() + ")",
                    e);
        }
        KeyStoreParameters trustStore = new KeyStoreParameters();
        trustStore.setResource("file:" + local.truststore().toAbsolutePath());
        trustStore.setPassword(local.truststorePassword());
        trustStore.setType("PKCS12");
        TrustManagersParameters trustManagers = new TrustManagersParameters();
        trustManagers.setKeyStore(trustStore);
        parameters.setTrustManagers(trustManagers);
        return parameters;
    }
}
