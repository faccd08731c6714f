package org.crossflag.gateway.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchParametersFileTests {

    @TempDir
    Path dir;

    @Test
    void theShippedParametersLoadAndSurviveAWriteAndARead() {
        MatchParameters shipped = MatchParameters.defaults();
        Path file = dir.resolve("parameters.json");
        MatchParametersFile.write(shipped, "a copy", file);
        MatchParameters copy = MatchParametersFile.read(file);
        assertThat(copy.version()).isEqualTo(shipped.version());
        assertThat(copy.given().m()).containsExactly(shipped.given().m());
        assertThat(copy.family().u()).containsExactly(shipped.family().u());
        assertThat(copy.dateOfBirth().m()).isDeepEqualTo(shipped.dateOfBirth().m());
        assertThat(copy.pncAgree()).isEqualTo(shipped.pncAgree());
        assertThat(copy.prior(50_000)).isEqualTo(shipped.prior(50_000));
    }

    @Test
    void aStrongIdentifierAgreementOutweighsAnyDateOfBirthDisagreement() {
        MatchParameters p = MatchParameters.defaults();
        assertThat(p.pncAgree().weight()).isGreaterThan(10);
        assertThat(p.pncConflict().weight()).isLessThan(-8);
    }

    @Test
    void everyBadValueIsRefusedWithTheKeyNamed() throws Exception {
        // The hand-set parameters of 2026-11-29, whose values the replacements below name.
        String good = Files.readString(Path.of(
                getClass().getResource("/matching-hand-set-parameters.json").toURI()));
        assertRefused(good.replace("\"format\" : 1", "\"format\" : 2"), "format must be 1");
        assertRefused(good.replace("\"minPeople\" : 2000", "\"minPeople\" : 0"), "prior.minPeople must be at least 1");
        assertRefused(good.replace("\"queryMatchShare\" : 0.25", "\"queryMatchShare\" : 1.5"), "prior.queryMatchShare");
        assertRefused(good.replace("\"swapPenalty\" : -2.0", "\"swapPenalty\" : 2.0"), "swapPenalty must not be");
        assertRefused(good.replace("\"swapPenalty\"", "\"swapPenality\""), "swapPenality is not a known key");
        assertRefused(good.replace("\"m\" : 0.06", "\"m\" : 0"), "comparisons.nickname.m must be in (0, 1]");
        assertRefused(
                good.replaceFirst(
                        "\"thresholds\" : \\[ 0.999, 0.8, 0.75, 0.7 \\]", "\"thresholds\" : [ 0.8, 0.999, 0.75, 0.7 ]"),
                "comparisons.givenName thresholds must fall strictly");
        assertRefused(
                good.replaceFirst("\"thresholds\" : \\[ 0.999, 0.8, 0.75, 0.7 \\]", "\"thresholds\" : [ 0.999, 0.8 ]"),
                "comparisons.givenName levels need one m and one u per threshold");
        assertRefused(good.replace("\"version\" : \"", "\"version\" : \" \", \"v\" : \""), "v is not a known key");
        assertRefused(
                good.replace("[ 0.9, 0.015,", "[ 0.9, \"x\","), "comparisons.dateOfBirth.m[0][1] must be a number");
        assertRefused(
                good.replace(", [ 0.006, 5.0E-4, 0.001, 0.001, 0.01 ]", ""),
                "comparisons.dateOfBirth.m must be 3 rows");
        assertRefused("{\"format\":1}", "is missing");
        assertRefused("not json", "not JSON");
    }

    @Test
    void aFileThatCannotBeReadIsNamed() {
        Path missing = dir.resolve("absent.json");
        assertThatThrownBy(() -> MatchParametersFile.read(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absent.json: cannot be read");
    }

    private Path write(MatchParameters parameters) {
        Path file = dir.resolve("good.json");
        MatchParametersFile.write(parameters, "test", file);
        return file;
    }

    private static void assertRefused(String json, String message) {
        assertThatThrownBy(() -> MatchParametersFile.read(
                        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "parameters.json"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
