package org.crossflag.adapter.maraccsv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The settings' old names, adapters.marac-csv.*, still work with a warning; one setting under both names fails. */
@ExtendWith(OutputCaptureExtension.class)
class MaracCsvSettingsMoveTests {

    static final String WARNING = "The setting %s is deprecated and will be removed: rename it %s";

    final MaracCsvSettingsMove move = new MaracCsvSettingsMove(Supplier<Log>::get);

    @Test
    void oldNamesAreReadAsTheNewOnesAndEachIsWarnedOnce(CapturedOutput output) {
        StandardEnvironment environment = environment(Map.of(
                "adapters.marac-csv.enabled", "true",
                "adapters.marac-csv.inbox", "/srv/crossflag/marac-inbox",
                "adapters.marac-csv.poll-interval", "PT2S"));

        move.postProcessEnvironment(environment, new SpringApplication());
        move.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("crossflag.adapters.marac-csv.enabled"))
                .isEqualTo("true");
        assertThat(environment.getProperty("crossflag.adapters.marac-csv.inbox"))
                .isEqualTo("/srv/crossflag/marac-inbox");
        MaracCsvProperties bound =
                Binder.get(environment).bindOrCreate(MaracCsvProperties.PREFIX, MaracCsvProperties.class);
        assertThat(bound.pollInterval()).hasSeconds(2);
        for (String setting : new String[] {"enabled", "inbox", "poll-interval"}) {
            String warning =
                    WARNING.formatted("adapters.marac-csv." + setting, "crossflag.adapters.marac-csv." + setting);
            assertThat(output.getAll()).containsOnlyOnce(warning);
        }
        assertThat(output.getAll()).doesNotContain("adapter-id").doesNotContain("/srv/crossflag");
    }

    @Test
    void oldNamesFromEnvironmentVariablesAreReadToo(CapturedOutput output) {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of(
                                        "ADAPTERS_MARACCSV_ENABLED",
                                        "true",
                                        "ADAPTERS_MARACCSV_ADAPTERID",
                                        "kent-marac")));

        move.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("crossflag.adapters.marac-csv.enabled"))
                .isEqualTo("true");
        assertThat(environment.getProperty("crossflag.adapters.marac-csv.adapter-id"))
                .isEqualTo("kent-marac");
        assertThat(output.getAll())
                .containsOnlyOnce(
                        WARNING.formatted("adapters.marac-csv.adapter-id", "crossflag.adapters.marac-csv.adapter-id"));
    }

    @Test
    void aMistypedOldNameMovesAndIsThereforeStillRefusedAsUnknown() {
        StandardEnvironment environment = environment(Map.of("adapters.marac-csv.inbx", "/srv/in"));

        move.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("crossflag.adapters.marac-csv.inbx")).isEqualTo("/srv/in");
    }

    @Test
    void newNamesAloneAreLeftAsTheyAreWithoutAWarning(CapturedOutput output) {
        StandardEnvironment environment = environment(Map.of(
                "crossflag.adapters.marac-csv.enabled", "true", "crossflag.adapters.marac-csv.inbox", "/srv/in"));

        move.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getPropertySources().contains(MaracCsvSettingsMove.MOVED_SOURCE))
                .isFalse();
        assertThat(environment.getProperty("crossflag.adapters.marac-csv.inbox"))
                .isEqualTo("/srv/in");
        assertThat(output.getAll()).doesNotContain("deprecated");
    }

    @Test
    void oneSettingUnderBothNamesIsRefusedNamingBoth(CapturedOutput output) {
        StandardEnvironment environment = environment(Map.of(
                "adapters.marac-csv.enabled", "true",
                "adapters.marac-csv.inbox", "/srv/old",
                "crossflag.adapters.marac-csv.inbox", "/srv/new"));

        assertThatThrownBy(() -> move.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOfSatisfying(
                        MaracCsvConfigurationException.class,
                        e -> assertThat(e.key()).isEqualTo("adapters.marac-csv.inbox"))
                .hasMessage("adapters.marac-csv.inbox: set together with crossflag.adapters.marac-csv.inbox, its "
                        + "new name; keep only crossflag.adapters.marac-csv.inbox")
                .hasMessageNotContaining("/srv/");
        assertThat(environment.getProperty("crossflag.adapters.marac-csv.enabled"))
                .isNull();
        assertThat(output.getAll()).doesNotContain("deprecated");
    }

    @Test
    void mixedOldAndNewNamesForDifferentSettingsAreFine() {
        StandardEnvironment environment = environment(
                Map.of("adapters.marac-csv.enabled", "true", "crossflag.adapters.marac-csv.inbox", "/srv/new"));

        move.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("crossflag.adapters.marac-csv.enabled"))
                .isEqualTo("true");
        assertThat(environment.getProperty("crossflag.adapters.marac-csv.inbox"))
                .isEqualTo("/srv/new");
    }

    static StandardEnvironment environment(Map<String, Object> settings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test-settings", settings));
        return environment;
    }
}
