package org.crossflag.gateway.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.crossflag.adapter.ConsentState;
import org.crossflag.adapter.RequesterRole;
import org.crossflag.adapter.UnknownCodeException;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.envelope.Purpose;
import org.crossflag.gateway.node.CodedException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a node's policy file (YAML) into the federation's own codes ({@link MessageType}, {@link Purpose},
 * {@link DataCategory}, {@link RequesterRole}, {@link ConsentState}). A problem is reported with the file, the path
 * of the bad entry, e.g. {@code agreements[1].purposes[0]}, and the bad value; nothing is loaded.
 *
 * <pre>
 * agreements:
 *   - id: EASTERN-REGION-MARAC
 *     members: [GB-KNT, GB-SFK]          # or ["*"]
 *     messageTypes: [PriorHearingQuery, PriorHearingAnswer, CrossAreaAlert]
 *     directions: [SEND, RECEIVE]         # optional, both by default
 *     purposes: [MARAC_SAFEGUARDING, PANEL_TASKING]
 *     dataCategories: [HEARING_FLAG]
 *     roles: [MARAC_COORDINATOR, PANEL_COORDINATOR, INTEGRATION_SERVICE]
 *     consentStates: [GIVEN, NOT_SOUGHT_THRESHOLD_MET, REFUSED_OVERRIDDEN]
 *     validUntil: 2027-03-31              # optional
 * </pre>
 */
public final class PolicyFile {

    private static final Set<String> KEYS = Set.of(
            "id",
            "members",
            "messageTypes",
            "directions",
            "purposes",
            "dataCategories",
            "roles",
            "consentStates",
            "validUntil");

    private final Path file;

    private PolicyFile(Path file) {
        this.file = file;
    }

    /** @throws InvalidPolicyException naming the file, the entry at fault and its value */
    public static DataSharingPolicy read(Path file) {
        return new PolicyFile(file).policy();
    }

    private DataSharingPolicy policy() {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw invalid(
                    "", null, "the file cannot be read as YAML: " + e.getClass().getSimpleName());
        }
        if (root == null || !root.isObject() || !root.has("agreements")) {
            throw invalid("agreements", null, "missing (an empty list refuses everything)");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("agreements")) {
                throw invalid(name, null, "unknown key");
            }
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
        if (id == null || !id.isTextual() || !id.asText().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw invalid(path + ".id", id == null ? null : id.asText(), "required, letters, digits, '.', '_' or '-'");
        }
        Set<String> members = codes(node, path, "members", Vocabulary.MEMBERS);
        Set<DataSharingPolicy.Direction> directions = node.has("directions")
                ? codes(node, path, "directions", Vocabulary.DIRECTIONS)
                : Set.of(DataSharingPolicy.Direction.SEND, DataSharingPolicy.Direction.RECEIVE);
        LocalDate validUntil = null;
        if (node.has("validUntil")) {
            String text = node.get("validUntil").asText();
            try {
                validUntil = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw invalid(path + ".validUntil", text, text + " is not a date such as 2027-03-31");
            }
        }
        return new SharingAgreement(
                id.asText(),
                members,
                codes(node, path, "messageTypes", Vocabulary.MESSAGE_TYPES),
                directions,
                codes(node, path, "purposes", Vocabulary.PURPOSES),
                node.has("dataCategories") ? codes(node, path, "dataCategories", Vocabulary.DATA_CATEGORIES) : Set.of(),
                codes(node, path, "roles", Vocabulary.ROLES),
                codes(node, path, "consentStates", Vocabulary.CONSENT_STATES),
                validUntil);
    }

    private <T> Set<T> codes(JsonNode node, String path, String key, Vocabulary<T> vocabulary) {
        JsonNode list = node.get(key);
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw invalid(path + "." + key, null, "required, a non-empty list");
        }
        Set<T> values = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String value = list.get(i).asText();
            try {
                // A number or a mapping is never a code, whatever its text.
                values.add(vocabulary.parse().apply(list.get(i).isTextual() ? value : null));
            } catch (UnknownCodeException e) {
                throw invalid(
                        path + "." + key + "[" + i + "]",
                        value,
                        value + " is not a " + vocabulary.name()
                                + (vocabulary.codes().isEmpty() ? "" : ", one of " + vocabulary.codes()));
            }
        }
        return values;
    }

    private static String memberCode(String value) {
        if (value == null || !(value.equals(SharingAgreement.ANY_MEMBER) || value.matches("[A-Z]{2}-[A-Z0-9]{2,8}"))) {
            throw new UnknownCodeException("member code or *", value);
        }
        return value;
    }

    private static DataSharingPolicy.Direction direction(String value) {
        return Arrays.stream(DataSharingPolicy.Direction.values())
                .filter(d -> d.name().equals(value))
                .findFirst()
                .orElseThrow(() -> new UnknownCodeException("direction", value));
    }

    /** Refusals are always sent and always read; no agreement governs them. */
    private static MessageType agreedMessageType(String value) {
        MessageType type = MessageType.fromWire(value);
        if (type == MessageType.REFUSAL) {
            throw new UnknownCodeException("message type an agreement covers", value);
        }
        return type;
    }

    /** What one key of an agreement holds: its name in messages, how a value is read, and the codes it allows. */
    private record Vocabulary<T>(String name, Function<String, T> parse, List<String> codes) {

        static final Vocabulary<String> MEMBERS =
                new Vocabulary<>("member code or *", PolicyFile::memberCode, List.of());
        static final Vocabulary<DataSharingPolicy.Direction> DIRECTIONS = new Vocabulary<>(
                "direction", PolicyFile::direction, codes(DataSharingPolicy.Direction.values(), Enum::name));
        static final Vocabulary<MessageType> MESSAGE_TYPES = new Vocabulary<>(
                "message type an agreement covers",
                PolicyFile::agreedMessageType,
                Arrays.stream(MessageType.values())
                        .filter(t -> t != MessageType.REFUSAL)
                        .map(MessageType::wire)
                        .toList());
        static final Vocabulary<Purpose> PURPOSES =
                new Vocabulary<>("purpose", Purpose::fromWire, codes(Purpose.values(), Purpose::wire));
        static final Vocabulary<DataCategory> DATA_CATEGORIES = new Vocabulary<>(
                "data category", DataCategory::fromWire, codes(DataCategory.values(), DataCategory::wire));
        static final Vocabulary<RequesterRole> ROLES = new Vocabulary<>(
                "requester role", RequesterRole::fromWire, codes(RequesterRole.values(), RequesterRole::wire));
        static final Vocabulary<ConsentState> CONSENT_STATES = new Vocabulary<>(
                "consent state", ConsentState::fromWire, codes(ConsentState.values(), ConsentState::wire));

        private static <E> List<String> codes(E[] values, Function<E, String> wire) {
            return Arrays.stream(values).map(wire).toList();
        }
    }

    private InvalidPolicyException invalid(String entry, String value, String problem) {
        return new InvalidPolicyException(file, entry, value, problem);
    }

    /**
     * A policy file that cannot be used. The message reads {@code <file>: <entry>: <problem>}; the entry and the
     * bad value (null when there is none, e.g. a missing key) are also given apart.
     */
    public static final class InvalidPolicyException extends CodedException {

        public static final String REASON = "POLICY_FILE_INVALID";

        private final Path file;
        private final String entry;
        private final String value;

        InvalidPolicyException(Path file, String entry, String value, String problem) {
            super(file + ": " + (entry.isEmpty() ? "" : entry + ": ") + problem);
            this.file = file;
            this.entry = entry;
            this.value = value;
        }

        public Path file() {
            return file;
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
