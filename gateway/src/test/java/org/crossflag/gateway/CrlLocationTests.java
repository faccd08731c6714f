package org.crossflag.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.crossflag.gateway.node.CrossflagProperties;
import org.junit.jupiter.api.Test;

class CrlLocationTests {

    @Test
    void crlIsFetchedBesideTheDirectoryByDefault() {
        assertThat(directory("file:demo-run/directory.json", null).effectiveCrlLocation())
                .isEqualTo("file:demo-run/federation.crl.pem");
        assertThat(directory("file:directory.json", null).effectiveCrlLocation())
                .isEqualTo("file:federation.crl.pem");
        assertThat(directory("https://directory.example/federation/directory.json", " ")
                        .effectiveCrlLocation())
                .isEqualTo("https://directory.example/federation/federation.crl.pem");
    }

    @Test
    void aConfiguredCrlLocationWins() {
        assertThat(directory("file:demo-run/directory.json", "https://crl.example/root.crl")
                        .effectiveCrlLocation())
                .isEqualTo("https://crl.example/root.crl");
    }

    private static CrossflagProperties.Directory directory(String location, String crlLocation) {
        return new CrossflagProperties.Directory(location, Path.of("operator.pem"), Duration.ofMinutes(5), crlLocation);
    }
}
