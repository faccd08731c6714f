package org.crossflag.gateway.federation.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MemberEndpointsTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://127.0.0.1:9443",
                "https://crossflag.essex.police.example",
                "https://crossflag.essex.police.example:8443/node-1",
                "https://[::1]:9443",
                "https://localhost/a_b/c~d/"
            })
    void plainHttpsEndpointsAreAccepted(String endpoint) {
        assertThat(MemberEndpoints.problem(endpoint)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://{{crossflag.signing.password}}.leak.example",
                "https://127.0.0.1:{{server.port}}",
                "https://host.example/{{x}}",
                "https://host.example/}"
            })
    void bracesAreRefusedAsPlaceholders(String endpoint) {
        assertThat(MemberEndpoints.problem(endpoint))
                .hasValueSatisfying(
                        problem -> assertThat(problem).contains("{ or }").doesNotContain("crossflag.signing.password"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:9443",
                "https://host.example/a$simple",
                "https://host.example/a&b=c",
                "https://user@host.example",
                "https://host.example/RAW(x)",
                "https://-host.example",
                "https://host.example:99999x"
            })
    void anythingButAPlainHttpsUrlIsRefused(String endpoint) {
        assertThat(MemberEndpoints.problem(endpoint)).isPresent();
    }
}
