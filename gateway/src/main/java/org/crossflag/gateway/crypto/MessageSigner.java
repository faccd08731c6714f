package org.crossflag.gateway.crypto;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * Signs the exact bytes a node sends with its Ed25519 signing key. The signature is a raw 64-byte
 * Ed25519 signature (RFC 8032), so {@code openssl pkeyutl -verify -rawin} can check it.
 */
public final class MessageSigner {

    private final Ed25519PrivateKeyParameters key;
    private final X509Certificate certificate;
    private final String certificateBase64;
    private final String certificateSha256;

    public MessageSigner(CertificateFiles.KeyEntry entry) {
        this.key = Ed25519Keys.privateKey(entry.privateKey());
        this.certificate = entry.certificate();
        try {
            this.certificateBase64 = Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("signing certificate cannot be encoded", e);
        }
        this.certificateSha256 = Fingerprints.sha256(certificate);
    }

    public byte[] sign(byte[] bytes) {
        Ed25519Signer signer = new Ed25519Signer();
        signer.init(true, key);
        signer.update(bytes, 0, bytes.length);
        return signer.generateSignature();
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The signing certificate as it travels in the signing-certificate header. */
    public String certificateBase64() {
        return certificateBase64;
    }

    public String certificateSha256() {
        return certificateSha256;
    }
}
