package org.crossflag.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExamplePkiCommandTests {

    static final Set<String> EXPECTED_FILES = new TreeSet<>(Set.of(
            "README.md",
            "federation-root-ca.pem",
            "federation-root-ca.p12",
            "truststore.p12",
            "federation.crl.pem",
            "members/GB-ESX/tls.p12",
            "members/GB-ESX/tls.pem",
            "members/GB-ESX/signing.p12",
            "members/GB-ESX/signing.pem",
            "members/GB-ESX/signing-public-key.pem",
            "members/GB-KNT/tls.p12",
            "members/GB-KNT/tls.pem",
            "members/GB-KNT/signing.p12",
            "members/GB-KNT/signing.pem",
            "members/GB-KNT/signing-public-key.pem",
            "members/GB-SFK/tls.p12",
            "members/GB-SFK/tls.pem",
            "members/GB-SFK/signing.p12",
            "members/GB-SFK/signing.pem",
            "members/GB-SFK/signing-public-key.pem",
            "members/GB-RVK/signing.p12",
            "members/GB-RVK/signing.pem",
            "operator/operator.p12",
            "operator/operator.pem",
            "operator/operator-public-key.pem"));

    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void generateWritesExactlyTheDocumentedFiles() throws Exception {
        Path pki = temp.resolve("example");

        assertThat(run("generate", "--out", pki.toString())).isZero();

        assertThat(filesUnder(pki)).isEqualTo(EXPECTED_FILES);
    }

    @Test
    void generatedSetChainsToTheCaAndTheCrlRevokesOnlyTheRevokedExample() throws Exception {
        Path pki = generate();
        X509Certificate ca = FederationPki.readCertificatePem(pki.resolve("federation-root-ca.pem"));
        X509CRL crl = FederationPki.readCrlPem(pki.resolve("federation.crl.pem"));
        X509Certificate revoked = FederationPki.readCertificatePem(pki.resolve("members/GB-RVK/signing.pem"));

        for (String code : new String[] {"GB-ESX", "GB-KNT", "GB-SFK"}) {
            TestPki.validate(ca, FederationPki.readCertificatePem(pki.resolve("members/" + code + "/tls.pem")), crl);
            TestPki.validate(
                    ca, FederationPki.readCertificatePem(pki.resolve("members/" + code + "/signing.pem")), crl);
        }
        TestPki.validate(ca, FederationPki.readCertificatePem(pki.resolve("operator/operator.pem")), crl);
        crl.verify(ca.getPublicKey());
        assertThat(crl.getRevokedCertificates()).hasSize(1);
        assertThat(crl.isRevoked(revoked)).isTrue();
    }

    @Test
    void generatedKeyStoresUseDocumentedAliasesAndChains() throws Exception {
        Path pki = generate();
        X509Certificate ca = FederationPki.readCertificatePem(pki.resolve("federation-root-ca.pem"));

        KeyStore trust = load(pki.resolve("truststore.p12"));
        assertThat(trust.isCertificateEntry("federation-root-ca")).isTrue();
        assertThat(trust.getCertificate("federation-root-ca")).isEqualTo(ca);
        assertThat(load(pki.resolve("federation-root-ca.p12")).isKeyEntry("federation-root-ca"))
                .isTrue();
        assertThat(load(pki.resolve("members/GB-KNT/tls.p12")).getCertificateChain("tls"))
                .hasSize(2)
                .endsWith(ca);
        assertThat(load(pki.resolve("members/GB-KNT/signing.p12")).getCertificateChain("signing"))
                .hasSize(2);
        assertThat(load(pki.resolve("operator/operator.p12")).getCertificateChain("operator"))
                .hasSize(2);
        assertThat(FederationPki.readPkcs12(pki.resolve("members/GB-KNT/tls.p12"), PASSWORD)
                        .certificate())
                .isEqualTo(FederationPki.readCertificatePem(pki.resolve("members/GB-KNT/tls.pem")));
    }

    @Test
    void readmeWarnsAndSaysHowToRegenerate() throws Exception {
        Path pki = generate();

        String readme = Files.readString(pki.resolve("README.md"));
        assertThat(readme.lines().limit(4).collect(Collectors.joining("\n")))
                .contains("EXAMPLE ONLY — THESE KEYS ARE PUBLIC");
        assertThat(readme)
                .contains("exec:java -Dexec.args=\"generate --out " + pki)
                .contains("members/GB-RVK/signing.pem");
    }

    @Test
    void generateAgainRemovesStaleFiles() throws Exception {
        Path pki = generate();
        Path stale = Files.createDirectories(pki.resolve("members/GB-OLD")).resolve("tls.pem");
        Files.writeString(stale, "stale");
        byte[] oldCa = Files.readAllBytes(pki.resolve("federation-root-ca.pem"));

        assertThat(run("generate", "--out", pki.toString())).isZero();

        assertThat(stale.getParent()).doesNotExist();
        assertThat(filesUnder(pki)).isEqualTo(EXPECTED_FILES);
        assertThat(Files.readAllBytes(pki.resolve("federation-root-ca.pem"))).isNotEqualTo(oldCa);
    }

    @Test
    void generateRefusesToWipeADirectoryThatIsNotAnExampleSet() throws Exception {
        Path precious = Files.writeString(temp.resolve("notes.txt"), "keep me");

        assertThat(run("generate", "--out", temp.toString())).isEqualTo(2);

        assertThat(precious).hasContent("keep me");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--out").contains("refusing");
    }

    @Test
    void generateHonoursMembersOption() throws Exception {
        Path pki = temp.resolve("two");

        assertThat(run("generate", "--out", pki.toString(), "--members", "GB-AAA,GB-BBB", "--years", "2"))
                .isZero();

        assertThat(pki.resolve("members"))
                .isDirectoryContaining(p -> p.getFileName().toString().equals("GB-AAA"));
        assertThat(pki.resolve("members/GB-ESX")).doesNotExist();
        X509Certificate tls = FederationPki.readCertificatePem(pki.resolve("members/GB-BBB/tls.pem"));
        assertThat(tls.getNotAfter().toInstant())
                .isBefore(java.time.Instant.now().plus(java.time.Duration.ofDays(800)));
    }

    @Test
    void crlCommandReissuesTheCrlWithTheGivenCertificates() throws Exception {
        Path pki = generate();
        Path esxTls = pki.resolve("members/GB-ESX/tls.pem");

        assertThat(run(
                        "crl",
                        "--pki",
                        pki.toString(),
                        "--revoke",
                        esxTls.toString(),
                        pki.resolve("members/GB-KNT/signing.pem").toString()))
                .isZero();

        X509CRL crl = FederationPki.readCrlPem(pki.resolve("federation.crl.pem"));
        crl.verify(FederationPki.readCertificatePem(pki.resolve("federation-root-ca.pem"))
                .getPublicKey());
        assertThat(crl.getRevokedCertificates()).hasSize(2);
        assertThat(crl.isRevoked(FederationPki.readCertificatePem(esxTls))).isTrue();
        assertThat(crl.isRevoked(FederationPki.readCertificatePem(pki.resolve("members/GB-RVK/signing.pem"))))
                .isFalse();
    }

    @Test
    void crlCommandRejectsCertificatesFromAnotherCa() throws Exception {
        Path pki = generate();
        Path other = temp.resolve("other");
        assertThat(run("generate", "--out", other.toString())).isZero();

        assertThat(run(
                        "crl",
                        "--pki",
                        pki.toString(),
                        "--revoke",
                        other.resolve("members/GB-ESX/tls.pem").toString()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--revoke");
    }

    @Test
    void badArgumentsExitWithUsageNamingTheArgument() {
        assertBadArgs("--outt", "generate", "--outt", "x");
        assertBadArgs("--out", "generate");
        assertBadArgs("--years", "generate", "--out", temp.resolve("y").toString(), "--years", "ten");
        assertBadArgs("--members", "generate", "--out", temp.resolve("m").toString(), "--members", "GB-ESX,../x");
        assertBadArgs("'frobnicate'", "frobnicate");
        assertBadArgs("no command", new String[0]);
        assertBadArgs("--revoke", "crl", "--pki", temp.toString());
        assertBadArgs("--out", "generate", "--out", "a", "b");
    }

    @Test
    void helpPrintsUsageAndSucceeds() {
        assertThat(run("help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("generate --out <dir>");
    }

    private void assertBadArgs(String named, String... args) {
        err.reset();
        assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .as(String.join(" ", args))
                .contains(named)
                .contains("Usage:");
    }

    Path generate() {
        Path pki = temp.resolve("pki");
        assertThat(run("generate", "--out", pki.toString()))
                .as(err.toString(StandardCharsets.UTF_8))
                .isZero();
        return pki;
    }

    int run(String... args) {
        return ExamplePkiCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    static Set<String> filesUnder(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static KeyStore load(Path file) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD);
        }
        return store;
    }
}
