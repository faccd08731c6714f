package org.crossflag.gateway.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a node's policy file (YAML). Every value is checked against the codes the federation uses, and a
 * problem is reported with the path of the bad entry, e.g. {@code agreements[1].purposes[0]}.
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

    static final Set<String> MESSAGE_TYPES = Set.of("PriorHearingQuery", "PriorHearingAnswer", "CrossAreaAlert",
            "DisclosureRequest", "DisclosureAnswer", "CircumstanceChange", "FollowUpRequest", "FollowUpAnswer");
    static final Set<String> PURPOSES = Set.of("MARAC_SAFEGUARDING", "DVDS_RIGHT_TO_ASK", "DVDS_RIGHT_TO_KNOW",
            "PANEL_TASKING", "CIRCUMSTANCE_CHANGE");
    static final Set<String> DATA_CATEGORIES = Set.of("HEARING_FLAG", "HEARING_DETAIL", "RISK_SCORE", "OFFENCE_HISTORY",
            "ORDERS", "ADDRESS", "ASSOCIATES", "CONTACT_DETAILS");
    static final Set<String> ROLES = Set.of("MARAC_COORDINATOR", "PANEL_COORDINATOR", "DVDS_OFFICER", "SAFEGUARDING_OFFICER",
            "OFFENDER_MANAGER", "INTEGRATION_SERVICE");
    static final Set<String> CONSENT_STATES = Set.of("GIVEN", "NOT_SOUGHT_THRESHOLD_MET", "REFUSED_OVERRIDDEN");
    private static final Set<String> KEYS = Set.of("id", "members", "messageTypes", "directions", "purposes",
            "dataCategories", "roles", "consentStates", "validUntil");

    private PolicyFile() {
    }

    /** @throws InvalidPolicyException naming the entry at fault */
    public static DataSharingPolicy read(Path file) {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InvalidPolicyException("the file cannot be read as YAML: " + e.getClass().getSimpleName());
        }
        if (root == null || !root.isObject() || !root.has("agreements")) {
            throw new InvalidPolicyException("agreements: missing (an empty list refuses everything)");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!name.equals("agreements")) {
                throw new InvalidPolicyException(name + ": unknown key");
            }
        }
        JsonNode list = root.get("agreements");
        if (!list.isArray()) {
            throw new InvalidPolicyException("agreements: must be a list");
        }
        List<SharingAgreement> agreements = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            SharingAgreement agreement = agreement(list.get(i), "agreements[" + i + "]");
            if (!ids.add(agreement.id())) {
                throw new InvalidPolicyException("agreements[" + i + "].id: " + agreement.id() + " is used twice");
            }
            agreements.add(agreement);
        }
        return new DataSharingPolicy(agreements);
    }

    private static SharingAgreement agreement(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new InvalidPolicyException(path + ": must be a mapping");
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
            String key = fields.next().getKey();
            if (!KEYS.contains(key)) {
                throw new InvalidPolicyException(path + "." + key + ": unknown key");
            }
        }
        JsonNode id = node.get("id");
        if (id == null || !id.isTextual() || !id.asText().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new InvalidPolicyException(path + ".id: required, letters, digits, '.', '_' or '-'");
        }
        Set<String> members = codes(node, path, "members", null, "[A-Z]{2}-[A-Z0-9]{2,8}|\\*");
        Set<String> directions = node.has("directions") ? codes(node, path, "directions", Set.of("SEND", "RECEIVE"), null)
                : Set.of("SEND", "RECEIVE");
        Set<DataSharingPolicy.Direction> parsedDirections = EnumSet.noneOf(DataSharingPolicy.Direction.class);
        directions.forEach(d -> parsedDirections.add(DataSharingPolicy.Direction.valueOf(d)));
        LocalDate validUntil = null;
        if (node.has("validUntil")) {
            try {
                validUntil = LocalDate.parse(node.get("validUntil").asText());
            } catch (DateTimeParseException e) {
                throw new InvalidPolicyException(path + ".validUntil: must be a date such as 2027-03-31");
            }
        }
        return new SharingAgreement(id.asText(), members,
                codes(node, path, "messageTypes", MESSAGE_TYPES, null), parsedDirections,
                codes(node, path, "purposes", PURPOSES, null),
                node.has("dataCategories") ? codes(node, path, "dataCategories", DATA_CATEGORIES, null) : Set.of(),
                codes(node, path, "roles", ROLES, null),
                codes(node, path, "consentStates", CONSENT_STATES, null), validUntil);
    }

    private static Set<String> codes(JsonNode node, String path, String key, Set<String> allowed, String pattern) {
        JsonNode list = node.get(key);
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new InvalidPolicyException(path + "." + key + ": required, a non-empty list");
        }
        Set<String> values = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String value = list.get(i).asText();
            boolean ok = allowed != null ? allowed.contains(value) : value.matches(pattern);
            if (!list.get(i).isTextual() || !ok) {
                throw new InvalidPolicyException(path + "." + key + "[" + i + "]: " + value + " is not "
                        + (allowed != null ? "one of " + new java.util.TreeSet<>(allowed) : "a member code or *"));
            }
            values.add(value);
        }
        return values;
    }

    /** A policy file that cannot be used; the message starts with the path of the bad entry. */
    public static final class InvalidPolicyException extends RuntimeException {
        InvalidPolicyException(String message) {
            super(message);
        }
    }
}
