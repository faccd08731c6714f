package org.crossflag.gateway.scores;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** {@code score-tools.schema.json} read in tests: a table checked against it, and the fields it declares. */
final class ScoreToolsSchema {

    static final String SCHEMA = "/org/crossflag/schemas/score-tools/score-tools.schema.json";

    private ScoreToolsSchema() {}

    /** The schema's complaints about a YAML table, as paths and messages; empty when it is valid. */
    static List<String> problems(InputStream schema, byte[] yaml) throws IOException {
        JsonNode table = new YAMLMapper().readTree(yaml);
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema).validate(table).stream()
                .map(ValidationMessage::getMessage)
                .toList();
    }

    /** The property names the schema declares at {@code pointer} (a {@code properties} object). */
    static List<String> declared(String pointer) throws IOException {
        try (InputStream in = ScoreToolsSchema.class.getResourceAsStream(SCHEMA)) {
            JsonNode properties = new ObjectMapper().readTree(in).at(pointer);
            List<String> names = new ArrayList<>();
            properties.fieldNames().forEachRemaining(names::add);
            return names;
        }
    }
}
