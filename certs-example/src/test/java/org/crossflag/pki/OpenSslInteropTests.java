package org.crossflag.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossflag.pki.TestPki.NOT_AFTER;
import static org.crossflag.pki.TestPki.NOT_BEFORE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outside tool named in the design must accept what the library makes. */
class OpenSslInteropTests {

    private static final Path OPENSSL = Path.of("/usr/bin/openssl");
    private static final long TIMEOUT_SECONDS = 30;

    private final Credential ca = TestPki.rootCa();

    @TempDir
    Path dir;

    @BeforeAll
    static void requireOpenSsl() {
        Assumptions.assumeTrue(Files.isExecutable(OPENSSL), "needs " + OPENSSL);
    }

    @Test
    void verifiesMemberCertificatesAgainstTheCa() throws Exception {
        Path caPem = write("ca.pem", ca);
        Path tls = write("tls.pem", FederationPki.issueTlsCredential(ca, "GB-ESX", NOT_BEFORE, NOT_AFTER));
        Path signing = write("signing.pem", FederationPki.issueSigningCredential(ca, "GB-ESX", NOT_BEFORE, NOT_AFTER));

        assertThat(openssl("verify", "-CAfile", caPem.toString(), tls.toString()))
                .isZero();
        assertThat(openssl("verify", "-CAfile", caPem.toString(), signing.toString()))
                .isZero();
        assertThat(openssl("verify", "-purpose", "sslserver", "-CAfile", caPem.toString(), tls.toString()))
                .isZero();
        assertThat(openssl("verify", "-purpose", "sslclient", "-CAfile", caPem.toString(), tls.toString()))
                .isZero();
    }

    @Test
    void rejectsCertificateFromAnotherCa() throws Exception {
        Path caPem = write("ca.pem", ca);
        Credential otherCa = FederationPki.createRootCa("Other CA", NOT_BEFORE, NOT_AFTER);
        Path foreign = write("foreign.pem", FederationPki.issueTlsCredential(otherCa, "GB-ESX", NOT_BEFORE, NOT_AFTER));

        assertThat(openssl("verify", "-CAfile", caPem.toString(), foreign.toString()))
                .isNotZero();
    }

    @Test
    void crlCheckRejectsRevokedAndAcceptsOthers() throws Exception {
        Credential revoked = FederationPki.issueSigningCredential(ca, "GB-RVK", NOT_BEFORE, NOT_AFTER);
        Path caPem = write("ca.pem", ca);
        Path revokedPem = write("revoked.pem", revoked);
        Path goodPem = write("good.pem", FederationPki.issueSigningCredential(ca, "GB-ESX", NOT_BEFORE, NOT_AFTER));
        Path crl = dir.resolve("crl.pem");
        FederationPki.writePem(crl, FederationPki.createCrl(ca, List.of(revoked.certificate()), NOT_BEFORE, NOT_AFTER));

        assertThat(openssl(
                        "verify",
                        "-crl_check",
                        "-CRLfile",
                        crl.toString(),
                        "-CAfile",
                        caPem.toString(),
                        revokedPem.toString()))
                .isNotZero();
        assertThat(openssl(
                        "verify",
                        "-crl_check",
                        "-CRLfile",
                        crl.toString(),
                        "-CAfile",
                        caPem.toString(),
                        goodPem.toString()))
                .isZero();
    }

    @Test
    void verifiesRawEd25519SignatureAndRejectsChangedBytes() throws Exception {
        Credential signing = FederationPki.issueSigningCredential(ca, "GB-ESX", NOT_BEFORE, NOT_AFTER);
        Path data = Files.writeString(
                dir.resolve("msg.json"), "{\"type\":\"CrossAreaAlert\",\"ref\":\"EX-42\"}\n", StandardCharsets.UTF_8);
        Path sig = Files.write(
                dir.resolve("msg.sig"), FederationPki.signEd25519(signing.privateKey(), Files.readAllBytes(data)));
        Path pub = dir.resolve("pub.pem");
        FederationPki.writePublicKeyPem(pub, signing.certificate());

        assertThat(pkeyutlVerify(pub, data, sig)).isZero();

        flipOneByte(data, 3);
        assertThat(pkeyutlVerify(pub, data, sig)).isNotZero();
        flipOneByte(data, 3);
        flipOneByte(sig, 0);
        assertThat(pkeyutlVerify(pub, data, sig)).isNotZero();
    }

    @Test
    void readsPkcs12FilesWithEcAndEd25519Keys() throws Exception {
        Credential tls = FederationPki.issueTlsCredential(ca, "GB-ESX", NOT_BEFORE, NOT_AFTER);
        Credential signing = FederationPki.issueSigningCredential(ca, "GB-ESX", NOT_BEFORE, NOT_AFTER);
        Path tlsP12 = dir.resolve("tls.p12");
        Path signingP12 = dir.resolve("signing.p12");
        FederationPki.writePkcs12(
                tlsP12, "tls", "changeit".toCharArray(), tls.privateKey(), tls.certificate(), ca.certificate());
        FederationPki.writePkcs12(
                signingP12,
                "signing",
                "changeit".toCharArray(),
                signing.privateKey(),
                signing.certificate(),
                ca.certificate());

        for (Path p12 : List.of(tlsP12, signingP12)) {
            assertThat(openssl(
                            "pkcs12",
                            "-in",
                            p12.toString(),
                            "-passin",
                            "pass:changeit",
                            "-nodes",
                            "-out",
                            dir.resolve("dump.pem").toString()))
                    .as(p12.toString())
                    .isZero();
            assertThat(openssl(
                            "pkcs12",
                            "-in",
                            p12.toString(),
                            "-passin",
                            "pass:wrong",
                            "-nodes",
                            "-out",
                            dir.resolve("dump.pem").toString()))
                    .isNotZero();
        }
    }

    private Path write(String name, Credential credential) {
        Path file = dir.resolve(name);
        FederationPki.writePem(file, credential.certificate());
        return file;
    }

    private int pkeyutlVerify(Path pub, Path data, Path sig) throws Exception {
        return openssl(
                "pkeyutl",
                "-verify",
                "-pubin",
                "-inkey",
                pub.toString(),
                "-rawin",
                "-in",
                data.toString(),
                "-sigfile",
                sig.toString());
    }

    private static void flipOneByte(Path file, int index) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[index] ^= 0x01;
        Files.write(file, bytes);
    }

    /** Runs openssl with output to a file, so a full pipe can never stall it, and kills it after the timeout. */
    private int openssl(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(OPENSSL.toString());
        command.addAll(List.of(args));
        Path log = Files.createTempFile(dir, "openssl", ".log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("openssl timed out: " + command);
        }
        return process.exitValue();
    }
}
