package org.crossflag.gateway.hearings.queries;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes each query at its deadline, to the millisecond, on a scheduler thread; a one-second sweep closes any
 * the scheduler missed (a restart in between). Closing is idempotent: an answer may have closed it first.
 */
public final class QueryDeadlines implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(QueryDeadlines.class);

    private final PriorHearingQueries queries;
    private final QueryRepository repository;
    private final TransactionTemplate transactions;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;

    public QueryDeadlines(
            PriorHearingQueries queries,
            QueryRepository repository,
            TransactionTemplate transactions,
            ScheduledExecutorService scheduler,
            Clock clock) {
        this.queries = queries;
        this.repository = repository;
        this.transactions = transactions;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    void schedule(String queryId, Instant deadline) {
        long delay = Math.max(0, Duration.between(clock.instant(), deadline).toMillis());
        scheduler.schedule(() -> close(queryId), delay, TimeUnit.MILLISECONDS);
    }

    /**
     * Run by the sweep route. It also deletes the victims' encodings of queries past their late-answer window: no
     * answer can be counted with them any more.
     */
    public void closeOverdue() {
        for (String queryId : repository.overdueQueries(clock.instant(), 100)) {
            close(queryId);
        }
        int deleted = repository.deleteExpiredVictims(clock.instant());
        if (deleted > 0) {
            log.info("Victim encodings past their query's late-answer window deleted count={}", deleted);
        }
    }

    private void close(String queryId) {
        try {
            transactions.executeWithoutResult(status -> queries.complete(queryId));
        } catch (RuntimeException e) {
            log.warn(
                    "Closing query failed, the sweep retries queryId={} error={}",
                    queryId,
                    e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
