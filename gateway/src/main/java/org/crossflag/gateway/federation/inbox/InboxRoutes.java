package org.crossflag.gateway.federation.inbox;

import org.crossflag.gateway.background.SweepRoutes;

/**
 * Processing rounds: on every acceptance (a merged wake-up) and on a timer, for retries and restarts; and a purge of
 * processed messages past the retention period.
 */
final class InboxRoutes extends SweepRoutes {

    static final String PROCESS_TIMER =
            "timer:inbox-process?delay={{crossflag.background.start-delay}}&period={{crossflag.inbox.poll-interval}}";
    static final String RETENTION_TIMER = "timer:inbox-retention?delay={{crossflag.background.purge-delay}}"
            + "&period={{crossflag.background.purge-interval}}";

    private final InboundProcessor processor;
    private final InboxRetention retention;

    InboxRoutes(InboundProcessor processor, InboxRetention retention) {
        this.processor = processor;
        this.retention = retention;
    }

    @Override
    public void configure() {
        wakeAndSweep(InboundProcessor.WAKE, PROCESS_TIMER, "inbox-process", processor::processDue);
        sweepOnTimer(RETENTION_TIMER, "inbox-retention", retention::purge);
    }
}
