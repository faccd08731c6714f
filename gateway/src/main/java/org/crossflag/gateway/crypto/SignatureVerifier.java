package org.crossflag.gateway.crypto;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Optional;

import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/** Verifies raw Ed25519 signatures over exact message bytes. Public keys are decoded once per certificate. */
public final class SignatureVerifier {

    // Keyed by the certificate (equality is by its DER), never by a fingerprint the caller supplies.
    private final Cache<X509Certificate, Optional<Ed25519PublicKeyParameters>> keys = Caffeine.newBuilder()
            .maximumSize(1_000)
            .expireAfterAccess(Duration.ofHours(1))
            .build();

    /** False when the signature does not match, or the certificate carries no Ed25519 key. */
    public boolean verify(X509Certificate signer, byte[] bytes, byte[] signature) {
        if (signature == null || signature.length != Ed25519PublicKeyParameters.KEY_SIZE * 2) {
            return false;
        }
        Ed25519PublicKeyParameters key = keys.get(
                        signer, certificate -> Optional.ofNullable(Ed25519Keys.publicKey(certificate)))
                .orElse(null);
        if (key == null) {
            return false;
        }
        Ed25519Signer verifier = new Ed25519Signer();
        verifier.init(false, key);
        verifier.update(bytes, 0, bytes.length);
        return verifier.verifySignature(signature);
    }
}
