package org.crossflag.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crossflag.pki.TestPki.NOT_AFTER;
import static org.crossflag.pki.TestPki.NOT_BEFORE;

import java.security.cert.CertPathValidatorException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.util.List;

import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.junit.jupiter.api.Test;

class FederationPkiTests {

    private static final String KEY_USAGE = "2.5.29.15";
    private static final String BASIC_CONSTRAINTS = "2.5.29.19";
    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";

    private final Credential ca = TestPki.rootCa();

    @Test
    void rootCaIsSelfSignedCaWithCertAndCrlSigningOnly() throws Exception {
        X509Certificate cert = ca.certificate();

        cert.verify(cert.getPublicKey());
        assertThat(cert.getSubjectX500Principal().getName())
                .isEqualTo("CN=Test Root CA,O=Crossflag Example Federation");
        assertThat(cert.getBasicConstraints()).isEqualTo(Integer.MAX_VALUE);
        assertThat(cert.getCriticalExtensionOIDs()).contains(KEY_USAGE, BASIC_CONSTRAINTS);
        assertThat(cert.getKeyUsage()).containsExactly(false, false, false, false, false, true, true, false, false);
        assertThat(cert.getExtensionValue(Extension.subjectKeyIdentifier.getId()))
                .isNotNull();
        assertThat(((ECPublicKey) cert.getPublicKey())
                        .getParams()
                        .getCurve()
                        .getField()
                        .getFieldSize())
                .isEqualTo(256);
    }

    @Test
    void tlsCredentialChainsToCaWithServerAndClientAuthAndLoopbackNames() throws Exception {
        X509Certificate cert = FederationPki.issueTlsCredential(ca, "GB-ESX", NOT_BEFORE, NOT_AFTER)
                .certificate();

        TestPki.validate(ca.certificate(), cert, null);
        assertThat(cert.getSubjectX500Principal().getName())
                .isEqualTo("CN=GB-ESX TLS,OU=GB-ESX,O=Crossflag Example Federation");
        assertThat(cert.getSigAlgName()).isEqualTo("SHA256withECDSA");
        assertThat(cert.getPublicKey().getAlgorithm()).isEqualTo("EC");
        assertThat(cert.getKeyUsage()).startsWith(true, false, false, false, false, false, false);
        assertThat(cert.getCriticalExtensionOIDs()).contains(KEY_USAGE, BASIC_CONSTRAINTS);
        assertThat(cert.getBasicConstraints()).isEqualTo(-1);
        assertThat(cert.getExtendedKeyUsage()).containsExactlyInAnyOrder(SERVER_AUTH, CLIENT_AUTH);
        assertThat(cert.getSubjectAlternativeNames())
                .containsExactlyInAnyOrder(List.of(2, "localhost"), List.of(7, "127.0.0.1"));
        assertIssuedByKeyOf(cert, ca.certificate());
        assertThat(cert.getSerialNumber().signum()).isPositive();
        assertThat(cert.getSerialNumber().bitLength()).isLessThanOrEqualTo(128);
    }

    @Test
    void signingCredentialIsEd25519ForSignaturesOnly() throws Exception {
        X509Certificate cert = FederationPki.issueSigningCredential(ca, "GB-KNT", NOT_BEFORE, NOT_AFTER)
                .certificate();

        TestPki.validate(ca.certificate(), cert, null);
        assertThat(cert.getSubjectX500Principal().getName())
                .isEqualTo("CN=GB-KNT message signing,OU=GB-KNT,O=Crossflag Example Federation");
        assertThat(((EdECPublicKey) cert.getPublicKey()).getParams().getName()).isEqualTo("Ed25519");
        assertThat(cert.getKeyUsage()).startsWith(true, true, false, false, false, false, false);
        assertThat(cert.getCriticalExtensionOIDs()).contains(KEY_USAGE, BASIC_CONSTRAINTS);
        assertThat(cert.getBasicConstraints()).isEqualTo(-1);
        assertThat(cert.getExtendedKeyUsage()).isNull();
        assertIssuedByKeyOf(cert, ca.certificate());
    }

    @Test
    void operatorCredentialCarriesDirectorySigningEku() throws Exception {
        X509Certificate cert = FederationPki.issueOperatorCredential(ca, "Test", NOT_BEFORE, NOT_AFTER)
                .certificate();

        TestPki.validate(ca.certificate(), cert, null);
        assertThat(cert.getSubjectX500Principal().getName())
                .isEqualTo("CN=Test directory operator,O=Crossflag Example Federation");
        assertThat(((EdECPublicKey) cert.getPublicKey()).getParams().getName()).isEqualTo("Ed25519");
        assertThat(cert.getKeyUsage()).startsWith(true, true, false, false, false, false, false);
        assertThat(cert.getExtendedKeyUsage()).containsExactly(FederationPki.DIRECTORY_SIGNING_EKU);
    }

    @Test
    void memberCertificatesDoNotCarryTheOperatorEku() throws Exception {
        X509Certificate tls = FederationPki.issueTlsCredential(ca, "GB-ESX", NOT_BEFORE, NOT_AFTER)
                .certificate();

        assertThat(tls.getExtendedKeyUsage()).doesNotContain(FederationPki.DIRECTORY_SIGNING_EKU);
    }

    @Test
    void certificateFromAnotherCaDoesNotValidate() {
        Credential otherCa = FederationPki.createRootCa("Other CA", NOT_BEFORE, NOT_AFTER);
        X509Certificate cert = FederationPki.issueTlsCredential(otherCa, "GB-ESX", NOT_BEFORE, NOT_AFTER)
                .certificate();

        assertThatThrownBy(() -> TestPki.validate(ca.certificate(), cert, null))
                .isInstanceOf(CertPathValidatorException.class);
    }

    @Test
    void serialNumbersDiffer() {
        X509Certificate first = FederationPki.issueTlsCredential(ca, "GB-ESX", NOT_BEFORE, NOT_AFTER)
                .certificate();
        X509Certificate second = FederationPki.issueTlsCredential(ca, "GB-ESX", NOT_BEFORE, NOT_AFTER)
                .certificate();

        assertThat(first.getSerialNumber()).isNotEqualTo(second.getSerialNumber());
    }

    @Test
    void fingerprintIsLowercaseHexSha256OfDer() throws Exception {
        String fingerprint = FederationPki.sha256Fingerprint(ca.certificate());

        assertThat(fingerprint).matches("[0-9a-f]{64}");
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest(ca.certificate().getEncoded());
        assertThat(fingerprint).isEqualTo(java.util.HexFormat.of().formatHex(digest));
    }

    @Test
    void rejectsValidityThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> FederationPki.createRootCa("Bad", NOT_AFTER, NOT_BEFORE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void trustStoreAliasComesFromCommonName() {
        Credential root = FederationPki.createRootCa("Federation Root CA", NOT_BEFORE, NOT_AFTER);

        assertThat(FederationPki.aliasFor(root.certificate())).isEqualTo("federation-root-ca");
    }

    private static void assertIssuedByKeyOf(X509Certificate cert, X509Certificate issuer) throws Exception {
        AuthorityKeyIdentifier aki = AuthorityKeyIdentifier.getInstance(JcaX509ExtensionUtils.parseExtensionValue(
                cert.getExtensionValue(Extension.authorityKeyIdentifier.getId())));
        SubjectKeyIdentifier ski = SubjectKeyIdentifier.getInstance(JcaX509ExtensionUtils.parseExtensionValue(
                issuer.getExtensionValue(Extension.subjectKeyIdentifier.getId())));
        assertThat(aki.getKeyIdentifier()).isEqualTo(ski.getKeyIdentifier());
        assertThat(cert.getIssuerX500Principal()).isEqualTo(issuer.getSubjectX500Principal());
    }
}
