package org.crossflag.gateway.crypto;

import java.security.cert.X509Certificate;

import org.crossflag.gateway.node.CrossflagProperties;
import org.springframework.stereotype.Component;

/** This node's TLS certificate, loaded once to check it at start-up and to report its expiry. */
@Component
public class NodeTlsIdentity {

    private final X509Certificate certificate;

    NodeTlsIdentity(CrossflagProperties properties, FederationTrust trust) {
        String key = "crossflag.tls.keystore";
        this.certificate = CertificateFiles.readKeyEntry(
                        key,
                        properties.tls().keystore(),
                        properties.tls().keystorePassword().toCharArray())
                .certificate();
        CryptoConfiguration.requireUsable(key, trust, certificate);
    }

    public X509Certificate certificate() {
        return certificate;
    }
}
