package org.crossflag.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.crossflag.adapter.FieldForm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The wire schemas, the database columns and the adapter API's field rules agree: no string the schemas let through
 * is wider than the column it is stored in, and each field's pattern and length in the schemas are those of its
 * {@link FieldForm}. Reads the schema files and the Flyway migrations as they are, so a change to either that breaks
 * the agreement fails here, not when an answer is sent.
 */
class SchemaColumnWidthsTests {

    static final Path SCHEMAS = Path.of("../schemas/src/main/resources/org/crossflag/schemas");
    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** Where each schema field is stored: its columns. */
    static final Map<String, List<String>> STORED_IN = Map.ofEntries(
            Map.entry(
                    "hit.schema.json#/$defs/reference",
                    List.of(
                            "hearing.local_reference",
                            "referral.local_reference",
                            "hearing_hit.reference",
                            "alert.heard_reference",
                            "alert.referral_reference")),
            Map.entry(
                    "hit.schema.json#/$defs/contact/properties/name",
                    List.of(
                            "hearing.contact_name",
                            "referral.contact_name",
                            "hearing_hit.contact_name",
                            "alert.contact_name")),
            Map.entry(
                    "hit.schema.json#/$defs/contact/properties/phone",
                    List.of(
                            "hearing.contact_phone",
                            "referral.contact_phone",
                            "hearing_hit.contact_phone",
                            "alert.contact_phone")),
            Map.entry(
                    "hit.schema.json#/$defs/contact/properties/email",
                    List.of(
                            "hearing.contact_email",
                            "referral.contact_email",
                            "hearing_hit.contact_email",
                            "alert.contact_email")),
            Map.entry(
                    "hit.schema.json#/$defs/score/properties/tool",
                    List.of("hearing.score_tool", "hearing_hit.score_tool", "alert.score_tool")),
            Map.entry(
                    "hit.schema.json#/$defs/score/properties/version",
                    List.of("hearing.score_version", "hearing_hit.score_version", "alert.score_version")),
            Map.entry(
                    "hit.schema.json#/$defs/score/properties/value",
                    List.of("hearing.score_value", "hearing_hit.score_value", "alert.score_value")),
            Map.entry(
                    "envelope.schema.json#/properties/consent/properties/justification",
                    List.of("referral.consent_justification")),
            Map.entry(
                    "envelope.schema.json#/$defs/uuid",
                    List.of(
                            "inbound_message.message_id",
                            "inbound_message.correlation_id",
                            "hearing_query_peer.message_id",
                            "hearing_hit.hit_id",
                            "alert.hit_id",
                            "audit_entry.message_id",
                            "audit_entry.correlation_id",
                            "outbox_message.message_id")),
            Map.entry(
                    "envelope.schema.json#/$defs/memberCode",
                    List.of(
                            "inbound_message.sender",
                            "inbound_message.recipient",
                            "hearing_query_peer.peer",
                            "hearing_hit.holder",
                            "alert.other_force",
                            "audit_entry.counterpart")),
            Map.entry(
                    "envelope.schema.json#/properties/requester/properties/officerId",
                    List.of(
                            "inbound_message.requester_officer_id",
                            "audit_entry.actor_officer_id",
                            "referral.officer_id")),
            Map.entry(
                    "disclosure-answer.payload.schema.json#/properties/items/items/properties/summary",
                    List.of("person_record.summary")),
            Map.entry(
                    "refusal.payload.schema.json#/properties/reasonCode",
                    List.of("hearing_query_peer.reason_code", "audit_entry.reason_code", "audit_journal.reason_code")));

    /** Schema strings with a length limit that no column holds (they are kept only in the message bytes). */
    static final Set<String> NOT_STORED = Set.of(
            "directory.schema.json#/properties/members/items/properties/displayName",
            "prior-hearing-query.payload.schema.json#/$defs/base64",
            "refusal.payload.schema.json#/properties/detail");

    /** The field rule each schema field follows. */
    static final Map<String, FieldForm> FORMS = Map.ofEntries(
            Map.entry("hit.schema.json#/$defs/reference", FieldForm.REFERENCE),
            Map.entry("hit.schema.json#/$defs/contact/properties/name", FieldForm.CONTACT_NAME),
            Map.entry("hit.schema.json#/$defs/contact/properties/phone", FieldForm.PHONE),
            Map.entry("hit.schema.json#/$defs/contact/properties/email", FieldForm.EMAIL),
            Map.entry("hit.schema.json#/$defs/score/properties/tool", FieldForm.SCORE_PART),
            Map.entry("hit.schema.json#/$defs/score/properties/version", FieldForm.SCORE_PART),
            Map.entry("hit.schema.json#/$defs/score/properties/value", FieldForm.SCORE_PART),
            Map.entry("envelope.schema.json#/$defs/uuid", FieldForm.ID),
            Map.entry("envelope.schema.json#/$defs/memberCode", FieldForm.MEMBER_CODE),
            Map.entry("envelope.schema.json#/properties/requester/properties/officerId", FieldForm.OFFICER_ID),
            Map.entry("refusal.payload.schema.json#/properties/reasonCode", FieldForm.REASON_CODE),
            Map.entry(
                    "disclosure-answer.payload.schema.json#/properties/items/items/properties/summary",
                    FieldForm.RECORD_SUMMARY));

    /** Field rules of values that never travel but are stored: their columns. */
    static final Map<FieldForm, List<String>> LOCAL_ONLY = Map.of(
            FieldForm.LOCAL_PERSON_ID, List.of("local_person.local_person_id"),
            FieldForm.ADAPTER_ID,
                    List.of(
                            "local_person.adapter_id",
                            "hearing.adapter_id",
                            "referral.adapter_id",
                            "person_record.adapter_id"),
            FieldForm.REFERENCE, List.of("person_record.local_reference"),
            FieldForm.ID, List.of("person_record.record_id", "person_record.person_id"));

    static Map<String, Integer> columns;
    static Map<String, JsonNode> strings;

    @BeforeAll
    static void read() throws IOException {
        columns = columnWidths(MIGRATIONS);
        strings = stringFields(SCHEMAS);
    }

    @Test
    void noSchemaStringIsWiderThanAColumnItIsStoredIn() {
        List<String> tooWide = new ArrayList<>();
        STORED_IN.forEach((field, stored) -> {
            assertThat(strings).as("schema field " + field).containsKey(field);
            JsonNode schema = strings.get(field);
            int widest = schema.has("maxLength")
                    ? schema.get("maxLength").asInt()
                    : FORMS.get(field).maxLength();
            for (String column : stored) {
                assertThat(columns).as("column " + column).containsKey(column);
                if (widest > columns.get(column)) {
                    tooWide.add(field + " (" + widest + ") > " + column + " (" + columns.get(column) + ")");
                }
            }
        });
        assertThat(tooWide).isEmpty();
    }

    @Test
    void everySchemaStringWithALengthLimitIsAccountedFor() {
        Set<String> limited = new TreeSet<>();
        strings.forEach((field, schema) -> {
            if (schema.has("maxLength")) {
                limited.add(field);
            }
        });
        Set<String> known = new TreeSet<>(STORED_IN.keySet());
        known.addAll(NOT_STORED);
        assertThat(known)
                .as("add a new field to STORED_IN with its columns, or to NOT_STORED")
                .containsAll(limited);
    }

    @Test
    void eachSchemaFieldHasThePatternAndLengthOfItsFieldRule() {
        FORMS.forEach((field, form) -> {
            JsonNode schema = strings.get(field);
            assertThat(schema).as(field).isNotNull();
            assertThat(schema.path("pattern").asText()).as(field + " pattern").isEqualTo(form.pattern());
            if (schema.has("maxLength")) {
                assertThat(schema.get("maxLength").asInt())
                        .as(field + " maxLength")
                        .isEqualTo(form.maxLength());
            }
        });
    }

    @Test
    void aRefusedMessagesOutcomeHoldsTheLongestReasonCode() {
        assertThat(columns.get("inbound_message.processing_outcome"))
                .isGreaterThanOrEqualTo("REFUSED_".length() + FieldForm.REASON_CODE.maxLength());
    }

    @Test
    void valuesStoredButNeverSentFitTheirColumnsToo() {
        LOCAL_ONLY.forEach((form, stored) -> stored.forEach(column ->
                assertThat(form.maxLength()).as(form + " in " + column).isLessThanOrEqualTo(columns.get(column))));
    }

    @Test
    void theMigrationReaderSeesWideningsOfLaterVersions() {
        assertThat(columns.get("hearing.contact_email")).isEqualTo(254);
        assertThat(columns.get("hearing.local_reference")).isEqualTo(80);
        assertThat(columns.get("inbound_message.processing_status")).isEqualTo(12);
    }

    /** Every string column's width, as the migrations leave it when applied in version order. */
    static Map<String, Integer> columnWidths(Path dir) throws IOException {
        Pattern createTable = Pattern.compile("(?is)create table (\\w+)\\s*\\((.*?)\\n\\);");
        Pattern columnLine = Pattern.compile("(?im)^\\s*(\\w+)\\s+varchar\\((\\d+)\\)");
        Pattern addColumn = Pattern.compile("(?i)alter table (\\w+) add column (\\w+) varchar\\((\\d+)\\)");
        Pattern widen =
                Pattern.compile("(?i)alter table (\\w+) alter column (\\w+) (?:set data )?type varchar\\((\\d+)\\)");
        Map<String, Integer> widths = new HashMap<>();
        List<Path> files;
        try (Stream<Path> listed = Files.list(dir)) {
            files = listed.filter(p -> p.getFileName().toString().matches("V[0-9_]+__.*\\.sql"))
                    .sorted(Comparator.comparing(
                            SchemaColumnWidthsTests::version, SchemaColumnWidthsTests::compareVersions))
                    .toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String sql = Files.readString(file).replaceAll("--[^\\n]*", "");
            Matcher table = createTable.matcher(sql);
            while (table.find()) {
                Matcher column = columnLine.matcher(table.group(2));
                while (column.find()) {
                    widths.put(
                            table.group(1).toLowerCase() + "." + column.group(1).toLowerCase(),
                            Integer.parseInt(column.group(2)));
                }
            }
            for (Pattern change : List.of(addColumn, widen)) {
                Matcher m = change.matcher(sql);
                while (m.find()) {
                    widths.put(m.group(1).toLowerCase() + "." + m.group(2).toLowerCase(), Integer.parseInt(m.group(3)));
                }
            }
        }
        return widths;
    }

    static int[] version(Path file) {
        String name = file.getFileName().toString();
        return Stream.of(name.substring(1, name.indexOf("__")).split("_"))
                .mapToInt(Integer::parseInt)
                .toArray();
    }

    static int compareVersions(int[] a, int[] b) {
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int x = i < a.length ? a[i] : 0;
            int y = i < b.length ? b[i] : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }

    /** Every schema node with a pattern or a length limit, by file and JSON pointer. */
    static Map<String, JsonNode> stringFields(Path dir) throws IOException {
        Map<String, JsonNode> found = new TreeMap<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> listed = Files.list(dir)) {
            for (Path file : listed.filter(p -> p.toString().endsWith(".schema.json"))
                    .sorted()
                    .toList()) {
                collect(json.readTree(file.toFile()), file.getFileName() + "#", found);
            }
        }
        assertThat(found).isNotEmpty();
        return found;
    }

    private static void collect(JsonNode node, String pointer, Map<String, JsonNode> found) {
        if (node.isObject()) {
            if (node.has("maxLength") || node.path("pattern").isTextual()) {
                found.put(pointer, node);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> child = it.next();
                collect(child.getValue(), pointer + "/" + child.getKey(), found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, found);
            }
        }
    }
}
