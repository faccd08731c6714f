package org.crossflag.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crossflag.pki.TestPki.NOT_AFTER;
import static org.crossflag.pki.TestPki.NOT_BEFORE;

import java.math.BigInteger;
import java.security.cert.CRLReason;
import java.security.cert.CertPathValidatorException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.junit.jupiter.api.Test;

class CrlTests {

    private final Credential ca = TestPki.rootCa();
    private final X509Certificate revoked = FederationPki.issueSigningCredential(ca, "GB-RVK", NOT_BEFORE, NOT_AFTER)
            .certificate();
    private final X509Certificate good = FederationPki.issueSigningCredential(ca, "GB-ESX", NOT_BEFORE, NOT_AFTER)
            .certificate();
    private final Instant thisUpdate = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final X509CRL crl =
            FederationPki.createCrl(ca, List.of(revoked), thisUpdate, thisUpdate.plus(Duration.ofDays(30)));

    @Test
    void listsRevokedCertificateForKeyCompromise() {
        assertThat(crl.getVersion()).isEqualTo(2);
        assertThat(crl.isRevoked(revoked)).isTrue();
        assertThat(crl.isRevoked(good)).isFalse();
        assertThat(crl.getRevokedCertificate(revoked).getRevocationReason()).isEqualTo(CRLReason.KEY_COMPROMISE);
        assertThat(crl.getThisUpdate().toInstant()).isEqualTo(thisUpdate);
        assertThat(crl.getNextUpdate().toInstant()).isEqualTo(thisUpdate.plus(Duration.ofDays(30)));
    }

    @Test
    void isSignedByTheCaAndCarriesNumberAndAuthorityKeyId() throws Exception {
        assertThatCode(() -> crl.verify(ca.certificate().getPublicKey())).doesNotThrowAnyException();
        assertThat(crl.getIssuerX500Principal()).isEqualTo(ca.certificate().getSubjectX500Principal());
        BigInteger number = ASN1Integer.getInstance(
                        JcaX509ExtensionUtils.parseExtensionValue(crl.getExtensionValue(Extension.cRLNumber.getId())))
                .getValue();
        assertThat(number).isEqualTo(BigInteger.valueOf(thisUpdate.getEpochSecond()));
        assertThat(crl.getExtensionValue(Extension.authorityKeyIdentifier.getId()))
                .isNotNull();
    }

    @Test
    void doesNotVerifyWithAnotherKey() {
        Credential otherCa = FederationPki.createRootCa("Other CA", NOT_BEFORE, NOT_AFTER);

        assertThatThrownBy(() -> crl.verify(otherCa.certificate().getPublicKey()))
                .isInstanceOf(java.security.SignatureException.class);
    }

    @Test
    void pkixWithTheCrlRejectsRevokedAndAcceptsOthers() {
        assertThatThrownBy(() -> TestPki.validate(ca.certificate(), revoked, crl))
                .isInstanceOf(CertPathValidatorException.class)
                .hasMessageContaining("revoked");
        assertThatCode(() -> TestPki.validate(ca.certificate(), good, crl)).doesNotThrowAnyException();
    }

    @Test
    void refusesToListCertificatesOfAnotherCa() {
        Credential otherCa = FederationPki.createRootCa("Other CA", NOT_BEFORE, NOT_AFTER);
        X509Certificate foreign = FederationPki.issueSigningCredential(otherCa, "GB-XXX", NOT_BEFORE, NOT_AFTER)
                .certificate();

        assertThatThrownBy(() -> FederationPki.createCrl(ca, List.of(foreign), thisUpdate, thisUpdate.plusSeconds(60)))
                .isInstanceOf(PkiException.class);
    }
}
