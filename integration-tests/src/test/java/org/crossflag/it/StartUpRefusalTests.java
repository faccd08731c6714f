package org.crossflag.it;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crossflag.it.TestFederation.ESSEX;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings that would leave a node open are refused at start-up, and the failure names the key: a plain-text
 * ({noop}) password outside tests, a webhook over plain HTTP, and a webhook without a usable signing secret.
 */
class StartUpRefusalTests {

    @TempDir
    Path dir;

    @Test
    void aNoopPasswordStopsTheNodeNamingTheKeyWhenTheTestOnlySettingIsOff() throws Exception {
        Map<String, Object> settings = settings();
        settings.remove(HearingsFederation.PLAIN_TEXT_PASSWORDS_FOR_TESTS);
        assertThatThrownBy(() -> new TestFederation(
                                dir.resolve("federation"), TestFederation.Database.H2, List.of(ESSEX), code -> settings)
                        .close())
                .hasStackTraceContaining("crossflag.api.users[0].password")
                .hasStackTraceContaining("{noop}");
    }

    @Test
    void aPlainHttpWebhookStopsTheNodeNamingTheKey() throws Exception {
        Map<String, Object> settings = settings();
        settings.put("crossflag.hearings.alert-webhook.url", "http://127.0.0.1:9/alerts");
        assertThatThrownBy(() -> new TestFederation(
                                dir.resolve("federation"), TestFederation.Database.H2, List.of(ESSEX), code -> settings)
                        .close())
                // Spring names constraint violations on records in camelCase, a form relaxed binding also accepts.
                .hasStackTraceContaining("crossflag.hearings.alertWebhook.url")
                .hasStackTraceContaining("must be an https:// URL");
    }

    @Test
    void aWebhookWithoutItsSigningSecretStopsTheNodeNamingTheKey() throws Exception {
        Map<String, Object> settings = settings();
        settings.put("crossflag.hearings.alert-webhook.url", "https://127.0.0.1:9/alerts");
        assertThatThrownBy(() -> new TestFederation(
                                dir.resolve("federation"), TestFederation.Database.H2, List.of(ESSEX), code -> settings)
                        .close())
                .hasStackTraceContaining("crossflag.local-systems.alert-webhook.secret: required");
    }

    @Test
    void aShortWebhookSecretStopsTheNodeNamingTheKeyButNotTheSecret() throws Exception {
        Map<String, Object> settings = settings();
        settings.put("crossflag.hearings.alert-webhook.url", "https://127.0.0.1:9/alerts");
        String shortSecret = "whsec_c2l4dGVlbi1ieXRlcy1vbg=="; // 16 bytes
        settings.put("crossflag.local-systems.alert-webhook.secret", shortSecret);
        assertThatThrownBy(() -> new TestFederation(
                                dir.resolve("federation"), TestFederation.Database.H2, List.of(ESSEX), code -> settings)
                        .close())
                .hasStackTraceContaining("crossflag.local-systems.alert-webhook.secret: must hold 24 to 64 bytes")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(stackTrace(e))
                        .doesNotContain("c2l4dGVlbi1ieXRlcy1vbg=="));
    }

    private static String stackTrace(Throwable e) {
        java.io.StringWriter out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }

    private Map<String, Object> settings() throws Exception {
        Path secret = HearingsFederation.matchingSecret(dir.resolve("keys"), "matching-v1.key");
        Path policy = HearingsFederation.openPolicy(dir.resolve("policy"));
        return HearingsFederation.settings(ESSEX, secret, policy, "PT5S");
    }
}
