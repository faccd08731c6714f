package org.crossflag.gateway.federation.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

import org.crossflag.gateway.crypto.CertificateFiles;
import org.crossflag.pki.FederationPki;
import org.junit.jupiter.api.Test;

class ExampleKeysTests {

    static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();

    @Test
    void theCommittedExampleRootCaIsRecognised() {
        assertThat(ExampleKeys.isExampleRootCa(CertificateFiles.readCertificate(
                        "test", REPOSITORY.resolve("certs-example/example/federation-root-ca.pem"))))
                .isTrue();
    }

    @Test
    void aRegeneratedExampleRootCaIsRecognisedByItsName() {
        Instant now = Instant.now();
        assertThat(ExampleKeys.isExampleRootCa(
                        FederationPki.createRootCa(ExampleKeys.EXAMPLE_ROOT_CA_COMMON_NAME, now, now.plusSeconds(3600))
                                .certificate()))
                .isTrue();
        assertThat(ExampleKeys.isExampleRootCa(
                        FederationPki.createRootCa("Essex Federation Root CA", now, now.plusSeconds(3600))
                                .certificate()))
                .isFalse();
    }

    @Test
    void theDemoMatchingSecretIsRecognisedAndAnotherIsNot() throws Exception {
        String demo = Files.readString(
                REPOSITORY.resolve("demo/matching/federation-matching-v1.key"), StandardCharsets.US_ASCII);
        assertThat(ExampleKeys.isDemoMatchingSecret(Base64.getDecoder().decode(demo.strip())))
                .isTrue();
        byte[] own = new byte[32];
        new SecureRandom().nextBytes(own);
        assertThat(ExampleKeys.isDemoMatchingSecret(own)).isFalse();
    }

    @Test
    void theWarningNamesWhatIsPublicAndIsSilentOtherwise() {
        assertThat(new ExampleKeys.Finding(false, false, false).warning()).isEmpty();
        assertThat(new ExampleKeys.Finding(true, false, false).warning())
                .hasValueSatisfying(w -> assertThat(w)
                        .contains("example PKI")
                        .doesNotContain("demo matching key")
                        .contains("own PKI"));
        assertThat(new ExampleKeys.Finding(false, true, true).warning())
                .hasValueSatisfying(
                        w -> assertThat(w).contains("demo matching key").contains("Expected in the demo"));
    }
}
