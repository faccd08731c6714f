package org.crossflag.gateway.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves committed events from the journal into the hash chain, in batches: under the {@code audit_head} lock
 * it gives each the next seq, links it to the entry before and removes it from the journal, all in one short
 * transaction of its own. Recording an event therefore never waits for another transaction's commit, and
 * two instances sharing a database still build one linear chain (whoever holds the head lock chains what is
 * there; the other then finds the journal emptied).
 */
final class AuditChainer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AuditChainer.class);
    static final int BATCH = 500;

    private final String node;
    private final AuditChainKey key;
    private final AuditRepository repository;
    private final TransactionTemplate transactions;
    private final AuditCheckpointer checkpointer;
    private final Executor executor;
    private final long lingerNanos;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile long lastRound = System.nanoTime();

    /**
     * @param transactions with propagation REQUIRES_NEW: chaining runs after the recording transaction committed
     * @param executor     where chaining after a commit runs; {@code Runnable::run} chains on the committing thread
     */
    AuditChainer(
            String node,
            AuditChainKey key,
            AuditRepository repository,
            TransactionTemplate transactions,
            AuditCheckpointer checkpointer,
            Executor executor) {
        this(node, key, repository, transactions, checkpointer, executor, Duration.ZERO);
    }

    /**
     * @param linger with a scheduled executor, the least time between two rounds: under load, events gather into
     *               batches (one commit each) instead of costing a commit apiece; an event waits at most this long
     */
    AuditChainer(
            String node,
            AuditChainKey key,
            AuditRepository repository,
            TransactionTemplate transactions,
            AuditCheckpointer checkpointer,
            Executor executor,
            Duration linger) {
        this.node = node;
        this.key = key;
        this.repository = repository;
        this.transactions = transactions;
        this.checkpointer = checkpointer;
        this.executor = executor;
        this.lingerNanos = linger.toNanos();
    }

    /** Called after a transaction that recorded events committed. Never throws: the caller's change is in. */
    void wake() {
        if (scheduled.compareAndSet(false, true)) {
            Runnable round = () -> {
                scheduled.set(false);
                lastRound = System.nanoTime();
                chainQuietly();
            };
            try {
                long wait = lastRound + lingerNanos - System.nanoTime();
                if (executor instanceof ScheduledExecutorService scheduler && wait > 0) {
                    scheduler.schedule(round, wait, TimeUnit.NANOSECONDS);
                } else {
                    executor.execute(round);
                }
            } catch (RejectedExecutionException e) {
                scheduled.set(false);
            }
        }
    }

    /** Run by the timer route too, for events committed just before a crash or while the database was away. */
    void chainQuietly() {
        try {
            chainPending();
        } catch (RuntimeException e) {
            LOG.warn(
                    "audit chaining failed, the timer will retry: {}",
                    e.getClass().getSimpleName());
        }
    }

    /** Chains every committed journal row; returns how many entries were appended. */
    int chainPending() {
        int appended = 0;
        while (true) {
            Chained batch = transactions.execute(status -> chainBatch());
            if (batch == null || batch.count() == 0) {
                return appended;
            }
            appended += batch.count();
            if (batch.count() < BATCH) {
                return appended;
            }
        }
    }

    /** One batch, in the current transaction. */
    private Chained chainBatch() {
        AuditLedger.Head head = repository.lockHead();
        List<AuditRepository.JournalRow> rows = repository.journalBatch(BATCH);
        if (rows.isEmpty()) {
            return new Chained(0, head.lastSeq());
        }
        byte[] prevHash = head.lastHash() == null ? AuditEntryHash.GENESIS : head.lastHash();
        long seq = head.lastSeq();
        List<AuditEntry> entries = new ArrayList<>(rows.size());
        List<Long> ids = new ArrayList<>(rows.size());
        for (AuditRepository.JournalRow row : rows) {
            AuditEntry entry = AuditEntry.create(++seq, row.recordedAt(), node, row.event(), prevHash, key);
            entries.add(entry);
            ids.add(row.id());
            prevHash = entry.entryHash();
        }
        repository.append(entries, ids);
        return new Chained(entries.size(), seq);
    }

    private record Chained(int count, long lastSeq) {}

    /**
     * Keys the chain of a node that ran without a key before: when the last entry carries an unkeyed hash, records
     * {@link AuditAction#AUDIT_CHAIN_KEYED}, so the chain ends in a keyed entry and a later switch back to unkeyed
     * hashes shows. Returns whether it recorded one.
     */
    boolean markKeyed(Clock clock) {
        Boolean marked = transactions.execute(status -> {
            AuditLedger.Head head = repository.lockHead();
            if (head.lastHash() == null) {
                return false;
            }
            AuditEntry last = repository.entriesAfter(head.lastSeq() - 1, 1).stream()
                    .findFirst()
                    .orElse(null);
            if (last == null || Arrays.equals(AuditEntryHash.keyed(last, key), last.entryHash())) {
                return false;
            }
            repository.journal(AuditEvent.of(AuditAction.AUDIT_CHAIN_KEYED, "KEYED"), clock.instant());
            return true;
        });
        if (Boolean.TRUE.equals(marked)) {
            LOG.info("audit chain keyed: every entry from now on carries a keyed hash");
            chainQuietly();
        }
        return Boolean.TRUE.equals(marked);
    }

    /**
     * Lets chaining in progress finish, chains what is left, then signs a checkpoint of it, before the database
     * goes away: a node stopped as an operator stops it leaves its last entry checkpointed.
     */
    @Override
    public void close() throws InterruptedException {
        if (executor instanceof ExecutorService service) {
            service.shutdown();
            service.awaitTermination(10, TimeUnit.SECONDS);
        }
        chainQuietly();
        checkpointer.checkpointQuietly("shutdown");
    }
}
