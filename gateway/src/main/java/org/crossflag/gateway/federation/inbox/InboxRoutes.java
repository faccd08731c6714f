package org.crossflag.gateway.federation.inbox;

import org.apache.camel.builder.RouteBuilder;

/**
 * Processing rounds: on every acceptance (a merged wake-up) and every second, for retries and restarts; and an
 * hourly purge of processed messages past the retention period.
 */
final class InboxRoutes extends RouteBuilder {

    private final InboundProcessor processor;
    private final InboxRetention retention;

    InboxRoutes(InboundProcessor processor, InboxRetention retention) {
        this.processor = processor;
        this.retention = retention;
    }

    @Override
    public void configure() {
        from(InboundProcessor.WAKE_URI)
                .routeId("inbox-wake")
                .bean(processor, "processDue");

        from("timer:inbox-process?delay=1000&period=1000")
                .routeId("inbox-process")
                .bean(processor, "processDue");

        from("timer:inbox-retention?delay=60000&period=3600000")
                .routeId("inbox-retention")
                .process(exchange -> retention.purge());
    }
}
