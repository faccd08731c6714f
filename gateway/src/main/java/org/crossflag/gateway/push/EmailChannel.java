package org.crossflag.gateway.push;

import java.util.Map;

import org.apache.camel.ProducerTemplate;

/** Alerts by email, through the alert-email route; other deliveries are not emailed. */
final class EmailChannel implements PushChannel {

    static final String ID = "EMAIL";
    static final String URI = "direct:alert-email";

    private final ProducerTemplate producer;

    EmailChannel(ProducerTemplate producer) {
        this.producer = producer;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean takes(PushKind kind) {
        return kind == PushKind.ALERT;
    }

    @Override
    public void send(PushItem item) {
        if (item.email() == null) {
            throw new IllegalArgumentException("delivery " + item.delivery().deliveryId() + " has no email");
        }
        producer.requestBodyAndHeaders(
                URI, item.email().body(), Map.of("Subject", item.email().subject()));
    }
}
