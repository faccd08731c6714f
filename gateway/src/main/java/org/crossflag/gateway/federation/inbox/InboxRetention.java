package org.crossflag.gateway.federation.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Purges processed inbound messages after the retention period. A message is kept at least until its own
 * lifetime has ended (plus the clock skew this node allows), because until then its id is what refuses a replay
 * of it: a copy arriving after that is refused as expired before its id is looked up. FAILED messages stay for an
 * operator. Deletes in small batches, so the table is never locked for long.
 */
final class InboxRetention {

    private static final Logger log = LoggerFactory.getLogger(InboxRetention.class);
    static final int BATCH = 1_000;

    private final InboxRepository repository;
    private final Duration retention;
    private final Duration maxClockSkew;
    private final Clock clock;

    InboxRetention(InboxRepository repository, Duration retention, Duration maxClockSkew, Clock clock) {
        this.repository = repository;
        this.retention = retention;
        this.maxClockSkew = maxClockSkew;
        this.clock = clock;
    }

    /** Returns how many messages were purged. */
    public int purge() {
        Instant now = clock.instant();
        int purged = 0;
        int batch;
        do {
            batch = repository.purgeProcessed(now.minus(retention), now.minus(maxClockSkew), BATCH);
            purged += batch;
        } while (batch == BATCH);
        if (purged > 0) {
            log.info("Inbound messages purged count={} retention={}", purged, retention);
        }
        return purged;
    }
}
