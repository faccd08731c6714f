package org.crossflag.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crossflag.pki.TestPki.NOT_AFTER;
import static org.crossflag.pki.TestPki.NOT_BEFORE;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509CRL;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everything written here must load with the plain JDK, as the gateway loads it. */
class KeyStoreRoundTripTests {

    private static final char[] PASSWORD = "changeit".toCharArray();
    private static final byte[] DATA = "{\"message\":\"example\"}".getBytes(StandardCharsets.UTF_8);

    private final Credential ca = TestPki.rootCa();

    @TempDir
    Path dir;

    @Test
    void ecTlsKeyLoadsWithPlainJdkAndSigns() throws Exception {
        Credential tls = FederationPki.issueTlsCredential(ca, "GB-ESX", NOT_BEFORE, NOT_AFTER);
        Path file = dir.resolve("tls.p12");
        FederationPki.writePkcs12(file, "tls", PASSWORD, tls.privateKey(), tls.certificate(), ca.certificate());

        KeyStore store = loadWithJdk(file);
        Key key = store.getKey("tls", PASSWORD);
        assertThat(key.getAlgorithm()).isEqualTo("EC");
        assertThat(store.getCertificateChain("tls")).containsExactly(tls.certificate(), ca.certificate());

        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign((PrivateKey) key);
        signer.update(DATA);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(tls.certificate().getPublicKey());
        verifier.update(DATA);
        assertThat(verifier.verify(signature)).isTrue();
    }

    @Test
    void ed25519SigningKeyLoadsWithPlainJdkAndStillSigns() throws Exception {
        Credential signing = FederationPki.issueSigningCredential(ca, "GB-ESX", NOT_BEFORE, NOT_AFTER);
        Path file = dir.resolve("signing.p12");
        FederationPki.writePkcs12(
                file, "signing", PASSWORD, signing.privateKey(), signing.certificate(), ca.certificate());

        KeyStore store = loadWithJdk(file);
        PrivateKey loaded = (PrivateKey) store.getKey("signing", PASSWORD);
        assertThat(loaded.getAlgorithm()).isIn("EdDSA", "Ed25519");
        assertThat(store.getCertificateChain("signing")).containsExactly(signing.certificate(), ca.certificate());

        // Ed25519 is deterministic: the same key gives the same signature.
        byte[] fromLoaded = FederationPki.signEd25519(loaded, DATA);
        assertThat(fromLoaded).isEqualTo(FederationPki.signEd25519(signing.privateKey(), DATA));
        assertThat(TestPki.jdkVerifiesEd25519(signing.certificate(), DATA, fromLoaded))
                .isTrue();

        Signature jdkSigner = Signature.getInstance("Ed25519");
        jdkSigner.initSign(loaded);
        jdkSigner.update(DATA);
        assertThat(jdkSigner.sign()).isEqualTo(fromLoaded);
    }

    @Test
    void readPkcs12ReturnsKeyAndLeafCertificate() {
        Credential signing = FederationPki.issueSigningCredential(ca, "GB-KNT", NOT_BEFORE, NOT_AFTER);
        Path file = dir.resolve("nested/signing.p12");
        FederationPki.writePkcs12(
                file, "signing", PASSWORD, signing.privateKey(), signing.certificate(), ca.certificate());

        Credential read = FederationPki.readPkcs12(file, PASSWORD);

        assertThat(read.certificate()).isEqualTo(signing.certificate());
        assertThat(FederationPki.signEd25519(read.privateKey(), DATA))
                .isEqualTo(FederationPki.signEd25519(signing.privateKey(), DATA));
    }

    @Test
    void readPkcs12WithWrongPasswordFails() {
        Path file = dir.resolve("ca.p12");
        FederationPki.writePkcs12(file, "ca", PASSWORD, ca.privateKey(), ca.certificate());

        assertThatThrownBy(() -> FederationPki.readPkcs12(file, "wrong".toCharArray()))
                .isInstanceOf(PkiException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void trustStoreHoldsTrustedCertificateEntries() throws Exception {
        Path file = dir.resolve("truststore.p12");
        FederationPki.writeTrustStore(file, PASSWORD, ca.certificate());

        KeyStore store = loadWithJdk(file);
        assertThat(store.size()).isEqualTo(1);
        assertThat(store.isCertificateEntry("test-root-ca")).isTrue();
        assertThat(store.getCertificate("test-root-ca")).isEqualTo(ca.certificate());
    }

    @Test
    void pemFilesRoundTrip() throws Exception {
        Path certFile = dir.resolve("ca.pem");
        Path crlFile = dir.resolve("crl.pem");
        Path keyFile = dir.resolve("pub.pem");
        X509CRL crl = FederationPki.createCrl(ca, List.of(), NOT_BEFORE, NOT_AFTER);

        FederationPki.writePem(certFile, ca.certificate());
        FederationPki.writePem(crlFile, crl);
        FederationPki.writePublicKeyPem(keyFile, ca.certificate());

        assertThat(Files.readString(certFile)).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(Files.readString(crlFile)).startsWith("-----BEGIN X509 CRL-----");
        assertThat(Files.readString(keyFile)).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(FederationPki.readCertificatePem(certFile)).isEqualTo(ca.certificate());
        assertThat(FederationPki.readCrlPem(crlFile)).isEqualTo(crl);
    }

    private static KeyStore loadWithJdk(Path file) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD);
        }
        return store;
    }
}
