package org.crossflag.gateway.federation.inbound;

import org.crossflag.gateway.federation.envelope.MessageRejectedException;

import org.apache.camel.builder.RouteBuilder;
import org.crossflag.gateway.background.RouteDefaults;
import org.crossflag.gateway.federation.inbox.InboundProcessor;

/** Federation messages in: verify, store, answer. Refusals become answers with their reason code. */
public final class InboundMessageRoute extends RouteBuilder {

    public static final String PATH = "/federation/messages";

    private final InboundMessageReceiver receiver;

    public InboundMessageRoute(InboundMessageReceiver receiver) {
        this.receiver = receiver;
    }

    @Override
    public void configure() {
        onException(MessageRejectedException.class)
                .handled(true)
                .bean(receiver, "reject");

        from("platform-http:" + PATH + "?httpMethodRestrict=POST")
                .routeId("federation-inbound")
                .routeConfigurationId(RouteDefaults.ID)
                .bean(receiver, "receive")
                // The message is committed: let its handler run (wake-ups are merged, never queued up).
                .wireTap(InboundProcessor.WAKE.uri());

        from("platform-http:/federation/ping?httpMethodRestrict=GET")
                .routeId("federation-ping")
                .routeConfigurationId(RouteDefaults.ID)
                .bean(receiver, "ping");
    }
}
