package org.crossflag.gateway.crypto;

import java.io.IOException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;

/** Converts JCA keys to Bouncy Castle's lightweight Ed25519 parameters (about ten times faster than SunEC). */
final class Ed25519Keys {

    private Ed25519Keys() {}

    static Ed25519PrivateKeyParameters privateKey(PrivateKey key) {
        try {
            AsymmetricKeyParameter parameter =
                    PrivateKeyFactory.createKey(PrivateKeyInfo.getInstance(key.getEncoded()));
            if (parameter instanceof Ed25519PrivateKeyParameters ed25519) {
                return ed25519;
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not an Ed25519 private key", e);
        }
        throw new IllegalArgumentException("not an Ed25519 private key: " + key.getAlgorithm());
    }

    /** Returns null when the certificate does not carry an Ed25519 key. */
    static Ed25519PublicKeyParameters publicKey(X509Certificate certificate) {
        PublicKey key = certificate.getPublicKey();
        try {
            AsymmetricKeyParameter parameter =
                    PublicKeyFactory.createKey(SubjectPublicKeyInfo.getInstance(key.getEncoded()));
            return parameter instanceof Ed25519PublicKeyParameters ed25519 ? ed25519 : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
