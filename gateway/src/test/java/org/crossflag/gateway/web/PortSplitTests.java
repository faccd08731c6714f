package org.crossflag.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.crossflag.gateway.web.PortSplit.Port;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortSplitTests {

    @Test
    void theFederationPortServesPlainFederationPaths() {
        assertThat(PortSplit.serves(Port.FEDERATION, "/federation/messages", "/federation/messages"))
                .isTrue();
        assertThat(PortSplit.serves(Port.FEDERATION, "/federation/ping", "/federation/ping"))
                .isTrue();
    }

    /** Raw path as sent, and the path Tomcat decodes and normalises it to. */
    @ParameterizedTest
    @CsvSource({
        "/api/alerts, /api/alerts",
        "/%61pi/alerts, /api/alerts",
        "//api/alerts, /api/alerts",
        "/./api/alerts, /api/alerts",
        "/api;x=y/alerts, /api/alerts",
        "/federation/..;/api/alerts, /api/alerts",
        "/federation/%2e%2e/api/alerts, /api/alerts",
        "/API/alerts, /API/alerts",
        "/%2561pi/alerts, /%61pi/alerts",
        "/inbox/, /inbox/",
        "/, /",
        "/federation, /federation",
        "/federation/, /federation/",
        "/federation/%6dessages, /federation/messages",
        "/federation;x=y/messages, /federation/messages",
        "/federation//messages, /federation/messages",
        "/federation/./messages, /federation/messages",
        "/FEDERATION/messages, /FEDERATION/messages",
        "/federation/../federation/messages, /federation/messages",
        "/v3/api-docs, /v3/api-docs",
        "/swagger-ui/index.html, /swagger-ui/index.html",
        "/federation/..;/v3/api-docs, /v3/api-docs"
    })
    void theFederationPortServesNothingElseHoweverSpelt(String raw, String normalised) {
        assertThat(PortSplit.serves(Port.FEDERATION, raw, normalised)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "/federation/ping, /federation/ping",
        "/%66ederation/ping, /federation/ping",
        "/api/..;/federation/ping, /federation/ping",
        "/FEDERATION/ping, /FEDERATION/ping",
        "/federation;x=y/ping, /federation/ping"
    })
    void theApiPortServesNoFederationPath(String raw, String normalised) {
        assertThat(PortSplit.serves(Port.API, raw, normalised)).isFalse();
    }

    @Test
    void theApiPortServesTheApiAndTheInbox() {
        assertThat(PortSplit.serves(Port.API, "/api/alerts", "/api/alerts")).isTrue();
        assertThat(PortSplit.serves(Port.API, "/inbox/", "/inbox/")).isTrue();
    }

    @Test
    void theApiPortAloneServesTheApisDescription() {
        for (String path : new String[] {"/v3/api-docs", "/v3/api-docs/swagger-config", "/swagger-ui/index.html"}) {
            assertThat(PortSplit.serves(Port.API, path, path)).as(path).isTrue();
            assertThat(PortSplit.serves(Port.FEDERATION, path, path)).as(path).isFalse();
            assertThat(PortSplit.serves(Port.OTHER, path, path)).as(path).isFalse();
        }
        assertThat(PortSplit.serves(Port.OTHER, "/%763/api-docs", "/v3/api-docs"))
                .isFalse();
    }

    @Test
    void theApiPortAloneServesTheDvdsWorkspace() {
        for (String path : new String[] {"/dvds", "/dvds/", "/dvds/workspace.js", "/dvds/dvds.css"}) {
            assertThat(PortSplit.serves(Port.API, path, path)).as(path).isTrue();
            assertThat(PortSplit.serves(Port.FEDERATION, path, path)).as(path).isFalse();
            assertThat(PortSplit.serves(Port.OTHER, path, path)).as(path).isFalse();
        }
        assertThat(PortSplit.serves(Port.OTHER, "/%64vds/", "/dvds/")).isFalse();
    }

    @Test
    void anyOtherPortServesNeitherFederationNorApiPaths() {
        assertThat(PortSplit.serves(Port.OTHER, "/federation/ping", "/federation/ping"))
                .isFalse();
        assertThat(PortSplit.serves(Port.OTHER, "/%61pi/alerts", "/api/alerts")).isFalse();
        assertThat(PortSplit.serves(Port.OTHER, "/inbox/", "/inbox/")).isFalse();
        assertThat(PortSplit.serves(Port.OTHER, "/actuator/health", "/actuator/health"))
                .isTrue();
    }
}
