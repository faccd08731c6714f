package org.crossflag.gateway.federation.outbox;

import java.time.Clock;
import java.time.Duration;

import org.apache.camel.builder.RouteBuilder;

/**
 * The outbox's schedule: a dispatch round on every wake-up (after a message is queued) and on a timer (for
 * retries that have come due), and an hourly purge of delivered messages past the retention period.
 */
final class OutboxRoutes extends RouteBuilder {

    private final OutboxDispatcher dispatcher;
    private final OutboxRepository repository;
    private final Duration pollInterval;
    private final Duration wakeLinger;
    private final Duration retention;
    private final Clock clock;

    OutboxRoutes(OutboxDispatcher dispatcher, OutboxRepository repository, Duration pollInterval, Duration wakeLinger,
                 Duration retention, Clock clock) {
        this.dispatcher = dispatcher;
        this.repository = repository;
        this.pollInterval = pollInterval;
        this.wakeLinger = wakeLinger;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public void configure() {
        from("timer:outbox-dispatch?delay=1000&period=" + pollInterval.toMillis())
                .routeId("outbox-dispatch")
                .bean(dispatcher, "dispatchDue");

        from(OutboxDispatcher.WAKE_URI)
                .routeId("outbox-wake")
                // Messages queued in the next few milliseconds join this round, so under load a round claims a batch
                // with one commit instead of one commit a message. The delay holds this route's one consumer (Camel's
                // default would hand it to a thread pool), so rounds run one after another and wake-ups that arrive
                // meanwhile merge into the next round instead of each starting a small round of its own. The timer
                // route runs its rounds apart from these, so a round waiting on a hung peer holds up no other peer.
                .delay(wakeLinger.toMillis()).syncDelayed()
                .bean(dispatcher, "dispatchDue");

        // A safety net, normally idle: see OutboxDispatcher#promoteHeadless.
        from("timer:outbox-headless?delay=30000&period=60000")
                .routeId("outbox-headless")
                .bean(dispatcher, "promoteHeadless");

        from("timer:outbox-retention?delay=60000&period=3600000")
                .routeId("outbox-retention")
                .process(exchange -> repository.purgeDelivered(clock.instant().minus(retention)));
    }
}
