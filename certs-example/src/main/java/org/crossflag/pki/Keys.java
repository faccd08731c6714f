package org.crossflag.pki;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** Key generation with an explicit Bouncy Castle instance, so nothing depends on global provider order. */
final class Keys {

    static final Provider BC = new BouncyCastleProvider();
    static final SecureRandom RANDOM = new SecureRandom();

    private Keys() {}

    static KeyPair ecP256() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new PkiException("cannot generate EC P-256 key", e);
        }
    }

    static KeyPair ed25519() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519", BC);
            generator.initialize(255, RANDOM);
            KeyPair pair = generator.generateKeyPair();
            return new KeyPair(pair.getPublic(), pkcs8V1(pair.getPrivate()));
        } catch (GeneralSecurityException e) {
            throw new PkiException("cannot generate Ed25519 key", e);
        }
    }

    /**
     * Re-encodes a key whose PKCS#8 carries the public key (v2, as Bouncy Castle makes Ed25519 keys) as plain v1:
     * OpenSSL 3.0 cannot read v2 keys inside PKCS#12, and v1 is what the JDK writes.
     */
    static PrivateKey pkcs8V1(PrivateKey key) {
        try {
            PrivateKeyInfo info = PrivateKeyInfo.getInstance(key.getEncoded());
            if (info.getPublicKeyData() == null) {
                return key;
            }
            byte[] v1 = new PrivateKeyInfo(info.getPrivateKeyAlgorithm(), info.parsePrivateKey(), info.getAttributes())
                    .getEncoded();
            return KeyFactory.getInstance(key.getAlgorithm(), BC).generatePrivate(new PKCS8EncodedKeySpec(v1));
        } catch (IOException | GeneralSecurityException e) {
            throw new PkiException("cannot re-encode " + key.getAlgorithm() + " private key", e);
        }
    }
}
