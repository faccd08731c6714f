package org.crossflag.gateway.audit;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import org.crossflag.gateway.crypto.CertificateFiles;
import org.crossflag.gateway.node.InvalidConfigurationException;

/**
 * Which certificates may sign this node's checkpoints: this node's own signing certificates (the current one and
 * the earlier ones the force lists), issued by the federation root CA, valid when the checkpoint was made, and not
 * revoked by then. A certificate revoked later stays good for the checkpoints it signed before its revocation
 * date, so a key rotation or a later compromise does not void the history signed while it was current.
 */
final class CheckpointCertificates {

    private final X509Certificate trustAnchor;
    private final List<X509Certificate> own;
    private final Supplier<X509CRL> crl;

    /**
     * @param own the node's signing certificates, current and earlier
     * @param crl the federation CRL as it stands when asked; null supplies none (no revocation known)
     */
    CheckpointCertificates(X509Certificate trustAnchor, List<X509Certificate> own, Supplier<X509CRL> crl) {
        this.trustAnchor = trustAnchor;
        this.own = List.copyOf(own);
        this.crl = crl;
    }

    /**
     * This node's checkpoint certificates from its settings: the certificate in crossflag.signing.keystore, the
     * earlier ones listed, and the CRL file re-read (and its signature checked) on each use. A file that cannot be
     * read, or a certificate not issued by the trust anchor, stops the node with an error naming its setting.
     */
    static CheckpointCertificates forNode(
            X509Certificate trustAnchor, X509Certificate current, List<Path> earlier, Path crlFile) {
        String earlierKey = "crossflag.audit.earlier-signing-certificates";
        List<X509Certificate> own = new ArrayList<>();
        own.add(current);
        for (Path file : earlier) {
            X509Certificate certificate = CertificateFiles.readCertificate(earlierKey, file);
            try {
                certificate.verify(trustAnchor.getPublicKey());
            } catch (GeneralSecurityException e) {
                throw new InvalidConfigurationException(
                        earlierKey, file + " is not issued by crossflag.pki.trust-anchor");
            }
            own.add(certificate);
        }
        Supplier<X509CRL> crl = crlFile == null ? () -> null : () -> readCrl(trustAnchor, crlFile);
        crl.get();
        return new CheckpointCertificates(trustAnchor, own, crl);
    }

    private static X509CRL readCrl(X509Certificate trustAnchor, Path file) {
        X509CRL crl = CertificateFiles.readCrl("crossflag.pki.crl", file);
        try {
            crl.verify(trustAnchor.getPublicKey());
        } catch (GeneralSecurityException e) {
            throw new InvalidConfigurationException("crossflag.pki.crl", "is not signed by the federation root CA", e);
        }
        return crl;
    }

    /** Why this certificate may not sign a checkpoint made at {@code createdAt}, or null when it may. */
    String problem(X509Certificate certificate, Instant createdAt) {
        if (!certificate.getIssuerX500Principal().equals(trustAnchor.getSubjectX500Principal())) {
            return "the signing certificate is not issued by the federation root CA";
        }
        try {
            certificate.verify(trustAnchor.getPublicKey());
        } catch (GeneralSecurityException e) {
            return "the signing certificate is not issued by the federation root CA";
        }
        if (!own.contains(certificate)) {
            return "the signing certificate (SHA-256 " + fingerprint(certificate)
                    + ") is not one of this node's signing"
                    + " certificates (crossflag.signing.keystore, crossflag.audit.earlier-signing-certificates)";
        }
        try {
            certificate.checkValidity(Date.from(createdAt));
        } catch (GeneralSecurityException e) {
            return "the signing certificate was not valid when the checkpoint was made";
        }
        X509CRL revocations = crl == null ? null : crl.get();
        X509CRLEntry revoked = revocations == null ? null : revocations.getRevokedCertificate(certificate);
        if (revoked != null && !createdAt.isBefore(revoked.getRevocationDate().toInstant())) {
            return "the signing certificate was revoked on "
                    + revoked.getRevocationDate().toInstant() + ", before the checkpoint was made";
        }
        return null;
    }

    private static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            return "unknown";
        }
    }
}
