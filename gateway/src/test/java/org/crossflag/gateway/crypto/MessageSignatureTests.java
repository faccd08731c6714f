package org.crossflag.gateway.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

import org.crossflag.gateway.NodeFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageSignatureTests {

    private static final byte[] MESSAGE =
            "{\"synthetic\":\"message bytes for signing\"}".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    NodeFixture fixture;
    MessageSigner signer;
    SignatureVerifier verifier;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new NodeFixture(dir);
        signer = new MessageSigner(CertificateFiles.readKeyEntry(
                "crossflag.signing.keystore", fixture.signingKeystore(), NodeFixture.PASSWORD.toCharArray()));
        verifier = new SignatureVerifier();
    }

    @Test
    void signatureMadeBySignerVerifiesAgainstItsCertificate() {
        byte[] signature = signer.sign(MESSAGE);

        assertThat(signature).hasSize(64);
        assertThat(verify(signer.certificate(), MESSAGE, signature)).isTrue();
    }

    @Test
    void signerExposesItsCertificateForTheHeader() throws Exception {
        assertThat(signer.certificate()).isEqualTo(fixture.selfSigning.certificate());
        assertThat(Base64.getDecoder().decode(signer.certificateBase64()))
                .isEqualTo(fixture.selfSigning.certificate().getEncoded());
        assertThat(signer.certificateSha256()).isEqualTo(Fingerprints.sha256(fixture.selfSigning.certificate()));
    }

    @Test
    void oneFlippedByteInTheMessageFails() {
        byte[] signature = signer.sign(MESSAGE);
        byte[] tampered = MESSAGE.clone();
        tampered[5] ^= 0x01;

        assertThat(verify(signer.certificate(), tampered, signature)).isFalse();
    }

    @Test
    void oneFlippedByteInTheSignatureFails() {
        byte[] signature = signer.sign(MESSAGE);
        signature[10] ^= 0x01;

        assertThat(verify(signer.certificate(), MESSAGE, signature)).isFalse();
    }

    @Test
    void truncatedEmptyOverlongOrMissingSignatureFails() {
        byte[] signature = signer.sign(MESSAGE);
        byte[] overlong = Arrays.copyOf(signature, 65);

        assertThat(verify(signer.certificate(), MESSAGE, Arrays.copyOf(signature, 63)))
                .isFalse();
        assertThat(verify(signer.certificate(), MESSAGE, new byte[0])).isFalse();
        assertThat(verify(signer.certificate(), MESSAGE, overlong)).isFalse();
        assertThat(verify(signer.certificate(), MESSAGE, null)).isFalse();
    }

    @Test
    void signatureDoesNotVerifyAgainstAnotherMembersKey() {
        byte[] signature = signer.sign(MESSAGE);

        assertThat(verify(fixture.peerSigning.certificate(), MESSAGE, signature))
                .isFalse();
    }

    @Test
    void checkingAgainstAnEcTlsCertificateReturnsFalseWithoutThrowing() {
        byte[] signature = signer.sign(MESSAGE);
        X509Certificate ecCertificate = fixture.selfTls.certificate();
        assertThat(ecCertificate.getPublicKey().getAlgorithm()).isEqualTo("EC");

        assertThatCode(() ->
                        assertThat(verify(ecCertificate, MESSAGE, signature)).isFalse())
                .doesNotThrowAnyException();
        // and the EC key is not cached in a way that breaks the real signer later
        assertThat(verify(signer.certificate(), MESSAGE, signature)).isTrue();
    }

    @Test
    void signatureIsStandardRawEd25519ThatTheJdkVerifies() throws Exception {
        byte[] signature = signer.sign(MESSAGE);

        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initVerify(signer.certificate().getPublicKey());
        jdk.update(MESSAGE);
        assertThat(jdk.verify(signature)).isTrue();

        Signature jdkTampered = Signature.getInstance("Ed25519");
        jdkTampered.initVerify(signer.certificate().getPublicKey());
        jdkTampered.update("other bytes".getBytes(StandardCharsets.UTF_8));
        assertThat(jdkTampered.verify(signature)).isFalse();
    }

    @Test
    void signatureMadeByTheJdkVerifiesWithSignatureVerifier() throws Exception {
        PrivateKey jdkKey = KeyFactory.getInstance("Ed25519")
                .generatePrivate(
                        new PKCS8EncodedKeySpec(fixture.peerSigning.privateKey().getEncoded()));
        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initSign(jdkKey);
        jdk.update(MESSAGE);
        byte[] signature = jdk.sign();

        assertThat(verify(fixture.peerSigning.certificate(), MESSAGE, signature))
                .isTrue();
    }

    @Test
    void ed25519SignaturesAreDeterministic() {
        assertThat(signer.sign(MESSAGE)).isEqualTo(signer.sign(MESSAGE));
    }

    private boolean verify(X509Certificate certificate, byte[] bytes, byte[] signature) {
        return verifier.verify(certificate, bytes, signature);
    }
}
