package org.crossflag.gateway.push;

import java.util.Objects;

import org.crossflag.adapter.LocalDelivery;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One delivery as the channels send it: the adapter-api {@link LocalDelivery} (ids and codes only), the fields the
 * webhook adds to it (references and dates, never a person), the email's words when it goes by email, and the
 * correlation id its audit entry names.
 *
 * @param webhookDetails fields added to the webhook's JSON beside the delivery's own, or empty
 * @param email          the email's subject and body, or null when it is not emailed
 */
public record PushItem(LocalDelivery delivery, ObjectNode webhookDetails, Email email, String correlationId) {

    public PushItem {
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(webhookDetails, "webhookDetails");
    }

    public record Email(String subject, String body) {}
}
