package org.crossflag.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.crossflag.it.TestFederation.ESSEX;
import static org.crossflag.it.TestFederation.SUFFOLK;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * The force's local system, as WireMock over HTTPS, receives signed webhooks from a real node and checks them with a
 * receiver written from the README alone: the Java snippet (copied below) and the shell snippet (read from the README
 * and run with OpenSSL). The first delivery is answered 503, so the node retries it with the same id and a fresh
 * timestamp and signature. One changed byte of the body, or a changed timestamp, fails both receivers.
 */
class SignedWebhookTests {

    static final String SECRET = secret();
    static final Path README = Path.of("..", "README.md");

    @TempDir
    static Path dir;

    static WireMockServer localSystem;
    static TestFederation federation;

    @BeforeAll
    static void start() throws Exception {
        HearingsFederation.LocalSystemsTls localTls = HearingsFederation.localSystemsTls(dir.resolve("local-tls"));
        localSystem = new WireMockServer(localTls.wireMock());
        localSystem.start();
        // Suffolk's case tools are down for the first delivery, then take it.
        localSystem.stubFor(post(urlEqualTo("/alerts/" + SUFFOLK))
                .inScenario("down once")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("up"));
        localSystem.stubFor(post(urlEqualTo("/alerts/" + SUFFOLK))
                .inScenario("down once")
                .whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(204)));
        localSystem.stubFor(
                post(urlEqualTo("/alerts/" + ESSEX)).willReturn(aResponse().withStatus(204)));

        Path matching = HearingsFederation.matchingSecret(dir.resolve("keys"), "matching-v1.key");
        Path policy = HearingsFederation.openPolicy(dir.resolve("policy"));
        federation = new TestFederation(
                dir.resolve("federation"), TestFederation.Database.H2, List.of(ESSEX, SUFFOLK), code -> {
                    Map<String, Object> settings = HearingsFederation.settings(code, matching, policy, "PT15S");
                    localTls.addTo(settings);
                    settings.put(
                            "crossflag.hearings.alert-webhook.url",
                            "https://127.0.0.1:" + localSystem.httpsPort() + "/alerts/" + code);
                    settings.put("crossflag.local-systems.alert-webhook.secret", SECRET);
                    settings.put("crossflag.hearings.alert-push-initial-backoff", "PT1S");
                    return settings;
                });
    }

    @AfterAll
    static void stop() {
        if (federation != null) {
            federation.close();
        }
        localSystem.stop();
    }

    @Test
    void theLocalSystemVerifiesEachDeliveryFromTheReadmeAloneAndRefusesAChangedOne() throws Exception {
        HearingsFederation.Api essex = new HearingsFederation.Api(federation.node(ESSEX));
        HearingsFederation.Api suffolk = new HearingsFederation.Api(federation.node(SUFFOLK));
        assertThat(essex.post(
                                "/api/hearings",
                                PriorHearingFlagsTests.hearing(
                                        "MARAC-ESX-2026-0412",
                                        "2026-05-14",
                                        PriorHearingFlagsTests.person(
                                                "ESX-P-1", "Robert James", "Ashdown", "1986-03-07", "CM2 9XX"),
                                        "Essex MARAC coordinator"))
                        .status())
                .isEqualTo(201);
        HearingsFederation.Response referred = suffolk.post(
                "/api/referrals",
                PriorHearingFlagsTests.referral(
                        "MARAC-SFK-2026-1187",
                        "2026-11-20",
                        PriorHearingFlagsTests.person("SFK-P-77", "Bob", "Ashdown-Hale", "1986-07-03", null)));
        assertThat(referred.status()).as(referred.body()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(45))
                .until(() -> localSystem
                                .findAll(postRequestedFor(urlEqualTo("/alerts/" + SUFFOLK)))
                                .size()
                        >= 2);
        List<LoggedRequest> deliveries = localSystem.findAll(postRequestedFor(urlEqualTo("/alerts/" + SUFFOLK)));
        LoggedRequest refused = deliveries.get(0);
        LoggedRequest taken = deliveries.get(1);

        // The retry is the same delivery: same id, fresh timestamp and signature, and the id is in the body.
        assertThat(taken.getHeader("webhook-id")).isEqualTo(refused.getHeader("webhook-id"));
        assertThat(Long.parseLong(taken.getHeader("webhook-timestamp")))
                .isGreaterThan(Long.parseLong(refused.getHeader("webhook-timestamp")));
        assertThat(taken.getHeader("webhook-signature")).isNotEqualTo(refused.getHeader("webhook-signature"));
        JsonNode body = new ObjectMapper().readTree(taken.getBody());
        assertThat(body.path("type").asText()).isEqualTo("ALERT");
        assertThat(body.path("deliveryId").asText()).isEqualTo(taken.getHeader("webhook-id"));
        assertThat(body.path("kind").asText()).isEqualTo("PRIOR_HEARING_ELSEWHERE");
        assertThat(new String(taken.getBody(), StandardCharsets.UTF_8))
                .doesNotContain("Ashdown")
                .doesNotContain("1986");

        for (LoggedRequest delivery : deliveries) {
            String id = delivery.getHeader("webhook-id");
            String timestamp = delivery.getHeader("webhook-timestamp");
            String signature = delivery.getHeader("webhook-signature");
            byte[] bytes = delivery.getBody();
            assertThat(verify(SECRET, id, timestamp, signature, bytes)).isTrue();
            assertThat(shellVerifies(id, timestamp, signature, bytes)).isTrue();

            byte[] changed = Arrays.copyOf(bytes, bytes.length);
            changed[changed.length / 2] ^= 0x01;
            assertThat(verify(SECRET, id, timestamp, signature, changed)).isFalse();
            assertThat(shellVerifies(id, timestamp, signature, changed)).isFalse();

            String otherTimestamp = Long.toString(Long.parseLong(timestamp) + 1);
            assertThat(verify(SECRET, id, otherTimestamp, signature, bytes)).isFalse();
            assertThat(shellVerifies(id, otherTimestamp, signature, bytes)).isFalse();
        }

        // Taken once, the delivery is not sent again; Essex's alert reached its own endpoint, signed.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !localSystem
                        .findAll(postRequestedFor(urlEqualTo("/alerts/" + ESSEX)))
                        .isEmpty());
        LoggedRequest essexDelivery = localSystem
                .findAll(postRequestedFor(urlEqualTo("/alerts/" + ESSEX)))
                .get(0);
        assertThat(verify(
                        SECRET,
                        essexDelivery.getHeader("webhook-id"),
                        essexDelivery.getHeader("webhook-timestamp"),
                        essexDelivery.getHeader("webhook-signature"),
                        essexDelivery.getBody()))
                .isTrue();
        assertThat(federation
                        .node(SUFFOLK)
                        .jdbc()
                        .queryForObject(
                                "select count(*) from local_push where channel = 'WEBHOOK' and status = 'SENT'"
                                        + " and attempts = 2",
                                Long.class))
                .isEqualTo(1);
        assertThat(localSystem.findAll(postRequestedFor(urlEqualTo("/alerts/" + SUFFOLK))))
                .hasSize(2);
    }

    // The README's Java snippet, as written there.
    static boolean verify(String secret, String id, String timestamp, String signature, byte[] body)
            throws GeneralSecurityException {
        long skew = Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp));
        if (skew > 300) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
        byte[] expected = mac.doFinal(body);
        for (String candidate : signature.split(" ")) {
            if (candidate.startsWith("v1,")
                    && MessageDigest.isEqual(expected, Base64.getDecoder().decode(candidate.substring(3)))) {
                return true;
            }
        }
        return false;
    }

    /** Runs the README's shell snippet as it stands there, in a folder holding body.json. */
    static boolean shellVerifies(String id, String timestamp, String signature, byte[] body)
            throws IOException, InterruptedException {
        Path work = Files.createTempDirectory(dir, "receiver-");
        Files.write(work.resolve("body.json"), body);
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", readmeShellSnippet())
                .directory(work.toFile())
                .redirectErrorStream(true);
        builder.environment().put("WEBHOOK_SECRET", SECRET);
        builder.environment().put("ID", id);
        builder.environment().put("TS", timestamp);
        builder.environment().put("SIG", signature);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        boolean verified = process.exitValue() == 0;
        assertThat(output.strip()).isEqualTo(verified ? "verified" : "signature does not match");
        return verified;
    }

    /** The first sh block after the README's "Verifying a webhook" heading. */
    static String readmeShellSnippet() throws IOException {
        String readme = Files.readString(README);
        int section = readme.indexOf("### Verifying a webhook");
        assertThat(section).as("README section").isNotNegative();
        int start = readme.indexOf("```sh\n", section);
        int end = readme.indexOf("```", start + 6);
        assertThat(start).as("sh block").isPositive();
        return readme.substring(start + 6, end);
    }

    private static String secret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return "whsec_" + Base64.getEncoder().encodeToString(bytes);
    }
}
