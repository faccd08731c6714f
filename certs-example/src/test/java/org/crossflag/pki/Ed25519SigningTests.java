package org.crossflag.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crossflag.pki.TestPki.NOT_AFTER;
import static org.crossflag.pki.TestPki.NOT_BEFORE;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class Ed25519SigningTests {

    private static final byte[] DATA =
            "{\"type\":\"PriorHearingQuery\",\"ref\":\"EX-0001\"}".getBytes(StandardCharsets.UTF_8);

    private final Credential ca = TestPki.rootCa();
    private final Credential signing = FederationPki.issueSigningCredential(ca, "GB-ESX", NOT_BEFORE, NOT_AFTER);

    @Test
    void signatureIsRaw64BytesAndVerifiesWithJdk() throws Exception {
        byte[] signature = FederationPki.signEd25519(signing.privateKey(), DATA);

        assertThat(signature).hasSize(64);
        assertThat(TestPki.jdkVerifiesEd25519(signing.certificate(), DATA, signature))
                .isTrue();
    }

    @Test
    void oneChangedByteInDataFailsVerification() throws Exception {
        byte[] signature = FederationPki.signEd25519(signing.privateKey(), DATA);
        byte[] changed = DATA.clone();
        changed[10] ^= 0x01;

        assertThat(TestPki.jdkVerifiesEd25519(signing.certificate(), changed, signature))
                .isFalse();
    }

    @Test
    void oneChangedByteAnywhereInSignatureFailsVerification() throws Exception {
        byte[] signature = FederationPki.signEd25519(signing.privateKey(), DATA);
        for (int i = 0; i < signature.length; i++) {
            byte[] changed = signature.clone();
            changed[i] ^= 0x01;

            assertThat(TestPki.jdkVerifiesEd25519(signing.certificate(), DATA, changed))
                    .as("byte %d", i)
                    .isFalse();
        }
    }

    @Test
    void signatureFromAnotherKeyDoesNotVerify() throws Exception {
        Credential other = FederationPki.issueSigningCredential(ca, "GB-KNT", NOT_BEFORE, NOT_AFTER);
        byte[] signature = FederationPki.signEd25519(other.privateKey(), DATA);

        assertThat(TestPki.jdkVerifiesEd25519(signing.certificate(), DATA, signature))
                .isFalse();
    }

    @Test
    void refusesNonEd25519Keys() {
        assertThatThrownBy(() -> FederationPki.signEd25519(ca.privateKey(), DATA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Ed25519");
    }
}
