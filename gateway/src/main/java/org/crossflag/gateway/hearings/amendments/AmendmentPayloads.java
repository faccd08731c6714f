package org.crossflag.gateway.hearings.amendments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.crossflag.adapter.Forum;
import org.crossflag.adapter.RiskScore;
import org.crossflag.adapter.UnknownCodeException;
import org.crossflag.gateway.federation.inbox.RefusedMessageException;
import org.crossflag.gateway.hearings.queries.HitPayloads;
import org.crossflag.gateway.hearings.records.AmendedRecord;
import org.crossflag.gateway.hearings.records.Amendment;
import org.crossflag.gateway.hearings.records.CorrectedHit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The RecordAmendment payload, to and from JSON: ids the receiver holds and corrected hit fields, no person. */
final class AmendmentPayloads {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private AmendmentPayloads() {}

    /** @param corrected the hit fields as corrected, for a correction only */
    static ObjectNode of(
            AmendedRecord about, Amendment amendment, LocalDate on, List<String> hitIds, CorrectedHit corrected) {
        ObjectNode payload = JSON.objectNode()
                .put("about", about.wire())
                .put("amendment", amendment.wire())
                .put("amendedOn", on.toString());
        hitIds.forEach(payload.putArray("hitIds")::add);
        if (corrected != null) {
            ObjectNode fields = payload.putObject("corrected")
                    .put("forum", corrected.forum().wire())
                    .put("heardOn", corrected.heardOn().toString());
            if (corrected.score() != null) {
                fields.putObject("score")
                        .put("tool", corrected.score().tool())
                        .put("version", corrected.score().toolVersion())
                        .put("value", corrected.score().value());
            }
        }
        return payload;
    }

    /** A payload as read; the schema has checked its shape, codes and dates are still read strictly. */
    record Read(AmendedRecord about, Amendment amendment, LocalDate on, List<String> hitIds, CorrectedHit corrected) {}

    static Read read(JsonNode payload) {
        try {
            List<String> hitIds = new ArrayList<>();
            payload.path("hitIds").forEach(id -> hitIds.add(id.asText()));
            JsonNode fields = payload.get("corrected");
            CorrectedHit corrected = null;
            if (fields != null) {
                JsonNode score = fields.get("score");
                corrected = new CorrectedHit(
                        Forum.fromWire(fields.path("forum").asText()),
                        HitPayloads.date(fields.path("heardOn").asText()),
                        score == null
                                ? null
                                : new RiskScore(
                                        score.path("tool").asText(),
                                        score.path("version").asText(),
                                        score.path("value").asText()));
            }
            return new Read(
                    AmendedRecord.fromWire(payload.path("about").asText()),
                    Amendment.fromWire(payload.path("amendment").asText()),
                    HitPayloads.date(payload.path("amendedOn").asText()),
                    List.copyOf(hitIds),
                    corrected);
        } catch (UnknownCodeException e) {
            throw new RefusedMessageException("PAYLOAD_INVALID", "a code in the amendment is not known");
        }
    }
}
