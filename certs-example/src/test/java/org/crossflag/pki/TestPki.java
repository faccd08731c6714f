package org.crossflag.pki;

import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.SignatureException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/** Shared fixtures: validity dates and plain-JDK checks, so tests judge the library with code it does not use. */
final class TestPki {

    static final Instant NOT_BEFORE =
            Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));
    static final Instant NOT_AFTER = NOT_BEFORE.plus(Duration.ofDays(365));

    private TestPki() {}

    static Credential rootCa() {
        return FederationPki.createRootCa("Test Root CA", NOT_BEFORE, NOT_AFTER);
    }

    /** PKIX with the JDK provider; revocation is checked only when a CRL is given. */
    static void validate(X509Certificate anchor, X509Certificate leaf, X509CRL crl) throws GeneralSecurityException {
        CertPath path = CertificateFactory.getInstance("X.509").generateCertPath(List.of(leaf));
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(anchor, null)));
        parameters.setRevocationEnabled(crl != null);
        if (crl != null) {
            parameters.addCertStore(
                    CertStore.getInstance("Collection", new CollectionCertStoreParameters(List.of(crl))));
        }
        CertPathValidator.getInstance("PKIX").validate(path, parameters);
    }

    /** A malformed signature (e.g. R not a curve point) makes the JDK throw rather than return false; both reject. */
    static boolean jdkVerifiesEd25519(X509Certificate cert, byte[] data, byte[] signature)
            throws GeneralSecurityException {
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(cert.getPublicKey());
        verifier.update(data);
        try {
            return verifier.verify(signature);
        } catch (SignatureException e) {
            return false;
        }
    }
}
