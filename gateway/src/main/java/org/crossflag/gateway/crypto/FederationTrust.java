package org.crossflag.gateway.crypto;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Decides whether a certificate belongs to the federation: issued by the federation root CA, inside its
 * validity period and not on the CA's CRL. The costly issuer-signature check is cached per fingerprint;
 * validity and revocation are checked on every call, so a new CRL takes effect at once.
 */
public final class FederationTrust {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FederationTrust.class);

    private final X509Certificate trustAnchor;
    private final Supplier<X509CRL> crlSource;
    private final Clock clock;
    // Keyed by the certificate (equality is by its DER), never by a fingerprint the caller supplies.
    private final Cache<X509Certificate, Boolean> issuedByAnchor = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofHours(12))
            .build();
    private volatile RevokedSerials revoked;

    public FederationTrust(X509Certificate trustAnchor, Supplier<X509CRL> crlSource, Clock clock) {
        this.trustAnchor = trustAnchor;
        this.crlSource = crlSource;
        this.clock = clock;
        reloadCrl();
    }

    /** Re-reads the CRL on schedule; a CRL that cannot be read or is not the CA's is refused and the old one kept. */
    public boolean refreshCrl() {
        try {
            reloadCrl();
            return true;
        } catch (RuntimeException e) {
            log.warn("CRL refresh refused, keeping the previous CRL: {}", e.getMessage());
            return false;
        }
    }

    /** Re-reads the CRL. A CRL that is not signed by the trust anchor, or older than the one in force, is refused. */
    public void reloadCrl() {
        X509CRL crl = crlSource.get();
        if (!offerCrl(crl)) {
            throw new IllegalStateException("CRL issued " + crl.getThisUpdate().toInstant()
                    + " is older than the one in force (" + revoked.thisUpdate() + ")");
        }
    }

    /**
     * Puts a CRL from any source in force if the trust anchor signed it and it is not older than the one in
     * force. Returns false, keeping the current CRL, when it is older; throws when it is not the CA's.
     */
    public synchronized boolean offerCrl(X509CRL crl) {
        try {
            crl.verify(trustAnchor.getPublicKey());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("CRL is not signed by the federation root CA", e);
        }
        if (!crl.getIssuerX500Principal().equals(trustAnchor.getSubjectX500Principal())) {
            throw new IllegalStateException("CRL issuer is not the federation root CA");
        }
        RevokedSerials current = revoked;
        if (current != null && crl.getThisUpdate().toInstant().isBefore(current.thisUpdate())) {
            return false;
        }
        Set<BigInteger> serials = crl.getRevokedCertificates() == null
                ? Set.of()
                : crl.getRevokedCertificates().stream()
                        .map(X509CRLEntry::getSerialNumber)
                        .collect(Collectors.toUnmodifiableSet());
        revoked = new RevokedSerials(
                serials,
                crl.getThisUpdate().toInstant(),
                crl.getNextUpdate() == null ? null : crl.getNextUpdate().toInstant());
        return true;
    }

    public CertificateStatus check(X509Certificate certificate) {
        if (!issuedByAnchor.get(certificate, this::isIssuedByAnchor)) {
            return CertificateStatus.UNTRUSTED;
        }
        Date now = Date.from(clock.instant());
        if (now.after(certificate.getNotAfter())) {
            return CertificateStatus.EXPIRED;
        }
        if (now.before(certificate.getNotBefore())) {
            return CertificateStatus.NOT_YET_VALID;
        }
        RevokedSerials crl = revoked;
        if (crl.serials().contains(certificate.getSerialNumber())) {
            return CertificateStatus.REVOKED;
        }
        if (crl.nextUpdate() != null && now.toInstant().isAfter(crl.nextUpdate())) {
            // Deny by default: past its nextUpdate the CRL can no longer vouch that nothing was revoked.
            return CertificateStatus.REVOCATION_UNKNOWN;
        }
        return CertificateStatus.VALID;
    }

    public X509Certificate trustAnchor() {
        return trustAnchor;
    }

    public int revokedCount() {
        return revoked.serials().size();
    }

    private boolean isIssuedByAnchor(X509Certificate certificate) {
        if (!certificate.getIssuerX500Principal().equals(trustAnchor.getSubjectX500Principal())) {
            return false;
        }
        try {
            certificate.verify(trustAnchor.getPublicKey());
            return certificate.getBasicConstraints() < 0;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** When the CRL in force was issued. */
    public java.time.Instant crlThisUpdate() {
        return revoked.thisUpdate();
    }

    /** When the CRL in force must be replaced, or null if it names no next update. */
    public java.time.Instant crlNextUpdate() {
        return revoked.nextUpdate();
    }

    private record RevokedSerials(
            Set<BigInteger> serials, java.time.Instant thisUpdate, java.time.Instant nextUpdate) {}
}
