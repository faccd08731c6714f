package org.crossflag.adapter.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Request bodies about invented people, as a case system would send them, and ways to spoil them. */
final class Bodies {

    static final ObjectMapper JSON = new ObjectMapper();

    private Bodies() {}

    static ObjectNode person() {
        return parse("""
                {"localPersonId": "CS-P-00417", "givenNames": ["Oswin", "Perceval"], "familyNames": ["Tarrant-Bleek"],
                 "aliases": ["Ozzy Bleek"], "dateOfBirth": "1982-06-14", "sex": "M", "postcode": "CO4 3ZP",
                 "addressLine": "9 Quillon Terrace", "pncId": "84/220917R", "phone": "07700 900561",
                 "email": "oswin.tb@mail.example"}
                """);
    }

    static ObjectNode coordinator() {
        return parse("""
                {"name": "MARAC coordinator, Quarrybank", "phone": "01632 960771 ext 4",
                 "email": "marac@quarrybank.police.example"}
                """);
    }

    static ObjectNode hearing() {
        ObjectNode body = parse("""
                {"localReference": "MARAC-QRB-2026-0412", "forum": "MARAC", "heardOn": "2026-03-12",
                 "score": {"tool": "DASH", "toolVersion": "2009", "value": "17"}}
                """);
        body.set("subject", person());
        body.set("coordinator", coordinator());
        return body;
    }

    static ObjectNode referral() {
        ObjectNode body = parse("""
                {"localReference": "MARAC-QRB-2026-1187", "forum": "DAPP", "referredOn": "2026-04-02"}
                """);
        body.set("subject", person());
        body.set("coordinator", coordinator());
        return body;
    }

    /** Two people harmed: a former partner recorded as both (a counter-allegation), and the subject's mother. */
    static ArrayNode victims() {
        return (ArrayNode) parseAny("""
                [{"person": {"localPersonId": "CS-P-00931", "givenNames": ["Honoria"], "familyNames": ["Pellinore"],
                             "dateOfBirth": "1987-02-19", "sex": "F", "postcode": "CO4 9XQ"},
                  "relationship": "EX_PARTNER", "role": "BOTH"},
                 {"person": {"localPersonId": "CS-P-00932", "givenNames": ["Gwendolyn"],
                             "aliases": ["Gwen Achterberg"], "dateOfBirth": "1958"},
                  "relationship": "CHILD_TO_PARENT"}]
                """);
    }

    /** The body with the subject recorded as both, the abuse type and {@link #victims()}; a correction's hearing. */
    static ObjectNode withHarm(ObjectNode body) {
        ObjectNode record = body.has("hearing") ? (ObjectNode) body.get("hearing") : body;
        record.put("subjectRole", "BOTH");
        record.put("abuseType", "DOMESTIC_ABUSE");
        record.set("victims", victims());
        return body;
    }

    static ObjectNode personRecord() {
        ObjectNode body = parse("""
                {"reference": "CR/2019/0042", "kind": "CONVICTION", "date": "2019-11-04", "endsOn": "2027-11-03",
                 "summary": "Assault by beating, 12 weeks' custody"}
                """);
        body.set("person", person());
        return body;
    }

    static ObjectNode dvdsApplication() {
        ObjectNode body = parse("""
                {"localReference": "DVDS-QRB-2026-0077", "route": "RIGHT_TO_ASK", "receivedOn": "2026-04-15",
                 "personAtRisk": {"localPersonId": "CS-P-00921", "givenNames": ["Marisol"],
                                  "familyNames": ["Quenby"], "dateOfBirth": "1991-09"},
                 "applicant": {"kind": "THIRD_PARTY", "person": {"localPersonId": "CS-P-00922",
                               "givenNames": ["Thaddeus"], "familyNames": ["Wolvercote"]},
                               "relationshipToPersonAtRisk": "PARENT", "relationshipToSubject": "NONE"},
                 "legalBasis": "COMMON_LAW_POLICING_PURPOSE", "consent": "REFUSED_OVERRIDDEN",
                 "justification": "Risk of serious harm.\\nConsent refused on 14 April.",
                 "categories": ["OFFENCE_HISTORY", "ORDERS"],
                 "officer": {"name": "DVDS desk, Quarrybank", "email": "dvds@quarrybank.police.example"}}
                """);
        body.set("subject", person());
        return body;
    }

    static ObjectNode circumstanceChange() {
        ObjectNode body = parse("""
                {"localReference": "SPO-QRB-2026-0031-N2", "kind": "NEW_PARTNER", "orderType": "SPO",
                 "orderReference": "SPO-QRB-2026-0031", "orderHeldBy": "GB-QRB", "changedOn": "2026-05-01",
                 "notifiedOn": "2026-05-03",
                 "newPartner": {"localPersonId": "CS-P-01200", "givenNames": ["Ingrid", "Solveig"],
                                "familyNames": ["Marchetti-Yoon"]},
                 "offenderManager": {"name": "Offender manager, Quarrybank", "phone": "01632 960772"}}
                """);
        body.set("subject", person());
        return body;
    }

    static ObjectNode correction() {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode hearing = hearing();
        hearing.put("heardOn", "2026-03-13");
        body.set("hearing", hearing);
        body.put("correctedOn", "2026-03-20");
        return body;
    }

    static ObjectNode withdrawal() {
        return parse("""
                {"recordType": "HEARING", "localReference": "MARAC-QRB-2026-0412", "withdrawnOn": "2026-05-20"}
                """);
    }

    /** The body for one of the endpoints, by its path. */
    static ObjectNode forPath(String path) {
        return switch (path) {
            case "hearings" -> hearing();
            case "referrals" -> referral();
            case "person-records" -> personRecord();
            case "dvds-applications" -> dvdsApplication();
            case "circumstance-changes" -> circumstanceChange();
            case "corrections" -> correction();
            case "withdrawals" -> withdrawal();
            default -> throw new IllegalArgumentException(path);
        };
    }

    /** Sets the value at a dotted path such as {@code subject.givenNames[1]}; null removes the field. */
    static ObjectNode with(ObjectNode body, String path, Object value) {
        String[] parts = path.split("\\.");
        JsonNode parent = body;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = step(parent, parts[i]);
        }
        String last = parts[parts.length - 1];
        JsonNode node = value == null ? null : JSON.valueToTree(value);
        if (last.endsWith("]")) {
            ArrayNode array = (ArrayNode) parent.get(last.substring(0, last.indexOf('[')));
            array.set(index(last), node);
        } else if (node == null) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ObjectNode) parent).set(last, node);
        }
        return body;
    }

    static String text(JsonNode body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode step(JsonNode node, String part) {
        if (part.endsWith("]")) {
            return node.get(part.substring(0, part.indexOf('['))).get(index(part));
        }
        return node.get(part);
    }

    private static int index(String part) {
        return Integer.parseInt(part.substring(part.indexOf('[') + 1, part.length() - 1));
    }

    private static ObjectNode parse(String text) {
        return (ObjectNode) parseAny(text);
    }

    private static JsonNode parseAny(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
