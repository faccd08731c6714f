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
    void theLocalSystemsPortServesPlainLocalPaths() {
        for (String path : new String[] {"/local/soap/records", "/local/rest/hearings", "/local/rest/v1.2/records"}) {
            assertThat(PortSplit.serves(Port.LOCAL_SYSTEMS, path, path))
                    .as(path)
                    .isTrue();
        }
    }

    /** Raw path as sent, and the path Tomcat decodes and normalises it to. */
    @ParameterizedTest
    @CsvSource({
        "/api/alerts, /api/alerts",
        "/inbox/, /inbox/",
        "/dvds/, /dvds/",
        "/v3/api-docs, /v3/api-docs",
        "/federation/messages, /federation/messages",
        "/actuator/health, /actuator/health",
        "/, /",
        "/local, /local",
        "/local/, /local/",
        "/local/rest/, /local/rest/",
        "/%6cocal/rest/hearings, /local/rest/hearings",
        "/local;x=y/rest/hearings, /local/rest/hearings",
        "/local//rest/hearings, /local/rest/hearings",
        "/local/./rest/hearings, /local/rest/hearings",
        "/local/rest/../rest/hearings, /local/rest/hearings",
        "/local/.., /local/..",
        "/local/rest/., /local/rest/.",
        "/local/rest/..., /local/rest/...",
        "/LOCAL/rest/hearings, /LOCAL/rest/hearings",
        "/local/..;/api/alerts, /api/alerts",
        "/local/%2e%2e/federation/messages, /federation/messages",
        "/local/rest\\hearings, /local/rest\\hearings"
    })
    void theLocalSystemsPortServesNothingElseHoweverSpelt(String raw, String normalised) {
        assertThat(PortSplit.serves(Port.LOCAL_SYSTEMS, raw, normalised)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "/local/rest/hearings, /local/rest/hearings",
        "/%6cocal/rest/hearings, /local/rest/hearings",
        "/api/..;/local/rest/hearings, /local/rest/hearings",
        "/LOCAL/rest/hearings, /LOCAL/rest/hearings",
        "/local;x=y/soap/records, /local/soap/records"
    })
    void neitherTheApiPortNorTheFederationPortServesALocalSystemsPath(String raw, String normalised) {
        assertThat(PortSplit.serves(Port.API, raw, normalised)).isFalse();
        assertThat(PortSplit.serves(Port.FEDERATION, raw, normalised)).isFalse();
        assertThat(PortSplit.serves(Port.OTHER, raw, normalised)).isFalse();
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
