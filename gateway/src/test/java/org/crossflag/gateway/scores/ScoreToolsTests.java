package org.crossflag.gateway.scores;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.crossflag.adapter.RiskScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped table, lookups by a score's tool code, and a force's own file over the shipped table. */
class ScoreToolsTests {

    static final ScoreTools SHIPPED = ScoreTools.load(null);

    @TempDir
    Path dir;

    @Test
    void theShippedTableDescribesTheToolsPanelsUseSayingWhoseRiskOrHarmEachScores() {
        assertThat(SHIPPED.all())
                .extracting(ScoreToolDescription::tool)
                .containsExactlyInAnyOrder("DASH", "RFG", "FRGV", "SASH", "PPIT");
        assertThat(SHIPPED.describe("DASH").assesses()).isEqualTo(ScoredSubject.VICTIM_RISK);
        assertThat(SHIPPED.describe("SASH").assesses()).isEqualTo(ScoredSubject.VICTIM_RISK);
        assertThat(SHIPPED.describe("RFG").assesses()).isEqualTo(ScoredSubject.PERPETRATOR_HARM);
        assertThat(SHIPPED.describe("FRGV").assesses()).isEqualTo(ScoredSubject.PERPETRATOR_HARM);
        assertThat(SHIPPED.describe("PPIT").assesses()).isEqualTo(ScoredSubject.PERPETRATOR_HARM);
        assertThat(SHIPPED.describe("RFG").measures()).contains("ranks perpetrators", "not a measure of the risk");
    }

    @Test
    void noShippedEntryClaimsAValidationItsStudiesDoNotGive() {
        assertThat(SHIPPED.describe("DASH").validation()).isEqualTo(ToolValidation.CONTESTED);
        assertThat(SHIPPED.describe("RFG").validation()).isEqualTo(ToolValidation.NOT_VALIDATED);
        assertThat(SHIPPED.describe("FRGV").validation()).isEqualTo(ToolValidation.NOT_VALIDATED);
        assertThat(SHIPPED.describe("PPIT").validation()).isEqualTo(ToolValidation.NOT_VALIDATED);
        assertThat(SHIPPED.describe("SASH").validation()).isEqualTo(ToolValidation.PARTLY_VALIDATED);
        assertThat(SHIPPED.all()).allSatisfy(entry -> {
            assertThat(entry.described()).isTrue();
            assertThat(entry.sources()).isNotEmpty();
            assertThat(entry.validationNote()).isNotBlank();
        });
    }

    @Test
    void aCodeIsFoundWhateverItsCaseAndSurroundingSpaces() {
        ScoreToolDescription dash = SHIPPED.describe("DASH");

        assertThat(SHIPPED.describe("dash")).isEqualTo(dash);
        assertThat(SHIPPED.describe("  Dash \t")).isEqualTo(dash);
        assertThat(SHIPPED.describe(new RiskScore(" frgv", "2021", "HIGH"))).contains(SHIPPED.describe("FRGV"));
    }

    @Test
    void aToolTheTableDoesNotListIsNotDescribedNeverNull() {
        ScoreToolDescription unknown = SHIPPED.describe(" ODARA ");

        assertThat(unknown.described()).isFalse();
        assertThat(unknown.tool()).isEqualTo("ODARA");
        assertThat(unknown.measures()).isNull();
        assertThat(unknown.validation()).isNull();
        assertThat(unknown.sources()).isEmpty();
        assertThat(SHIPPED.describe("").described()).isFalse();
        assertThat(SHIPPED.describe((String) null).described()).isFalse();
        assertThat(SHIPPED.describe(new RiskScore("DASHBOARD", "1", "7"))
                        .orElseThrow()
                        .described())
                .isFalse();
    }

    @Test
    void noScoreHasNoDescription() {
        assertThat(SHIPPED.describe((RiskScore) null)).isEmpty();
    }

    @Test
    void aForceFileAddsToolsAndReplacesAShippedEntryByItsCode() throws IOException {
        Path file = Files.writeString(dir.resolve("score-tools.yml"), """
                tools:
                  - tool: ESX-PFN
                    name: Essex threat-to-life screen
                    assesses: PERPETRATOR_HARM
                    measures: Whether a perpetrator is among those most likely to pose a threat to life.
                    validation: NOT_VALIDATED
                    validationNote: No published evaluation.
                    sources:
                      - title: Essex Police internal guidance
                  - tool: " rfg "
                    name: Recency, Frequency, Gravity (this force's weights)
                    assesses: PERPETRATOR_HARM
                    measures: Harm caused, weighted as this force weights it.
                    validation: NOT_VALIDATED
                    validationNote: The force's own weights, not evaluated.
                    sources:
                      - title: Force analysis
                        url: https://intranet.example/rfg
                """);

        ScoreTools tools = ScoreTools.load(file);

        assertThat(tools.describe("esx-pfn").described()).isTrue();
        assertThat(tools.describe("ESX-PFN").name()).isEqualTo("Essex threat-to-life screen");
        assertThat(tools.describe("RFG").measures()).isEqualTo("Harm caused, weighted as this force weights it.");
        assertThat(tools.describe("RFG").sources())
                .containsExactly(new ScoreToolDescription.Source("Force analysis", "https://intranet.example/rfg"));
        assertThat(tools.all()).hasSize(SHIPPED.all().size() + 1);
        assertThat(tools.describe("DASH")).isEqualTo(SHIPPED.describe("DASH"));
    }

    @Test
    void theShippedTableIsValidAgainstItsSchemaAndTheReaderKnowsTheSchemasFields() throws IOException {
        try (InputStream schema = ScoreTools.class.getResourceAsStream(ScoreToolsSchema.SCHEMA);
                InputStream table = ScoreTools.class.getResourceAsStream(ScoreTools.RESOURCE)) {
            assertThat(ScoreToolsSchema.problems(schema, table.readAllBytes())).isEmpty();
        }
        assertThat(ScoreToolsSchema.declared("/$defs/tool/properties"))
                .containsExactlyInAnyOrderElementsOf(ScoreToolsFile.ENTRY_KEYS);
        assertThat(ScoreToolsSchema.declared("/$defs/source/properties"))
                .containsExactlyInAnyOrderElementsOf(ScoreToolsFile.SOURCE_KEYS);
        assertThat(ScoreToolsSchema.declared("/properties"))
                .containsExactlyInAnyOrderElementsOf(ScoreToolsFile.TOP_KEYS);
    }

    @Test
    void theSchemaRefusesWhatTheReaderRefuses() throws IOException {
        byte[] badCode = """
                tools:
                  - tool: DASH
                    name: x
                    assesses: VICTIM_HARM
                    measures: x
                    validation: CONTESTED
                    validationNote: x
                    sources: [{title: x}]
                """.getBytes(StandardCharsets.UTF_8);
        try (InputStream schema = ScoreTools.class.getResourceAsStream(ScoreToolsSchema.SCHEMA)) {
            assertThat(ScoreToolsSchema.problems(schema, badCode)).isNotEmpty();
        }
    }
}
