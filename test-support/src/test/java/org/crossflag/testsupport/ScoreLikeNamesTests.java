package org.crossflag.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ScoreLikeNamesTests {

    static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "score",
                "Score",
                "matchScore",
                "match_score",
                "MATCH-SCORE",
                "subscore",
                "weight",
                "fieldWeights",
                "matchProbability",
                "probabilities",
                "similarity",
                "dissimilarity",
                "CLK_SIMILARITY",
                "dice",
                "diceCoefficient",
                "clkDice",
                "CLKDice",
                "DICE2"
            })
    void namesThatCouldCarryASimilarityAreFound(String name) {
        assertThat(ScoreLikeNames.isScoreLike(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"band", "indices", "prejudice", "heardOn", "keyVersion", "reference", "blockingKeys", "hitId", ""
            })
    void ordinaryNamesAreNotFoundEvenWhenDiceHidesInside(String name) {
        assertThat(ScoreLikeNames.isScoreLike(name)).isFalse();
    }

    @Test
    void namesSplitAtCaseChangesAndAtEveryNonLetter() {
        assertThat(ScoreLikeNames.words("matchScore_v2-dice")).containsExactly("match", "score", "v", "dice");
        assertThat(ScoreLikeNames.words("CLKDice")).containsExactly("clk", "dice");
        assertThat(ScoreLikeNames.words("DICE2")).containsExactly("dice");
    }

    @Test
    void keysAreFoundAtAnyDepthWithTheirPointers() throws Exception {
        JsonNode message = JSON.readTree("""
                {"payload":{"hits":[{"band":"MATCH"},{"band":"MATCH","detail":{"matchProbability":0.97}}],
                 "a/b":{"weight~":1}}}
                """);

        assertThat(ScoreLikeNames.keys(message))
                .containsExactly("/payload/hits/1/detail/matchProbability", "/payload/a~1b/weight~0");
    }

    @Test
    void aMessageWithoutSuchKeysGivesNothingEvenWhenAValueSaysScore() throws Exception {
        JsonNode message = JSON.readTree("""
                {"dataCategories":["RISK_SCORE"],"payload":{"hits":[{"band":"POSSIBLE_MATCH","reference":"score"}]}}
                """);

        assertThat(ScoreLikeNames.keys(message)).isEmpty();
    }

    @Test
    void schemaDeclarationsAreThePropertiesAndDefinitionsNamedLikeAScore() throws Exception {
        JsonNode schema = JSON.readTree("""
                {"$defs":{"similarity":{"type":"number"},"band":{"enum":["MATCH","SCORE"]}},
                 "properties":{"hits":{"type":"array","items":{"type":"object",
                   "properties":{"band":{"$ref":"#/$defs/band"},"matchScore":{"type":"number"}}}}},
                 "description":"a weight mentioned in prose is not a property"}
                """);

        assertThat(ScoreLikeNames.schemaDeclarations(schema))
                .containsExactly("/$defs/similarity", "/properties/hits/items/properties/matchScore");
    }

    @Test
    void aKeywordNamedLikeAScoreOutsidePropertiesIsNoDeclaration() throws Exception {
        JsonNode schema = JSON.readTree("""
                {"type":"object","properties":{"band":{"type":"string"}},"x-weight":3}
                """);

        assertThat(ScoreLikeNames.schemaDeclarations(schema)).isEmpty();
        assertThat(ScoreLikeNames.keys(schema)).containsExactly("/x-weight");
    }
}
