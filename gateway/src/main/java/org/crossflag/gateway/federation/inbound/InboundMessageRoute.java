package org.crossflag.gateway.federation.inbound;

import org.apache.camel.builder.RouteBuilder;
import org.crossflag.gateway.background.RouteDefaults;
import org.crossflag.gateway.background.WakeUp;
import org.crossflag.gateway.federation.envelope.MessageRejectedException;
import org.crossflag.gateway.federation.envelope.WirePaths;

/** Federation messages in: verify, store, answer. Refusals become answers with their reason code. */
public final class InboundMessageRoute extends RouteBuilder {

    public static final String PATH = WirePaths.MESSAGES;
    /** Wakes inbound processing once a message is committed; the inbox's rounds listen to it. */
    public static final WakeUp ACCEPTED = new WakeUp("inbox-wake");

    private final InboundMessageReceiver receiver;

    public InboundMessageRoute(InboundMessageReceiver receiver) {
        this.receiver = receiver;
    }

    @Override
    public void configure() {
        onException(MessageRejectedException.class).handled(true).bean(receiver, "reject");

        from("platform-http:" + PATH + "?httpMethodRestrict=POST")
                .routeId("federation-inbound")
                .routeConfigurationId(RouteDefaults.ID)
                .bean(receiver, "receive")
                // The message is committed: let its handler run (wake-ups are merged, never queued up).
                .wireTap(ACCEPTED.uri());

        from("platform-http:/federation/ping?httpMethodRestrict=GET")
                .routeId("federation-ping")
                .routeConfigurationId(RouteDefaults.ID)
                .bean(receiver, "ping");
    }
}
