package org.crossflag.pki;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Objects;

/** A private key with the certificate that binds its public key. */
public record Credential(PrivateKey privateKey, X509Certificate certificate) {

    public Credential {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(certificate, "certificate");
    }
}
