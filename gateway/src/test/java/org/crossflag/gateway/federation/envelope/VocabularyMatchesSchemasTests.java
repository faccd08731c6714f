package org.crossflag.gateway.federation.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.crossflag.adapter.AbuseType;
import org.crossflag.adapter.CircumstanceChangeKind;
import org.crossflag.adapter.ConsentState;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.PersonRole;
import org.crossflag.adapter.ProtectionOrderType;
import org.crossflag.adapter.RequesterRole;
import org.crossflag.adapter.VictimRelationship;
import org.crossflag.gateway.disclosures.applications.DisclosureRoute;
import org.crossflag.gateway.disclosures.records.HeldRecordKind;
import org.crossflag.gateway.hearings.records.AmendedRecord;
import org.crossflag.gateway.hearings.records.Amendment;
import org.crossflag.gateway.scores.ScoredSubject;
import org.crossflag.gateway.scores.ToolValidation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every code the gateway types has exactly the values its JSON Schema lists: a value added on one side only fails
 * here, naming the enum and the value, instead of failing a message at a peer.
 */
class VocabularyMatchesSchemasTests {

    /** One enum and the schema list it must match: file and JSON pointer to the node holding {@code enum}. */
    record Vocabulary(Class<? extends Enum<?>> type, List<String> wireCodes, String schema, String pointer) {

        static <E extends Enum<E>> Vocabulary of(
                Class<E> type, Function<E, String> wire, String schema, String pointer) {
            return new Vocabulary(
                    type, Arrays.stream(type.getEnumConstants()).map(wire).toList(), schema, pointer);
        }

        @Override
        public String toString() {
            return type.getSimpleName();
        }
    }

    static Stream<Vocabulary> vocabularies() {
        return Stream.of(
                Vocabulary.of(MessageType.class, MessageType::wire, "envelope.schema.json", "/$defs/messageType"),
                Vocabulary.of(Purpose.class, Purpose::wire, "envelope.schema.json", "/properties/purpose"),
                Vocabulary.of(LegalBasis.class, LegalBasis::wire, "envelope.schema.json", "/properties/legalBasis"),
                Vocabulary.of(
                        RequesterRole.class,
                        RequesterRole::wire,
                        "envelope.schema.json",
                        "/properties/requester/properties/role"),
                Vocabulary.of(
                        ConsentState.class,
                        ConsentState::wire,
                        "envelope.schema.json",
                        "/properties/consent/properties/state"),
                Vocabulary.of(
                        DataCategory.class,
                        DataCategory::wire,
                        "envelope.schema.json",
                        "/properties/dataCategories/items"),
                Vocabulary.of(Forum.class, Forum::wire, "hit.schema.json", "/$defs/forum"),
                Vocabulary.of(PersonRole.class, PersonRole::wire, "hit.schema.json", "/$defs/role"),
                Vocabulary.of(
                        VictimRelationship.class, VictimRelationship::wire, "hit.schema.json", "/$defs/relationship"),
                Vocabulary.of(AbuseType.class, AbuseType::wire, "hit.schema.json", "/$defs/abuseType"),
                Vocabulary.of(
                        DisclosureRoute.class,
                        DisclosureRoute::wire,
                        "disclosure-request.payload.schema.json",
                        "/properties/route"),
                Vocabulary.of(
                        HeldRecordKind.class,
                        HeldRecordKind::wire,
                        "disclosure-answer.payload.schema.json",
                        "/properties/items/items/properties/kind"),
                Vocabulary.of(
                        CircumstanceChangeKind.class,
                        CircumstanceChangeKind::wire,
                        "circumstance-change.payload.schema.json",
                        "/properties/changeKind"),
                Vocabulary.of(
                        ProtectionOrderType.class,
                        ProtectionOrderType::wire,
                        "circumstance-change.payload.schema.json",
                        "/properties/orderType"),
                Vocabulary.of(
                        Amendment.class,
                        Amendment::wire,
                        "record-amendment.payload.schema.json",
                        "/properties/amendment"),
                Vocabulary.of(
                        AmendedRecord.class,
                        AmendedRecord::wire,
                        "record-amendment.payload.schema.json",
                        "/properties/about"),
                Vocabulary.of(
                        RejectionReason.class, RejectionReason::name, "rejection.schema.json", "/properties/reason"),
                Vocabulary.of(
                        ScoredSubject.class,
                        ScoredSubject::wire,
                        "score-tools/score-tools.schema.json",
                        "/$defs/tool/properties/assesses"),
                Vocabulary.of(
                        ToolValidation.class,
                        ToolValidation::wire,
                        "score-tools/score-tools.schema.json",
                        "/$defs/tool/properties/validation"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vocabularies")
    void theEnumAndItsSchemaListTheSameCodes(Vocabulary vocabulary) throws IOException {
        List<String> schemaCodes = schemaEnum(vocabulary.schema(), vocabulary.pointer());

        assertThat(differences(vocabulary, schemaCodes)).isEmpty();
    }

    @Test
    void aCodeOnEitherSideOnlyIsNamedWithItsEnum() {
        Vocabulary types =
                Vocabulary.of(MessageType.class, MessageType::wire, "envelope.schema.json", "/$defs/messageType");
        List<String> schemaCodes = new ArrayList<>(types.wireCodes());
        schemaCodes.remove("Refusal");
        schemaCodes.add("Gossip");

        assertThat(differences(types, schemaCodes))
                .containsExactly(
                        "MessageType has Refusal, which envelope.schema.json#/$defs/messageType does not list",
                        "envelope.schema.json#/$defs/messageType lists Gossip, which MessageType does not have");
    }

    @Test
    void wireCodesAreUniqueWithinEachEnum() {
        vocabularies()
                .forEach(vocabulary -> assertThat(vocabulary.wireCodes())
                        .as(vocabulary.toString())
                        .doesNotHaveDuplicates());
    }

    private static List<String> differences(Vocabulary vocabulary, List<String> schemaCodes) {
        String where = vocabulary.schema() + "#" + vocabulary.pointer();
        String name = vocabulary.type().getSimpleName();
        List<String> problems = new ArrayList<>();
        Set<String> inSchema = new LinkedHashSet<>(schemaCodes);
        for (String code : vocabulary.wireCodes()) {
            if (!inSchema.contains(code)) {
                problems.add(name + " has " + code + ", which " + where + " does not list");
            }
        }
        for (String code : schemaCodes) {
            if (!vocabulary.wireCodes().contains(code)) {
                problems.add(where + " lists " + code + ", which " + name + " does not have");
            }
        }
        return problems;
    }

    private static List<String> schemaEnum(String schema, String pointer) throws IOException {
        try (InputStream in =
                VocabularyMatchesSchemasTests.class.getResourceAsStream("/org/crossflag/schemas/" + schema)) {
            assertThat(in).as(schema + " on the class path").isNotNull();
            JsonNode values = new ObjectMapper().readTree(in).at(pointer).path("enum");
            assertThat(values.isArray())
                    .as(schema + "#" + pointer + " has an enum")
                    .isTrue();
            List<String> codes = new ArrayList<>();
            values.forEach(value -> codes.add(value.asText()));
            return codes;
        }
    }
}
