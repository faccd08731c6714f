package org.crossflag.gateway.federation.outbox;

import java.time.Clock;
import java.time.Duration;

import org.crossflag.gateway.background.SweepRoutes;

/**
 * The outbox's schedule: a dispatch round on every wake-up (after a message is queued) and on a timer (for
 * retries that have come due), a safety net for headless correlations, and a purge of delivered messages past the
 * retention period.
 */
final class OutboxRoutes extends SweepRoutes {

    static final String DISPATCH_TIMER = "timer:outbox-dispatch?delay={{crossflag.background.start-delay}}"
            + "&period={{crossflag.outbox.poll-interval}}";
    static final String HEADLESS_TIMER = "timer:outbox-headless?delay={{crossflag.outbox.headless-check-delay}}"
            + "&period={{crossflag.outbox.headless-check-interval}}";
    static final String RETENTION_TIMER = "timer:outbox-retention?delay={{crossflag.background.purge-delay}}"
            + "&period={{crossflag.background.purge-interval}}";

    private final OutboxDispatcher dispatcher;
    private final OutboxRepository repository;
    private final Duration retention;
    private final Clock clock;

    OutboxRoutes(OutboxDispatcher dispatcher, OutboxRepository repository, Duration retention, Clock clock) {
        this.dispatcher = dispatcher;
        this.repository = repository;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public void configure() {
        // Messages queued during the linger join the round, so under load a round claims a batch with one commit
        // instead of one commit a message. The timer's rounds run apart from the wake-up's, so a round waiting on a
        // hung peer holds up no other peer.
        sweepOnWakeUp(OutboxDispatcher.WAKE, "{{crossflag.outbox.wake-linger}}", dispatcher::dispatchDue);
        sweepOnTimer(DISPATCH_TIMER, "outbox-dispatch", dispatcher::dispatchDue);

        // A safety net, normally idle: see OutboxDispatcher#promoteHeadless.
        sweepOnTimer(HEADLESS_TIMER, "outbox-headless", dispatcher::promoteHeadless);

        sweepOnTimer(
                RETENTION_TIMER,
                "outbox-retention",
                () -> repository.purgeDelivered(clock.instant().minus(retention)));
    }
}
