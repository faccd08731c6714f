package org.crossflag.gateway.federation.inbox;

import org.apache.camel.builder.RouteBuilder;

/** Processing rounds: on every acceptance (a merged wake-up) and every second, for retries and restarts. */
final class InboxRoutes extends RouteBuilder {

    private final InboundProcessor processor;

    InboxRoutes(InboundProcessor processor) {
        this.processor = processor;
    }

    @Override
    public void configure() {
        from(InboundProcessor.WAKE_URI)
                .routeId("inbox-wake")
                .bean(processor, "processDue");

        from("timer:inbox-process?delay=1000&period=1000")
                .routeId("inbox-process")
                .bean(processor, "processDue");
    }
}
