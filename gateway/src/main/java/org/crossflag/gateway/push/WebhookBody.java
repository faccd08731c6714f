package org.crossflag.gateway.push;

import org.crossflag.adapter.LocalDelivery;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The webhook's JSON: {@code type} (ALERT or DISCLOSURE_REQUEST), the sending node, the fields of the adapter-api
 * {@link LocalDelivery} under the same names, then the fields its source adds (see {@link PushItem}). Ids, codes,
 * references and dates only.
 */
public final class WebhookBody {

    private WebhookBody() {}

    public static String json(String nodeCode, PushItem item) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        if (item.delivery() instanceof LocalDelivery.AlertDelivery alert) {
            body.put("type", PushKind.ALERT.name())
                    .put("node", nodeCode)
                    .put("deliveryId", alert.deliveryId())
                    .put("alertId", alert.alertId())
                    .put("kind", alert.kind())
                    .put("status", alert.status())
                    .put("band", alert.band())
                    .put("forum", alert.forum() == null ? null : alert.forum().wire())
                    .put("otherForce", alert.otherForce())
                    .put(
                            "raisedAt",
                            alert.raisedAt() == null ? null : alert.raisedAt().toString());
        } else if (item.delivery() instanceof LocalDelivery.DisclosureRequestDelivery request) {
            body.put("type", PushKind.DISCLOSURE_REQUEST.name())
                    .put("node", nodeCode)
                    .put("deliveryId", request.deliveryId())
                    .put("requestId", request.requestId())
                    .put("fromForce", request.fromForce())
                    .put("purpose", request.purpose());
            ArrayNode categories = body.putArray("categories");
            request.categories().forEach(categories::add);
            body.put(
                    "respondBy",
                    request.respondBy() == null ? null : request.respondBy().toString());
        }
        body.setAll(item.webhookDetails());
        return body.toString();
    }
}
