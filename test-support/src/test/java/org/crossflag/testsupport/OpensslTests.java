package org.crossflag.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OpensslTests {

    @Test
    void returnsTheExitCodeAndWhatOpensslPrinted() throws Exception {
        Openssl.Result version = Openssl.run("version");

        assertThat(version.exitCode()).isZero();
        assertThat(version.output()).startsWith("OpenSSL");
        assertThat(version.requireSuccess()).isSameAs(version);
    }

    @Test
    void aFailedRunFailsTheTestWithOpensslsOwnWords() throws Exception {
        Openssl.Result failed = Openssl.run("x509", "-in", "/nonexistent/crossflag-test.pem");

        assertThat(failed.exitCode()).isNotZero();
        assertThatThrownBy(failed::requireSuccess)
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("openssl failed (exit " + failed.exitCode() + "): ")
                .hasMessageContaining("crossflag-test.pem");
    }
}
