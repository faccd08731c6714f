package org.crossflag.gateway.crypto;

import java.security.cert.X509Certificate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Decodes the base64 DER certificates peers send in the signing-certificate header, once per distinct
 * header: parsing and hashing a certificate on every message and every receipt would sit on the hot path.
 * The cache is bounded, so a peer sending garbage cannot grow it.
 */
public final class PeerCertificates {

    private final Cache<String, PeerCertificate> decoded =
            Caffeine.newBuilder().maximumSize(1_000).build();

    /** The certificate and its SHA-256 fingerprint; {@code certificate} is null when the header is not one. */
    public PeerCertificate decode(String base64) {
        return decoded.get(base64, header -> {
            X509Certificate certificate = CertificateFiles.decodeBase64Der(header);
            return new PeerCertificate(certificate, certificate == null ? null : Fingerprints.sha256(certificate));
        });
    }

    public record PeerCertificate(X509Certificate certificate, String sha256) {}
}
