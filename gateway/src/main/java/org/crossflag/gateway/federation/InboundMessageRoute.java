package org.crossflag.gateway.federation;

import org.apache.camel.builder.RouteBuilder;

/** Federation messages in: verify, store, answer. Refusals become answers with their reason code. */
final class InboundMessageRoute extends RouteBuilder {

    static final String PATH = "/federation/messages";

    private final InboundMessageReceiver receiver;

    InboundMessageRoute(InboundMessageReceiver receiver) {
        this.receiver = receiver;
    }

    @Override
    public void configure() {
        onException(MessageRejectedException.class)
                .handled(true)
                .bean(receiver, "reject");

        from("platform-http:" + PATH + "?httpMethodRestrict=POST")
                .routeId("federation-inbound")
                .bean(receiver, "receive");

        from("platform-http:/federation/ping?httpMethodRestrict=GET")
                .routeId("federation-ping")
                .bean(receiver, "ping");
    }
}
