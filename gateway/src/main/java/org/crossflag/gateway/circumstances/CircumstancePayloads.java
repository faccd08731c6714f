package org.crossflag.gateway.circumstances;

import java.time.LocalDate;

import org.crossflag.adapter.CircumstanceChangeKind;
import org.crossflag.adapter.Contact;
import org.crossflag.adapter.ProtectionOrderType;
import org.crossflag.gateway.hearings.alerts.CircumstanceNotice;
import org.crossflag.gateway.hearings.queries.HitPayloads;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The CircumstanceChange payload (circumstance-change.payload.schema.json): the subject's blinded encoding, what
 * changed, the order, the dates, the new postcode district and the offender manager to call. Never a name, a date of
 * birth or an address: the schema has no field for one.
 */
final class CircumstancePayloads {

    private CircumstancePayloads() {}

    /** What one notification says, as it travels. */
    record Change(
            CircumstanceChangeKind changeKind,
            ProtectionOrderType orderType,
            String orderReference,
            String orderHeldBy,
            LocalDate changedOn,
            LocalDate notifiedOn,
            String newDistrict,
            boolean deadlineMissed,
            Contact contact) {

        /** The alert's notice, with what this force's own index says of the person. */
        CircumstanceNotice notice(String notificationId, CircumstanceNotice.PanelKnowledge knownToPanels) {
            return new CircumstanceNotice(
                    notificationId,
                    changeKind,
                    orderType,
                    orderReference,
                    orderHeldBy,
                    changedOn,
                    notifiedOn,
                    newDistrict,
                    knownToPanels,
                    deadlineMissed);
        }
    }

    static ObjectNode payload(ObjectNode encoding, Change change) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.set("encoding", encoding);
        payload.put("changeKind", change.changeKind().wire())
                .put("orderType", change.orderType().wire())
                .put("orderReference", change.orderReference())
                .put("orderHeldBy", change.orderHeldBy())
                .put("changedOn", change.changedOn().toString())
                .put("notifiedOn", change.notifiedOn().toString());
        if (change.newDistrict() != null) {
            payload.put("newDistrict", change.newDistrict());
        }
        payload.put("deadlineMissed", change.deadlineMissed());
        payload.set("contact", HitPayloads.contact(change.contact()));
        return payload;
    }

    /** Reads a payload the envelope's schema has already checked. */
    static Change read(JsonNode payload) {
        JsonNode district = payload.get("newDistrict");
        return new Change(
                CircumstanceChangeKind.fromWire(payload.path("changeKind").asText()),
                ProtectionOrderType.fromWire(payload.path("orderType").asText()),
                payload.path("orderReference").asText(),
                payload.path("orderHeldBy").asText(),
                LocalDate.parse(payload.path("changedOn").asText()),
                LocalDate.parse(payload.path("notifiedOn").asText()),
                district == null || district.isNull() ? null : district.asText(),
                payload.path("deadlineMissed").asBoolean(),
                HitPayloads.contact(payload.path("contact")));
    }
}
