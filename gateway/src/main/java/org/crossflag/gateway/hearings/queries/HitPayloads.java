package org.crossflag.gateway.hearings.queries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.crossflag.adapter.AbuseType;
import org.crossflag.adapter.Contact;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.PersonRole;
import org.crossflag.adapter.RiskScore;
import org.crossflag.adapter.VictimRelationship;
import org.crossflag.gateway.federation.inbox.RefusedMessageException;
import org.crossflag.gateway.hearings.records.HearingRepository;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The payloads of PriorHearingAnswer and CrossAreaAlert, to and from JSON. The federation schemas have already
 * checked their shape on arrival; reading still refuses anything that does not make sense here.
 */
public final class HitPayloads {

    /** At most this many hits travel in one answer message (the schema's maxItems); more go in further parts. */
    static final int HITS_PER_PART = 50;
    /** At most this many parts make one answer (the schema's maximum). */
    static final int MAX_PARTS = 100;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private HitPayloads() {}

    /**
     * The answer to one query as numbered parts of at most {@value #HITS_PER_PART} hits each; no hit is one part.
     * Refused (ANSWER_TOO_LARGE) beyond {@value #MAX_PARTS} parts.
     */
    static List<ObjectNode> answerParts(String queryMessageId, int keyVersion, List<Hit> hits) {
        int parts = Math.max(1, (hits.size() + HITS_PER_PART - 1) / HITS_PER_PART);
        if (parts > MAX_PARTS) {
            throw new RefusedMessageException(
                    "ANSWER_TOO_LARGE", "the answer would need more than " + MAX_PARTS + " parts");
        }
        List<ObjectNode> payloads = new ArrayList<>();
        for (int part = 1; part <= parts; part++) {
            List<Hit> slice = hits.subList((part - 1) * HITS_PER_PART, Math.min(hits.size(), part * HITS_PER_PART));
            payloads.add(answer(queryMessageId, keyVersion, slice, part, parts));
        }
        return payloads;
    }

    static ObjectNode answer(String queryMessageId, int keyVersion, List<Hit> hits, int part, int parts) {
        ObjectNode payload = JSON.objectNode()
                .put("queryMessageId", queryMessageId)
                .put("keyVersion", keyVersion)
                .put("part", part)
                .put("parts", parts);
        ArrayNode array = payload.putArray("hits");
        for (Hit hit : hits) {
            ObjectNode node = array.addObject()
                    .put("hitId", hit.hitId())
                    .put("forum", hit.forum().name())
                    .put("force", hit.holder())
                    .put("heardOn", hit.heardOn().toString())
                    .put("reference", hit.reference())
                    .put("band", hit.band());
            node.set("contact", contact(hit.contact()));
            if (hit.score() != null) {
                node.putObject("score")
                        .put("tool", hit.score().tool())
                        .put("version", hit.score().toolVersion())
                        .put("value", hit.score().value());
            }
            writeHarm(hit, node);
        }
        return payload;
    }

    private static void writeHarm(Hit hit, ObjectNode node) {
        if (hit.role() != PersonRole.PERPETRATOR) {
            node.put("role", hit.role().wire()); // absent means PERPETRATOR, as before roles were recorded
        }
        if (hit.abuseType() != null) {
            node.put("abuseType", hit.abuseType().wire());
        }
        if (hit.subjectUnder16()) {
            node.put("subjectUnder16", true);
        }
        if (hit.victimUnder16()) {
            node.put("victimUnder16", true);
        }
        if (!hit.victims().isEmpty()) {
            ArrayNode victims = node.putArray("victims");
            for (HitVictim victim : hit.victims()) {
                victims.addObject()
                        .put("relationship", victim.relationship().wire())
                        .set("encoding", victim.encoding());
            }
        }
    }

    private static List<HitVictim> victims(JsonNode hit) {
        List<HitVictim> victims = new ArrayList<>();
        for (JsonNode victim : hit.path("victims")) {
            victims.add(new HitVictim(
                    VictimRelationship.fromWire(victim.path("relationship").asText()), victim.path("encoding")));
        }
        return victims;
    }

    /** Which query message an answer answers, and which part it is: part 1 of 1 when the sender did not say. */
    static AnswerAcceptance.AnswerPart answerPart(JsonNode payload) {
        return new AnswerAcceptance.AnswerPart(
                payload.path("queryMessageId").asText(),
                payload.path("part").asInt(1),
                payload.path("parts").asInt(1));
    }

    /** The hits of an answer; each must name the sender as the holding force. */
    static List<Hit> hits(JsonNode payload, String sender) {
        List<Hit> hits = new ArrayList<>();
        for (JsonNode node : payload.path("hits")) {
            if (!sender.equals(node.path("force").asText())) {
                throw new RefusedMessageException("HIT_FORCE_MISMATCH", "a hit names another force than its sender");
            }
            JsonNode score = node.get("score");
            hits.add(new Hit(
                    node.path("hitId").asText(),
                    sender,
                    Forum.valueOf(node.path("forum").asText()),
                    date(node.path("heardOn").asText()),
                    node.path("reference").asText(),
                    contact(node.path("contact")),
                    node.path("band").asText(),
                    score == null
                            ? null
                            : new RiskScore(
                                    score.path("tool").asText(),
                                    score.path("version").asText(),
                                    score.path("value").asText()),
                    node.has("role") ? PersonRole.fromWire(node.path("role").asText()) : PersonRole.PERPETRATOR,
                    node.has("abuseType")
                            ? AbuseType.fromWire(node.path("abuseType").asText())
                            : null,
                    node.path("subjectUnder16").asBoolean(false),
                    node.path("victimUnder16").asBoolean(false),
                    victims(node)));
        }
        return hits;
    }

    /** A date the schema let through by its shape that is still no date (2026-02-30) is refused, not retried. */
    public static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new RefusedMessageException("PAYLOAD_INVALID", "a date in the payload is not a calendar date");
        }
    }

    public static ObjectNode crossAreaAlert(Hit hit, HearingRepository.StoredReferral referral) {
        ObjectNode payload = JSON.objectNode()
                .put("hitId", hit.hitId())
                .put("heardForum", hit.forum().name())
                .put("heardOn", hit.heardOn().toString())
                .put("heardReference", hit.reference())
                .put("band", hit.band());
        ObjectNode about = payload.putObject("referral")
                .put("forum", referral.forum().name())
                .put("referredOn", referral.referredOn().toString())
                .put("reference", referral.reference());
        about.set("contact", contact(referral.contact()));
        return payload;
    }

    public static ObjectNode contact(Contact contact) {
        ObjectNode node = JSON.objectNode().put("name", contact.name());
        if (contact.phone() != null) {
            node.put("phone", contact.phone());
        }
        if (contact.email() != null) {
            node.put("email", contact.email());
        }
        return node;
    }

    public static Contact contact(JsonNode node) {
        return new Contact(node.path("name").asText(), text(node, "phone"), text(node, "email"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
