package org.crossflag.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossflag.it.TestFederation.ESSEX;
import static org.crossflag.it.TestFederation.KENT;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A member that holds a valid federation TLS certificate and has learnt an officer's login tries to reach the
 * officers' API through the federation port, spelling the path every way a server might decode or normalise. The
 * federation port serves {@code /federation/**} only: every spelling gets a 4xx, and no API handler runs.
 */
class FederationPortPathTests {

    /** Spellings of an API path that a server could decode or normalise into /api/alerts or /inbox/. */
    static final List<String> API_PATH_SPELLINGS = List.of(
            "/api/alerts",
            "/%61pi/alerts",
            "/%61%70%69/%61lerts",
            "//api/alerts",
            "/./api/alerts",
            "/api;x=y/alerts",
            "/api/alerts;jsessionid=1",
            "/federation/..;/api/alerts",
            "/federation/../api/alerts",
            "/federation/%2e%2e/api/alerts",
            "/federation/..%2fapi/alerts",
            "/federation/ping/../../api/alerts",
            "/API/alerts",
            "/%41pi/alerts",
            "/%41PI/alerts",
            "/%2561pi/alerts",
            "/api%2falerts",
            "/api/./alerts",
            "/inbox/",
            "/%69nbox/",
            "/federation/..;/inbox/");

    @TempDir
    static Path dir;

    static TestFederation federation;
    static FederationTestClient member;
    static String officerLogin;

    @BeforeAll
    static void start() throws Exception {
        Path secret = HearingsFederation.matchingSecret(dir.resolve("keys"), "matching-v1.key");
        Path policy = HearingsFederation.openPolicy(dir.resolve("policy"));
        federation = new TestFederation(dir, TestFederation.Database.H2, List.of(ESSEX), code -> {
            Map<String, Object> settings = HearingsFederation.settings(code, secret, policy, "PT5S");
            // Counts every request a handler mapping took, by its pattern: the proof that no API handler ran.
            settings.put("management.observations.enable.http.server.requests", "true");
            return settings;
        });
        member = new FederationTestClient(federation.pki.tls.get(KENT), federation.pki.caCertificate());
        officerLogin = "Basic "
                + Base64.getEncoder()
                        .encodeToString((HearingsFederation.COORDINATOR + ":" + HearingsFederation.PASSWORD)
                                .getBytes(StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stop() {
        if (federation != null) {
            federation.close();
        }
    }

    @Test
    void everySpellingOfAnApiPathIsRefusedOnTheFederationPortAndNoApiHandlerRuns() throws Exception {
        RunningNode essex = federation.node(ESSEX);
        // The same login works on the API port, and the request counter sees it: the proof below can fail.
        HearingsFederation.Response onApiPort = new HearingsFederation.Api(essex).get("/api/alerts");
        assertThat(onApiPort.status()).isEqualTo(200);
        double apiRequestsBefore = apiHandlerRequests(essex);
        assertThat(apiRequestsBefore).isEqualTo(1.0);

        List<String> answered = new ArrayList<>();
        for (String path : API_PATH_SPELLINGS) {
            int status =
                    member.rawStatus(essex.port(), "GET", path, Map.of("Authorization", officerLogin), new byte[0]);
            if (status < 400 || status >= 500) {
                answered.add("GET " + path + " -> " + status);
            }
        }
        byte[] hearing = PriorHearingFlagsTests.hearing(
                        "MARAC-ESX-2026-9001",
                        "2026-05-14",
                        PriorHearingFlagsTests.person("ESX-P-9001", "Quentin", "Marlowbrook", "1980-02-02", null),
                        "Essex MARAC coordinator")
                .getBytes(StandardCharsets.UTF_8);
        for (String path : API_PATH_SPELLINGS) {
            String postPath = path.replace("alerts", "hearings");
            int status = member.rawStatus(
                    essex.port(),
                    "POST",
                    postPath,
                    Map.of("Authorization", officerLogin, "Content-Type", "application/json"),
                    hearing);
            if (status < 400 || status >= 500) {
                answered.add("POST " + postPath + " -> " + status);
            }
        }

        assertThat(answered)
                .as("answered other than 4xx on the federation port")
                .isEmpty();
        assertThat(apiHandlerRequests(essex))
                .as("API handler requests after the attempts")
                .isEqualTo(apiRequestsBefore);
        assertThat(essex.jdbc().queryForObject("select count(*) from hearing", Long.class))
                .as("hearings stored")
                .isZero();
        // Federation paths still work on the federation port.
        assertThat(member.rawStatus(essex.port(), "GET", "/federation/ping", Map.of(), new byte[0]))
                .isEqualTo(200);
    }

    @Test
    void federationPathsAreRefusedOnTheApiPortHoweverSpelled() throws Exception {
        RunningNode essex = federation.node(ESSEX);
        List<String> answered = new ArrayList<>();
        for (String path : List.of(
                "/federation/ping",
                "/%66ederation/ping",
                "//federation/ping",
                "/./federation/ping",
                "/federation;x=y/ping",
                "/api/..;/federation/ping",
                "/FEDERATION/ping")) {
            java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(
                                            java.net.URI.create("http://127.0.0.1:" + essex.apiPort() + path))
                                    .header("Authorization", officerLogin)
                                    .GET()
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() < 400 || response.statusCode() >= 500) {
                answered.add(path + " -> " + response.statusCode());
            }
        }
        assertThat(answered).as("answered other than 4xx on the API port").isEmpty();
    }

    /** Requests that a handler mapping matched to an /api/** or /inbox pattern, on either port. */
    private static double apiHandlerRequests(RunningNode node) {
        return node.management("/actuator/prometheus")
                .lines()
                .filter(line -> line.startsWith("http_server_requests_seconds_count{"))
                .filter(line -> line.contains("uri=\"/api") || line.contains("uri=\"/inbox"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
