package org.crossflag.gateway.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Period;
import java.util.List;

import org.crossflag.gateway.node.CrossflagProperties;
import org.junit.jupiter.api.Test;

class PushChannelsTests {

    @Test
    void nothingIsPushedWhileNeitherChannelIsSet() {
        PushChannels channels = PushChannels.from(hearings("", ""));

        assertThat(channels.email()).isFalse();
        assertThat(channels.webhook()).isFalse();
        assertThat(channels.names()).isEmpty();
    }

    @Test
    void anSmtpHostSwitchesEmailOn() {
        PushChannels channels = PushChannels.from(hearings("smtp.example.test", ""));

        assertThat(channels).isEqualTo(new PushChannels(true, false));
        assertThat(channels.names()).containsExactly(EmailChannel.ID);
    }

    @Test
    void aWebhookUrlSwitchesTheWebhookOn() {
        PushChannels channels = PushChannels.from(hearings("  ", "https://alerts.example.test/hook"));

        assertThat(channels).isEqualTo(new PushChannels(false, true));
        assertThat(channels.names()).containsExactly(WebhookChannel.ID);
    }

    @Test
    void bothChannelsAreNamedInAFixedOrder() {
        assertThat(PushChannels.from(hearings("smtp.example.test", "https://alerts.example.test/hook"))
                        .names())
                .containsExactly(EmailChannel.ID, WebhookChannel.ID);
    }

    private static CrossflagProperties.Hearings hearings(String smtpHost, String webhookUrl) {
        CrossflagProperties.AlertEmail email = new CrossflagProperties.AlertEmail(
                smtpHost, 25, "", "", "alerts@example.test", List.of("coordinator@example.test"), true);
        return new CrossflagProperties.Hearings(
                Duration.ofSeconds(5),
                Duration.ofHours(24),
                Duration.ofDays(90),
                Period.ofMonths(12),
                3,
                Period.ofMonths(12),
                2,
                Period.ofYears(3),
                email,
                new CrossflagProperties.AlertWebhook(webhookUrl),
                Duration.ofSeconds(1),
                Duration.ofSeconds(10),
                Duration.ofSeconds(2),
                Duration.ofHours(1),
                Duration.ofSeconds(10));
    }
}
