package org.crossflag.gateway.scores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.crossflag.gateway.node.InvalidConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A force's score tools file that cannot be used stops start-up: the message names the setting, the file, the
 * entry (its index and code) and the field at fault.
 */
class ScoreToolsFileTests {

    /** One good entry, with {@code %s} for the lines each case changes or adds. */
    static final String ENTRY = """
              - tool: ESX-PFN
                name: Essex threat-to-life screen
                assesses: PERPETRATOR_HARM
                measures: Whether a perpetrator is among those most likely to pose a threat to life.
                validation: NOT_VALIDATED
                validationNote: No published evaluation.
                sources:
                  - title: Essex Police internal guidance
            """;

    @TempDir
    Path dir;

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("not YAML", "tools: [\n  - tool: {", "the file cannot be read as YAML"),
                Arguments.of("a list at the top", "- tool: DASH\n", "the file must hold a map"),
                Arguments.of("an unknown top-level key", "tool:\n" + ENTRY, "tool: not a field of a score tools file"),
                Arguments.of("tools not a list", "tools: DASH\n", "tools: must be a list of tools"),
                Arguments.of("an entry that is not a map", "tools:\n  - DASH\n", "tools[0]: must be a map"),
                Arguments.of(
                        "a missing field",
                        "tools:\n"
                                + ENTRY.replace(
                                        "    measures: Whether a perpetrator is among those most likely to "
                                                + "pose a threat to life.\n",
                                        ""),
                        "tools[0] (ESX-PFN): measures: is required"),
                Arguments.of(
                        "an unknown subject",
                        "tools:\n" + ENTRY.replace("PERPETRATOR_HARM", "PERPETRATOR_RISK"),
                        "tools[0] (ESX-PFN): assesses: PERPETRATOR_RISK is not one of VICTIM_RISK, PERPETRATOR_HARM"),
                Arguments.of(
                        "an unknown validation",
                        "tools:\n" + ENTRY.replace("NOT_VALIDATED", "PROVEN"),
                        "tools[0] (ESX-PFN): validation: PROVEN is not one of VALIDATED, PARTLY_VALIDATED, "
                                + "CONTESTED, NOT_VALIDATED"),
                Arguments.of(
                        "a field the table does not have",
                        "tools:\n" + ENTRY + "    threshold: 14\n",
                        "tools[0] (ESX-PFN): threshold: not a field of a score tools file"),
                Arguments.of(
                        "a blank name",
                        "tools:\n" + ENTRY.replace("name: Essex threat-to-life screen", "name: \"  \""),
                        "tools[0] (ESX-PFN): name: must not be blank"),
                Arguments.of(
                        "a number for text",
                        "tools:\n" + ENTRY.replace("name: Essex threat-to-life screen", "name: 14"),
                        "tools[0] (ESX-PFN): name: must be text"),
                Arguments.of(
                        "a code that is not one",
                        "tools:\n" + ENTRY.replace("tool: ESX-PFN", "tool: \"#DASH\""),
                        "tools[0]: tool: must be letters, digits"),
                Arguments.of(
                        "a code too long for a stored score",
                        "tools:\n" + ENTRY.replace("tool: ESX-PFN", "tool: ESSEX-THREAT-TO-LIFE-SCREEN"),
                        "tools[0]: tool: longer than 20 characters"),
                Arguments.of(
                        "no sources",
                        "tools:\n"
                                + ENTRY.replace("      - title: Essex Police internal guidance\n", "")
                                        .replace("sources:", "sources: []"),
                        "tools[0] (ESX-PFN): sources: must list at least one source"),
                Arguments.of(
                        "a source address that is not one",
                        "tools:\n" + ENTRY + "        url: intranet/threat-to-life\n",
                        "tools[0] (ESX-PFN): sources[0]: url: must be an http:// or https:// address"),
                Arguments.of(
                        "a source without a title",
                        "tools:\n"
                                + ENTRY.replace(
                                        "- title: Essex Police internal guidance", "- url: https://x.example/a"),
                        "tools[0] (ESX-PFN): sources[0]: title: is required"),
                Arguments.of(
                        "the same code twice",
                        "tools:\n" + ENTRY + ENTRY.replace("tool: ESX-PFN", "tool: esx-pfn "),
                        "tools[1] (esx-pfn): tool: the same code as tools[0]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileStopsStartUpNamingTheSettingTheEntryAndTheField(String name, String content, String problem)
            throws IOException {
        Path file = Files.writeString(dir.resolve("score-tools.yml"), content);

        assertThatThrownBy(() -> ScoreTools.load(file))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith(ScoreTools.FILE_KEY + ": " + file + ": ")
                .hasMessageContaining(problem)
                .satisfies(e ->
                        assertThat(((InvalidConfigurationException) e).key()).isEqualTo(ScoreTools.FILE_KEY));
    }

    @Test
    void theGoodEntryTheCasesChangeIsTaken() throws IOException {
        Path file = Files.writeString(dir.resolve("score-tools.yml"), "tools:\n" + ENTRY);

        assertThat(ScoreTools.load(file).describe("ESX-PFN").described()).isTrue();
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("no-such-score-tools.yml");

        assertThatThrownBy(() -> ScoreTools.load(missing))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage(ScoreTools.FILE_KEY + ": " + missing + ": no such file");
    }

    @Test
    void anEmptyListAddsNothing() throws IOException {
        Path file = Files.writeString(dir.resolve("score-tools.yml"), "tools: []\n");

        assertThat(ScoreTools.load(file).all())
                .hasSameSizeAs(ScoreTools.load(null).all());
    }
}
