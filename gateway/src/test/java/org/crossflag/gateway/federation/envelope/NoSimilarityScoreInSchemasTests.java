package org.crossflag.gateway.federation.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.crossflag.testsupport.ScoreLikeNames;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * No federation message can carry a similarity score: no schema declares a property (or a definition) named like a
 * score, weight, probability, similarity or dice. Answers carry a band instead, because pairwise similarities are
 * what graph-matching attacks rebuild identities from (docs/matching.md, "Hardening against graph-matching
 * attacks"). Reads the schema files as they are in {@code schemas/}, every one of them, the way
 * {@code SchemaColumnWidthsTests} does; the node loads the same files from its class path.
 */
class NoSimilarityScoreInSchemasTests {

    static final Path SCHEMAS = Path.of("../schemas/src");
    static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The one exception: the risk score a panel recorded with a hearing (DASH, RFG...), which a hit may carry because
     * the safeguarding rules require every hit to state the tool, version and meaning of any score. It says how
     * dangerous the person was judged, nothing about how alike two encodings are, and it is a text value tied to its
     * tool. Allowed only as this definition, and as a property named score that refers to it.
     */
    static final String RISK_SCORE = "hit.schema.json#/$defs/score";

    static Map<String, JsonNode> schemas;

    @BeforeAll
    static void read() throws IOException {
        schemas = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SCHEMAS)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".schema.json"))
                    .sorted()
                    .toList()) {
                schemas.put(file.getFileName().toString(), JSON.readTree(file.toFile()));
            }
        }
        // A wrong path must not pass on nothing.
        assertThat(schemas)
                .containsKeys(
                        "envelope.schema.json",
                        "prior-hearing-query.payload.schema.json",
                        "prior-hearing-answer.payload.schema.json",
                        "cross-area-alert.payload.schema.json",
                        "refusal.payload.schema.json",
                        "hit.schema.json");
    }

    @Test
    void noSchemaDeclaresAPropertyNamedLikeASimilarityScore() {
        List<String> declared = new ArrayList<>();
        schemas.forEach((file, schema) -> declared.addAll(notAllowed(file, schema)));

        assertThat(declared)
                .as("answers carry a band, never a score: see docs/matching.md before adding such a field")
                .isEmpty();
    }

    @Test
    void theScanReachesTheHitsOfAnAnswerWhereTheRiskScoreIsDeclared() {
        assertThat(ScoreLikeNames.schemaDeclarations(schemas.get("prior-hearing-answer.payload.schema.json")))
                .containsExactly("/properties/hits/items/properties/score");
        assertThat(ScoreLikeNames.schemaDeclarations(schemas.get("hit.schema.json")))
                .containsExactly("/$defs/score");
    }

    @Test
    void theRiskScoreIsATextValueNamingItsToolAndVersionAndNothingElse() {
        JsonNode riskScore = schemas.get("hit.schema.json").at("/$defs/score");

        assertThat(riskScore.path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(fieldNames(riskScore.path("properties"))).containsExactlyInAnyOrder("tool", "version", "value");
        assertThat(texts(riskScore.path("required"))).containsExactlyInAnyOrder("tool", "version", "value");
        assertThat(riskScore.at("/properties/value/type").asText()).isEqualTo("string");
    }

    @Test
    void aScorePropertyOfAnyOtherShapeIsReported() throws IOException {
        JsonNode answer = JSON.readTree("""
                {"properties":{"hits":{"type":"array","items":{"type":"object","properties":{
                  "band":{"$ref":"hit.schema.json#/$defs/band"},
                  "score":{"type":"number","minimum":0,"maximum":1}}}}}}
                """);

        assertThat(notAllowed("prior-hearing-answer.payload.schema.json", answer))
                .containsExactly("prior-hearing-answer.payload.schema.json#/properties/hits/items/properties/score");
    }

    @Test
    void aPropertyReferringToTheRiskScoreUnderAnotherNameIsReported() throws IOException {
        JsonNode answer = JSON.readTree("""
                {"properties":{"similarity":{"$ref":"hit.schema.json#/$defs/score"},
                  "matchWeight":{"type":"number"}}}
                """);

        assertThat(notAllowed("prior-hearing-answer.payload.schema.json", answer))
                .containsExactly(
                        "prior-hearing-answer.payload.schema.json#/properties/similarity",
                        "prior-hearing-answer.payload.schema.json#/properties/matchWeight");
    }

    @Test
    void aDefinitionNamedScoreInAnotherSchemaIsReported() throws IOException {
        JsonNode envelope = JSON.readTree("""
                {"$defs":{"score":{"type":"number"}},"properties":{"score":{"$ref":"#/$defs/score"}}}
                """);

        assertThat(notAllowed("envelope.schema.json", envelope))
                .containsExactly("envelope.schema.json#/$defs/score", "envelope.schema.json#/properties/score");
    }

    /** The declarations named like a score, as file#pointer, other than the risk score and references to it. */
    static List<String> notAllowed(String file, JsonNode schema) {
        List<String> reported = new ArrayList<>();
        for (String pointer : ScoreLikeNames.schemaDeclarations(schema)) {
            String place = file + "#" + pointer;
            boolean riskScoreItself = place.equals(RISK_SCORE);
            boolean referenceToIt = pointer.endsWith("/properties/score")
                    && RISK_SCORE.equals(schema.at(pointer).path("$ref").asText());
            if (!riskScoreItself && !referenceToIt) {
                reported.add(place);
            }
        }
        return reported;
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(value -> texts.add(value.asText()));
        return texts;
    }
}
