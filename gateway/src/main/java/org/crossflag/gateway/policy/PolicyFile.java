package org.crossflag.gateway.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crossflag.adapter.UnknownCodeException;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.crossflag.gateway.federation.envelope.LegalBasis;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.envelope.Purpose;
import org.crossflag.gateway.node.CodedException;
import org.crossflag.gateway.quota.QuotaRule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a node's policy file (YAML) into the federation's own codes ({@link MessageType}, {@link Purpose},
 * {@link LegalBasis}, {@link DataCategory}, requester roles, consent states). A problem is reported with the file,
 * the line, the path of the bad entry, e.g. {@code agreements[1].purposes[0]}, and the bad value; nothing is loaded.
 *
 * <pre>
 * groups:                                # optional: named sets of member codes
 *   eastern-region: [GB-ESX, GB-KNT]
 * agreements:
 *   - id: EASTERN-REGION-MARAC
 *     members: [group:eastern-region, GB-SFK]   # member codes, group:&lt;name&gt;, or ["*"]
 *     messageTypes: [PriorHearingQuery, PriorHearingAnswer, CrossAreaAlert]
 *     directions: [SEND, RECEIVE]         # optional, both by default
 *     purposes: [MARAC_SAFEGUARDING, PANEL_TASKING]
 *     legalBases: [CRIME_AND_DISORDER_ACT_1998_S115]
 *     dataCategories: [HEARING_FLAG]      # optional, none by default
 *     roles: [MARAC_COORDINATOR, PANEL_COORDINATOR, INTEGRATION_SERVICE]
 *     consentStates: [GIVEN, NOT_SOUGHT_THRESHOLD_MET, REFUSED_OVERRIDDEN]
 *     overrideNeedsJustification: true    # optional, true by default
 *     rateLimit: { requests: 30, per: PT1H }   # optional: per requesting officer and member
 *     validUntil: 2027-03-31              # optional
 * </pre>
 */
public final class PolicyFile {

    /** How an agreement's {@code members} names a group of the file's {@code groups}. */
    public static final String GROUP_PREFIX = "group:";

    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    private static final Set<String> TOP_KEYS = Set.of("groups", "agreements");
    private static final Set<String> KEYS = Set.of(
            "id",
            "members",
            "messageTypes",
            "directions",
            "purposes",
            "legalBases",
            "dataCategories",
            "roles",
            "consentStates",
            "overrideNeedsJustification",
            "rateLimit",
            "validUntil");

    private final Path file;
    private final YamlLines lines;
    private final Map<String, Set<String>> groups = new LinkedHashMap<>();

    private PolicyFile(Path file, YamlLines lines) {
        this.file = file;
        this.lines = lines;
    }

    /** @throws InvalidPolicyException naming the file, the line, the entry at fault and its value */
    public static DataSharingPolicy read(Path file) {
        return read(file, content(file));
    }

    /** @throws InvalidPolicyException when the file cannot be read */
    static byte[] content(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidPolicyException(
                    file,
                    0,
                    "",
                    null,
                    "the file cannot be read: " + e.getClass().getSimpleName());
        }
    }

    /** Reads {@code content}, as read from {@code file} (which the messages name). */
    static DataSharingPolicy read(Path file, byte[] content) {
        JsonNode root;
        YamlLines lines;
        try {
            lines = YamlLines.of(content);
            root = new YAMLMapper().readTree(content);
        } catch (IOException e) {
            int line = e instanceof JsonProcessingException parse && parse.getLocation() != null
                    ? parse.getLocation().getLineNr()
                    : 0;
            throw new InvalidPolicyException(
                    file,
                    Math.max(line, 0),
                    "",
                    null,
                    "the file cannot be read as YAML: " + e.getClass().getSimpleName());
        }
        return new PolicyFile(file, lines).policy(root);
    }

    private DataSharingPolicy policy(JsonNode root) {
        if (root == null || !root.isObject() || !root.has("agreements")) {
            throw invalid("agreements", null, "missing (an empty list refuses everything)");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!TOP_KEYS.contains(name)) {
                throw invalid(name, null, "unknown key");
            }
        }
        if (root.has("groups")) {
            groups(root.get("groups"));
        }
        JsonNode list = root.get("agreements");
        if (!list.isArray()) {
            throw invalid("agreements", null, "must be a list");
        }
        List<SharingAgreement> agreements = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            SharingAgreement agreement = agreement(list.get(i), "agreements[" + i + "]");
            if (!ids.add(agreement.id())) {
                throw invalid("agreements[" + i + "].id", agreement.id(), agreement.id() + " is used twice");
            }
            agreements.add(agreement);
        }
        return new DataSharingPolicy(agreements);
    }

    private void groups(JsonNode node) {
        if (!node.isObject()) {
            throw invalid("groups", null, "must be a mapping of group names to lists of member codes");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.matches(NAME)) {
                throw invalid("groups." + name, name, name + " is not a group name: letters, digits, '.', '_' or '-'");
            }
            groups.put(name, codes(node, "groups", name, PolicyVocabulary.MEMBER_CODES));
        }
    }

    private SharingAgreement agreement(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw invalid(path, null, "must be a mapping");
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            String key = fields.next().getKey();
            if (!KEYS.contains(key)) {
                throw invalid(path + "." + key, null, "unknown key");
            }
        }
        JsonNode id = node.get("id");
        if (id == null || !id.isTextual() || !id.asText().matches(NAME)) {
            throw invalid(path + ".id", id == null ? null : id.asText(), "required, letters, digits, '.', '_' or '-'");
        }
        Set<DataSharingPolicy.Direction> directions = node.has("directions")
                ? codes(node, path, "directions", PolicyVocabulary.DIRECTIONS)
                : Set.of(DataSharingPolicy.Direction.SEND, DataSharingPolicy.Direction.RECEIVE);
        return new SharingAgreement(
                id.asText(),
                members(node, path),
                codes(node, path, "messageTypes", PolicyVocabulary.MESSAGE_TYPES),
                directions,
                codes(node, path, "purposes", PolicyVocabulary.PURPOSES),
                codes(node, path, "legalBases", PolicyVocabulary.LEGAL_BASES),
                node.has("dataCategories")
                        ? codes(node, path, "dataCategories", PolicyVocabulary.DATA_CATEGORIES)
                        : Set.of(),
                codes(node, path, "roles", PolicyVocabulary.ROLES),
                codes(node, path, "consentStates", PolicyVocabulary.CONSENT_STATES),
                overrideNeedsJustification(node, path),
                rateLimit(node, path),
                validUntil(node, path));
    }

    /** Member codes and "*" as they are; each group:name replaced by the group's members. */
    private Set<String> members(JsonNode node, String path) {
        // Each entry is checked to be a member code, "*" or a group reference first.
        codes(node, path, "members", PolicyVocabulary.MEMBERS);
        Set<String> members = new HashSet<>();
        int i = 0;
        for (JsonNode value : node.get("members")) {
            String code = value.asText();
            if (code.startsWith(GROUP_PREFIX)) {
                Set<String> group = groups.get(code.substring(GROUP_PREFIX.length()));
                if (group == null) {
                    throw invalid(
                            path + ".members[" + i + "]",
                            code,
                            code + " is not a group of this file, one of "
                                    + groups.keySet().stream()
                                            .map(g -> GROUP_PREFIX + g)
                                            .toList());
                }
                members.addAll(group);
            } else {
                members.add(code);
            }
            i++;
        }
        return members;
    }

    private boolean overrideNeedsJustification(JsonNode node, String path) {
        JsonNode value = node.get("overrideNeedsJustification");
        if (value == null) {
            return true;
        }
        if (!value.isBoolean()) {
            throw invalid(
                    path + ".overrideNeedsJustification", value.asText(), value.asText() + " is not true or false");
        }
        return value.asBoolean();
    }

    private QuotaRule rateLimit(JsonNode node, String path) {
        JsonNode limit = node.get("rateLimit");
        if (limit == null) {
            return null;
        }
        String entry = path + ".rateLimit";
        if (!limit.isObject()) {
            throw invalid(entry, null, "must be a mapping such as { requests: 30, per: PT1H }");
        }
        for (Iterator<String> names = limit.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("requests") && !name.equals("per")) {
                throw invalid(entry + "." + name, null, "unknown key");
            }
        }
        JsonNode requests = limit.get("requests");
        if (requests == null || !requests.canConvertToInt() || !requests.isIntegralNumber() || requests.asInt() < 1) {
            String text = requests == null ? null : requests.asText();
            throw invalid(entry + ".requests", text, "required, a whole number of at least 1");
        }
        JsonNode per = limit.get("per");
        String text = per == null ? null : per.asText();
        Duration window;
        try {
            window = per != null && per.isTextual() ? Duration.parse(text) : null;
        } catch (DateTimeParseException e) {
            window = null;
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw invalid(entry + ".per", text, "required, a positive ISO-8601 duration such as PT1H");
        }
        return new QuotaRule(requests.asInt(), window);
    }

    private LocalDate validUntil(JsonNode node, String path) {
        if (!node.has("validUntil")) {
            return null;
        }
        String text = node.get("validUntil").asText();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid(path + ".validUntil", text, text + " is not a date such as 2027-03-31");
        }
    }

    private <T> Set<T> codes(JsonNode node, String path, String key, PolicyVocabulary<T> vocabulary) {
        JsonNode list = node.get(key);
        String entry = path + "." + key;
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw invalid(entry, null, "required, a non-empty list");
        }
        Set<T> values = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String value = list.get(i).asText();
            try {
                // A number or a mapping is never a code, whatever its text.
                values.add(vocabulary.parse().apply(list.get(i).isTextual() ? value : null));
            } catch (UnknownCodeException e) {
                throw invalid(
                        entry + "[" + i + "]",
                        value,
                        value + " is not a " + vocabulary.name()
                                + (vocabulary.codes().isEmpty() ? "" : ", one of " + vocabulary.codes()));
            }
        }
        return values;
    }

    private InvalidPolicyException invalid(String entry, String value, String problem) {
        return new InvalidPolicyException(file, lines.lineOf(entry), entry, value, problem);
    }

    /**
     * A policy file that cannot be used. The message reads {@code <file> line <n>: <entry>: <problem>} (without
     * the line when it is not known); the line, the entry and the bad value (null when there is none, e.g. a
     * missing key) are also given apart.
     */
    public static final class InvalidPolicyException extends CodedException {

        public static final String REASON = "POLICY_FILE_INVALID";

        private final Path file;
        private final int line;
        private final String entry;
        private final String value;

        InvalidPolicyException(Path file, int line, String entry, String value, String problem) {
            super(file + (line > 0 ? " line " + line : "") + ": " + (entry.isEmpty() ? "" : entry + ": ") + problem);
            this.file = file;
            this.line = line;
            this.entry = entry;
            this.value = value;
        }

        public Path file() {
            return file;
        }

        /** The line the bad entry (or the closest entry holding a missing one) starts on; 0 when not known. */
        public int line() {
            return line;
        }

        /** The path of the bad entry, e.g. agreements[1].purposes[0]; empty when the whole file is at fault. */
        public String entry() {
            return entry;
        }

        public String value() {
            return value;
        }

        @Override
        public String reasonCode() {
            return REASON;
        }
    }
}
