package org.crossflag.gateway.hearings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.crossflag.gateway.matching.MatchParameters;
import org.crossflag.gateway.matching.MatchParametersFile;
import org.crossflag.gateway.node.InvalidConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchParametersConfigurationTests {

    @TempDir
    Path dir;

    @Test
    void withoutAFileTheShippedParametersAreUsed() {
        assertThat(HearingsConfiguration.matchParameters(null)).isSameAs(MatchParameters.defaults());
    }

    @Test
    void aForcesOwnFileIsRead() {
        Path file = dir.resolve("parameters.json");
        MatchParametersFile.write(MatchParameters.defaults(), "copy", file);
        assertThat(HearingsConfiguration.matchParameters(file).version())
                .isEqualTo(MatchParameters.defaults().version());
    }

    @Test
    void aBadFileStopsTheNodeNamingTheSettingAndTheBadKey() throws IOException {
        Path file = dir.resolve("parameters.json");
        MatchParametersFile.write(MatchParameters.defaults(), "copy", file);
        Files.writeString(file, Files.readString(file).replace("\"minPeople\" : 2000", "\"minPeople\" : -5"));
        assertThatThrownBy(() -> HearingsConfiguration.matchParameters(file))
                .isInstanceOfSatisfying(
                        InvalidConfigurationException.class,
                        e -> assertThat(e.key()).isEqualTo("crossflag.matching.parameters-file"))
                .hasMessageContaining("prior.minPeople must be at least 1");
        assertThatThrownBy(() -> HearingsConfiguration.matchParameters(dir.resolve("absent.json")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("absent.json");
    }
}
