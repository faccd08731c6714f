package org.crossflag.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.crossflag.adapter.AbuseType;
import org.crossflag.adapter.VictimRelationship;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.JsonNode;

/** The "local-systems" OpenAPI group describes every endpoint, its body, its answers and how a client signs in. */
@TestNode.WithRestAdapter
class OpenApiDocumentTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theLocalSystemsGroupListsEveryEndpointAndNothingElse() throws Exception {
        JsonNode document = document();

        List<String> expected = TestNode.paths().stream()
                .map(path -> LocalEventsController.BASE_PATH + "/" + path)
                .toList();
        assertThat(document.path("paths").fieldNames()).toIterable().containsExactlyInAnyOrderElementsOf(expected);
        assertThat(document.path("info").path("title").asText()).isEqualTo("Crossflag local systems' REST API");
    }

    @Test
    void eachEndpointTakesItsJsonBodyAndDocumentsEveryAnswer() throws Exception {
        JsonNode document = document();

        List<String> schemas = List.of(
                "Hearing",
                "Referral",
                "PersonRecord",
                "DvdsApplication",
                "CircumstanceChange",
                "Correction",
                "Withdrawal");
        List<String> paths = TestNode.paths();
        for (int i = 0; i < paths.size(); i++) {
            JsonNode post = document.path("paths")
                    .path(LocalEventsController.BASE_PATH + "/" + paths.get(i))
                    .path("post");
            assertThat(post.isMissingNode()).as(paths.get(i)).isFalse();
            assertThat(post.path("requestBody").path("required").asBoolean())
                    .as(paths.get(i))
                    .isTrue();
            assertThat(post.path("requestBody")
                            .path("content")
                            .path("application/json")
                            .path("schema")
                            .path("$ref")
                            .asText())
                    .as(paths.get(i))
                    .isEqualTo("#/components/schemas/" + schemas.get(i));
            assertThat(post.path("responses").fieldNames())
                    .toIterable()
                    .as(paths.get(i))
                    .containsExactlyInAnyOrder("200", "201", "400", "401", "403", "413", "415", "422", "503");
            assertThat(post.path("responses")
                            .path("403")
                            .path("content")
                            .path("application/json")
                            .path("schema")
                            .path("$ref")
                            .asText())
                    .isEqualTo("#/components/schemas/Refusal");
            assertThat(post.path("summary").asText()).as(paths.get(i)).isNotBlank();
        }
    }

    @Test
    void theBodiesSchemasCarryTheFieldRules() throws Exception {
        JsonNode schemas = document().path("components").path("schemas");

        JsonNode hearing = schemas.path("Hearing");
        assertThat(hearing.path("required").toString())
                .contains("localReference", "forum", "heardOn", "subject", "coordinator")
                .doesNotContain("score");
        assertThat(hearing.path("properties")
                        .path("localReference")
                        .path("maxLength")
                        .asInt())
                .isEqualTo(80);
        assertThat(schemas.path("Contact")
                        .path("properties")
                        .path("phone")
                        .path("pattern")
                        .asText())
                .isNotBlank();
        assertThat(schemas.path("Person").path("required").toString()).contains("localPersonId");
        assertThat(schemas.path("Refusal").path("properties").fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder("reasonCode", "message", "field");
    }

    @Test
    void theHarmFieldsAreDocumentedWithTheVocabularysCodes() throws Exception {
        JsonNode schemas = document().path("components").path("schemas");

        for (String record : List.of("Hearing", "Referral")) {
            JsonNode properties = schemas.path(record).path("properties");
            assertThat(codes(properties.path("subjectRole"))).as(record).containsExactly("PERPETRATOR", "BOTH");
            assertThat(codes(properties.path("abuseType")))
                    .as(record)
                    .containsExactlyElementsOf(Arrays.stream(AbuseType.values())
                            .map(AbuseType::wire)
                            .toList());
            assertThat(properties.path("victims").path("maxItems").asInt()).isEqualTo(EventMapper.MAX_VICTIMS);
            assertThat(properties.path("victims").path("items").path("$ref").asText())
                    .isEqualTo("#/components/schemas/Victim");
            assertThat(schemas.path(record).path("required").toString())
                    .doesNotContain("subjectRole", "abuseType", "victims");
        }
        JsonNode victim = schemas.path("Victim");
        assertThat(victim.path("required").toString())
                .contains("person", "relationship")
                .doesNotContain("role");
        assertThat(victim.path("properties").path("person").toString()).contains("#/components/schemas/Person");
        assertThat(codes(victim.path("properties").path("relationship")))
                .containsExactlyElementsOf(Arrays.stream(VictimRelationship.values())
                        .map(VictimRelationship::wire)
                        .toList());
        assertThat(codes(victim.path("properties").path("role"))).containsExactly("VICTIM", "BOTH");
    }

    static List<String> codes(JsonNode property) {
        List<String> codes = new ArrayList<>();
        property.path("enum").forEach(code -> codes.add(code.asText()));
        return codes;
    }

    @Test
    void aClientSignsInWithAnApiKeyOrACertificate() throws Exception {
        JsonNode document = document();

        JsonNode scheme = document.path("components").path("securitySchemes").path("localSystemsApiKey");
        assertThat(scheme.path("type").asText()).isEqualTo("apiKey");
        assertThat(scheme.path("in").asText()).isEqualTo("header");
        assertThat(scheme.path("name").asText()).isEqualTo("X-Api-Key");
        assertThat(document.path("security").toString()).contains("localSystemsApiKey");
    }

    JsonNode document() throws Exception {
        MvcResult result = mvc.perform(get("/v3/api-docs/local-systems")).andReturn();
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(200);
        return Bodies.JSON.readTree(result.getResponse().getContentAsByteArray());
    }
}
