package org.crossflag.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.crossflag.it.TestFederation.ESSEX;
import static org.crossflag.it.TestFederation.SUFFOLK;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.crossflag.pki.Credential;
import org.crossflag.pki.FederationPki;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * Webhooks go to the force's own systems over HTTPS only, and the server must prove itself against the node's trust
 * store for local systems (here a test CA of its own). WireMock stands in for the force's case tools: one server with
 * a certificate from the local test CA, one with a certificate from a CA the local trust store does not hold.
 */
class AlertWebhookTlsTests {

    static final char[] PASSWORD = "test-only".toCharArray();

    @TempDir
    static Path dir;

    static WireMockServer trustedHook;
    static WireMockServer untrustedHook;
    static TestFederation federation;

    @BeforeAll
    static void start() throws Exception {
        Path tls = Files.createDirectories(dir.resolve("local-tls"));
        Instant now = Instant.now();
        Credential localCa = FederationPki.createRootCa(
                "Crossflag Test Local Systems CA", now.minusSeconds(3600), now.plus(Duration.ofDays(30)));
        Credential caseTools = FederationPki.issueTlsCredential(
                localCa, "GB-ESX-CASE", now.minusSeconds(3600), now.plus(Duration.ofDays(30)));
        Path caseToolsKeystore = tls.resolve("case-tools.p12");
        FederationPki.writePkcs12(
                caseToolsKeystore,
                "tls",
                PASSWORD,
                caseTools.privateKey(),
                caseTools.certificate(),
                localCa.certificate());
        Path localTrust = tls.resolve("local-systems-truststore.p12");
        FederationPki.writeTrustStore(localTrust, PASSWORD, localCa.certificate());

        trustedHook = new WireMockServer(options()
                .bindAddress("127.0.0.1")
                .httpDisabled(true)
                .dynamicHttpsPort()
                .keystorePath(caseToolsKeystore.toString())
                .keystorePassword(new String(PASSWORD))
                .keyManagerPassword(new String(PASSWORD))
                .keystoreType("PKCS12"));
        trustedHook.start();
        trustedHook.stubFor(
                post(urlPathMatching("/alerts/.*")).willReturn(aResponse().withStatus(204)));

        // Another CA's server, as a stranger on the network would present: valid for 127.0.0.1, but not vouched for.
        Credential otherCa = FederationPki.createRootCa(
                "Crossflag Test Other CA", now.minusSeconds(3600), now.plus(Duration.ofDays(30)));
        Credential stranger = FederationPki.issueTlsCredential(
                otherCa, "GB-ZZZ-HOOK", now.minusSeconds(3600), now.plus(Duration.ofDays(30)));
        Path strangerKeystore = tls.resolve("stranger.p12");
        FederationPki.writePkcs12(
                strangerKeystore,
                "tls",
                PASSWORD,
                stranger.privateKey(),
                stranger.certificate(),
                otherCa.certificate());
        untrustedHook = new WireMockServer(options()
                .bindAddress("127.0.0.1")
                .httpDisabled(true)
                .dynamicHttpsPort()
                .keystorePath(strangerKeystore.toString())
                .keystorePassword(new String(PASSWORD))
                .keyManagerPassword(new String(PASSWORD))
                .keystoreType("PKCS12"));
        untrustedHook.start();
        untrustedHook.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));

        Path secret = HearingsFederation.matchingSecret(dir.resolve("keys"), "matching-v1.key");
        Path policy = HearingsFederation.openPolicy(dir.resolve("policy"));
        federation = new TestFederation(
                dir.resolve("federation"), TestFederation.Database.H2, List.of(ESSEX, SUFFOLK), code -> {
                    Map<String, Object> settings = HearingsFederation.settings(code, secret, policy, "PT15S");
                    settings.put("crossflag.local-systems.truststore", localTrust);
                    settings.put("crossflag.local-systems.truststore-password", new String(PASSWORD));
                    settings.put(
                            "crossflag.local-systems.alert-webhook.secret",
                            HearingsFederation.LocalSystemsTls.WEBHOOK_SECRET);
                    int port = code.equals(SUFFOLK) ? trustedHook.httpsPort() : untrustedHook.httpsPort();
                    settings.put(
                            "crossflag.hearings.alert-webhook.url", "https://127.0.0.1:" + port + "/alerts/" + code);
                    return settings;
                });
    }

    @AfterAll
    static void stop() {
        if (federation != null) {
            federation.close();
        }
        trustedHook.stop();
        if (untrustedHook != null) {
            untrustedHook.stop();
        }
    }

    @Test
    void theWebhookReachesOnlyAServerTheLocalTrustStoreVouchesFor() throws Exception {
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

        // Suffolk's webhook, on a server with a certificate from the local CA, is called.
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> trustedHook.verify(
                        1,
                        postRequestedFor(urlEqualTo("/alerts/" + SUFFOLK))
                                .withRequestBody(matchingJsonPath(
                                        "$.kind",
                                        com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                                                "PRIOR_HEARING_ELSEWHERE")))));

        // Essex's webhook points at a server the local trust store does not vouch for: the push fails and is retried,
        // and the server never sees a request.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> federation
                                .node(ESSEX)
                                .jdbc()
                                .queryForObject(
                                        "select count(*) from local_push where channel = 'WEBHOOK' and attempts >= 1 and status <> 'SENT'",
                                        Long.class)
                        == 1);
        assertThat(untrustedHook.findAll(anyRequestedFor(anyUrl())))
                .as("requests the untrusted server saw")
                .isEmpty();
    }
}
