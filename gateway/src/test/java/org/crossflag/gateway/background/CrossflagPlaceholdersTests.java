package org.crossflag.gateway.background;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.crossflag.gateway.node.CrossflagProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class CrossflagPlaceholdersTests {

    @Test
    void defaultsAreOfferedInMillisecondsUnderTheirKeys() {
        CrossflagPlaceholders placeholders = new CrossflagPlaceholders(bind(Map.of("crossflag.node.code", "GB-ESX")));

        assertThat(placeholders.getProperty("crossflag.outbox.poll-interval")).isEqualTo("500");
        assertThat(placeholders.getProperty("crossflag.outbox.wake-linger")).isEqualTo("10");
        assertThat(placeholders.getProperty("crossflag.inbox.poll-interval")).isEqualTo("1000");
        assertThat(placeholders.getProperty("crossflag.hearings.alert-push-interval"))
                .isEqualTo("10000");
        assertThat(placeholders.getProperty("crossflag.background.purge-interval"))
                .isEqualTo("3600000");
        assertThat(placeholders.getProperty("crossflag.health.ping-timeout")).isEqualTo("2000");
    }

    @Test
    void configuredValuesReplaceTheDefaults() {
        CrossflagPlaceholders placeholders = new CrossflagPlaceholders(bind(Map.of(
                "crossflag.node.code", "GB-ESX",
                "crossflag.hearings.alert-push-interval", "PT3S",
                "crossflag.hearings.alert-email.host", "smtp.example.test",
                "crossflag.hearings.alert-email.port", "587")));

        assertThat(placeholders.getProperty("crossflag.hearings.alert-push-interval"))
                .isEqualTo("3000");
        assertThat(placeholders.getProperty("crossflag.hearings.alert-email.host"))
                .isEqualTo("smtp.example.test");
        assertThat(placeholders.getProperty("crossflag.hearings.alert-email.port"))
                .isEqualTo("587");
        assertThat(placeholders.getProperty("crossflag.node.code")).isEqualTo("GB-ESX");
    }

    @Test
    void unknownKeysAndUnofferedKindsAreLeftToOtherSources() {
        CrossflagPlaceholders placeholders = new CrossflagPlaceholders(bind(Map.of("crossflag.node.code", "GB-ESX")));

        assertThat(placeholders.getProperty("crossflag.outbox.no-such-setting")).isNull();
        assertThat(placeholders.getProperty("crossflag.hearings.repeat-window")).isNull();
        assertThat(placeholders.getProperty("crossflag.hearings.alert-email.to"))
                .isNull();
        assertThat(placeholders.getProperty("server.port")).isNull();
    }

    @Test
    void componentNamesBecomeKebabCase() {
        assertThat(CrossflagPlaceholders.kebab("alertPushMaxBackoff")).isEqualTo("alert-push-max-backoff");
        assertThat(CrossflagPlaceholders.kebab("pollInterval")).isEqualTo("poll-interval");
        assertThat(CrossflagPlaceholders.kebab("demo")).isEqualTo("demo");
    }

    private static CrossflagProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("crossflag", CrossflagProperties.class);
    }
}
