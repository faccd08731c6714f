package org.crossflag.gateway.federation;

import org.apache.camel.builder.RouteBuilder;
import org.crossflag.gateway.federation.inbox.InboundProcessor;

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
                .bean(receiver, "receive")
                // The message is committed: let its handler run (wake-ups are merged, never queued up).
                .wireTap(InboundProcessor.WAKE_URI);

        from("platform-http:/federation/ping?httpMethodRestrict=GET")
                .routeId("federation-ping")
                .bean(receiver, "ping");
    }
}
