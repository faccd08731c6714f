package org.crossflag.pki;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The set in certs-example/example is used by demos and other modules' tests, so it must stay whole and valid. */
class CommittedExampleSetTests {

    private static final Path EXAMPLE =
            Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("example");

    @Test
    void holdsEveryDocumentedFile() throws Exception {
        assertThat(ExamplePkiCommandTests.filesUnder(EXAMPLE)).isEqualTo(ExamplePkiCommandTests.EXPECTED_FILES);
        assertThat(Files.readString(EXAMPLE.resolve("README.md"))).contains("EXAMPLE ONLY");
    }

    @Test
    void chainsValidateAndOnlyTheRevokedExampleIsRevoked() throws Exception {
        X509Certificate ca = FederationPki.readCertificatePem(EXAMPLE.resolve("federation-root-ca.pem"));
        X509CRL crl = FederationPki.readCrlPem(EXAMPLE.resolve("federation.crl.pem"));
        for (String code : new String[] {"GB-ESX", "GB-KNT", "GB-SFK"}) {
            TestPki.validate(
                    ca, FederationPki.readCertificatePem(EXAMPLE.resolve("members/" + code + "/tls.pem")), crl);
            TestPki.validate(
                    ca, FederationPki.readCertificatePem(EXAMPLE.resolve("members/" + code + "/signing.pem")), crl);
        }
        assertThat(crl.isRevoked(FederationPki.readCertificatePem(EXAMPLE.resolve("members/GB-RVK/signing.pem"))))
                .isTrue();
    }

    @Test
    void staysValidForAnotherYear() {
        // Fails a year ahead of expiry, so there is time to regenerate (see certs-example/README.md).
        Instant horizon = Instant.now().plus(Duration.ofDays(365));
        X509Certificate ca = FederationPki.readCertificatePem(EXAMPLE.resolve("federation-root-ca.pem"));
        X509CRL crl = FederationPki.readCrlPem(EXAMPLE.resolve("federation.crl.pem"));

        assertThat(ca.getNotAfter().toInstant()).isAfter(horizon);
        assertThat(crl.getNextUpdate().toInstant()).isAfter(horizon);
    }

    @Test
    void keyStoresOpenWithTheDocumentedPassword() {
        Credential signing =
                FederationPki.readPkcs12(EXAMPLE.resolve("members/GB-ESX/signing.p12"), "changeit".toCharArray());

        assertThat(signing.certificate())
                .isEqualTo(FederationPki.readCertificatePem(EXAMPLE.resolve("members/GB-ESX/signing.pem")));
    }
}
