package org.crossflag.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FreshCrlCommandTests {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void freshCrlKeepsTheRevocationsIsSignedByTheRootCaAndLivesSevenDaysByDefault() throws Exception {
        Path pki = temp.resolve("example");
        assertThat(run("generate", "--out", pki.toString())).isZero();
        Path fresh = temp.resolve("run/federation.crl.pem");
        Instant before = Instant.now().minusSeconds(1);

        assertThat(run("fresh-crl", "--pki", pki.toString(), "--out", fresh.toString()))
                .isZero();

        X509CRL crl = FederationPki.readCrlPem(fresh);
        crl.verify(FederationPki.readCertificatePem(pki.resolve("federation-root-ca.pem"))
                .getPublicKey());
        assertThat(crl.isRevoked(FederationPki.readCertificatePem(pki.resolve("members/GB-RVK/signing.pem"))))
                .isTrue();
        assertThat(crl.isRevoked(FederationPki.readCertificatePem(pki.resolve("members/GB-ESX/signing.pem"))))
                .isFalse();
        assertThat(crl.getThisUpdate().toInstant())
                .isAfterOrEqualTo(before.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(Duration.between(
                        crl.getThisUpdate().toInstant(), crl.getNextUpdate().toInstant()))
                .isEqualTo(Duration.ofDays(7));
        // CRL times have one-second resolution, so a CRL made in the same second as the set is not newer, only as new.
        X509CRL generated = FederationPki.readCrlPem(pki.resolve("federation.crl.pem"));
        assertThat(crl.getThisUpdate()).isAfterOrEqualTo(generated.getThisUpdate());
        assertThat(crl.getNextUpdate()).isBefore(generated.getNextUpdate());
    }

    @Test
    void validDaysSetsTheNextUpdateAndAMissingPkiIsAUsageError() throws Exception {
        Path pki = temp.resolve("example");
        assertThat(run("generate", "--out", pki.toString())).isZero();
        Path fresh = temp.resolve("crl.pem");

        assertThat(run("fresh-crl", "--pki", pki.toString(), "--out", fresh.toString(), "--valid-days", "2"))
                .isZero();
        X509CRL crl = FederationPki.readCrlPem(fresh);
        assertThat(Duration.between(
                        crl.getThisUpdate().toInstant(), crl.getNextUpdate().toInstant()))
                .isEqualTo(Duration.ofDays(2));

        assertThat(run("fresh-crl", "--pki", temp.resolve("nothing").toString(), "--out", fresh.toString()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--pki");
    }

    private int run(String... args) {
        return ExamplePkiCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
