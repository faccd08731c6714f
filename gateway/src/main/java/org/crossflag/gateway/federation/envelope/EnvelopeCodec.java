package org.crossflag.gateway.federation.envelope;

import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Turns envelopes into the exact bytes that are signed and sent, and back, validating against
 * {@code envelope.schema.json} in both directions. Validation reports schema paths only, never values.
 */
public final class EnvelopeCodec {

    static final String SCHEMA_BASE = "https://schemas.crossflag.example/";
    public static final String ENVELOPE_SCHEMA = SCHEMA_BASE + "envelope.schema.json";
    public static final String DIRECTORY_SCHEMA = SCHEMA_BASE + "directory.schema.json";
    public static final String RECEIPT_SCHEMA = SCHEMA_BASE + "receipt.schema.json";
    /** The answer to a message refused before it was stored, as {@code inbound.RejectionResponses} writes it. */
    public static final String REJECTION_SCHEMA = SCHEMA_BASE + "rejection.schema.json";

    private final ObjectMapper mapper;
    private final JsonSchema envelopeSchema;

    public EnvelopeCodec() {
        this.mapper = federationMapper();
        this.envelopeSchema = loadSchema(ENVELOPE_SCHEMA);
    }

    /**
     * The mapper every federation document is read and written with: strict, ISO instants, codes as the wire
     * spells them, bounded input.
     */
    public static ObjectMapper federationMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new WireCodesModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                // Bytes after the envelope would be signed and stored without ever being validated.
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(32)
                        .maxStringLength(1_000_000)
                        .build());
        return mapper;
    }

    /**
     * Loads a schema by its $id; ids are mapped to the schemas jar so nothing is fetched over the network. Patterns
     * run as ECMA-262, as JSON Schema specifies (EcmaRegularExpressions): "$" is the end of the string, so an id
     * with a newline appended fails its pattern instead of passing and then failing its column.
     */
    public static JsonSchema loadSchema(String id) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .formatAssertionsEnabled(true)
                .regularExpressionFactory(EcmaRegularExpressions.INSTANCE)
                .build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(
                SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaMappers(
                        mappers -> mappers.mapPrefix(SCHEMA_BASE, "classpath:org/crossflag/schemas/")));
        return factory.getSchema(SchemaLocation.of(id), config);
    }

    public byte[] encode(Envelope envelope) {
        JsonNode tree = mapper.valueToTree(envelope);
        requireValid(tree, envelope.messageId(), envelope.sender());
        try {
            return mapper.writeValueAsBytes(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("envelope cannot be written", e);
        }
    }

    /** Parses and schema-checks received bytes. Throws {@link MessageRejectedException} with SCHEMA_INVALID. */
    public Envelope decode(byte[] bytes) {
        JsonNode tree;
        try {
            tree = mapper.readTree(bytes);
        } catch (IOException e) {
            throw new MessageRejectedException(RejectionReason.SCHEMA_INVALID, "body is not well-formed JSON");
        }
        if (tree == null || !tree.isObject()) {
            throw new MessageRejectedException(RejectionReason.SCHEMA_INVALID, "body is not a JSON object");
        }
        requireValid(tree, textOrNull(tree, "messageId"), textOrNull(tree, "sender"));
        try {
            return mapper.treeToValue(tree, Envelope.class);
        } catch (JsonProcessingException e) {
            throw new MessageRejectedException(RejectionReason.SCHEMA_INVALID, "envelope does not map to its schema");
        }
    }

    /**
     * Reads bytes this node stored after {@link #decode} accepted them: the schema was checked on arrival, so it
     * is not checked again on every later read.
     */
    public Envelope decodeAccepted(byte[] bytes) {
        try {
            return mapper.readValue(bytes, Envelope.class);
        } catch (IOException e) {
            throw new IllegalStateException("a stored message no longer reads as an envelope", e);
        }
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    private void requireValid(JsonNode tree, String messageId, String sender) {
        Set<ValidationMessage> problems = envelopeSchema.validate(tree);
        if (!problems.isEmpty()) {
            String where = problems.stream()
                    .map(p -> p.getType() + " at " + p.getInstanceLocation())
                    .sorted()
                    .limit(5)
                    .collect(Collectors.joining("; "));
            throw new MessageRejectedException(
                    RejectionReason.SCHEMA_INVALID,
                    "envelope fails its schema: " + where,
                    safeId(messageId),
                    safeCode(sender));
        }
    }

    private static String textOrNull(JsonNode tree, String field) {
        JsonNode node = tree.get(field);
        return node != null && node.isTextual() ? node.asText() : null;
    }

    /** Only ids that match the schema's pattern are echoed back or logged. */
    static String safeId(String value) {
        return value != null && value.matches("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
                ? value
                : null;
    }

    static String safeCode(String value) {
        return value != null && value.matches("^[A-Z]{2}-[A-Z0-9]{2,8}$") ? value : null;
    }
}
