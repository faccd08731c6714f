package org.crossflag.gateway.audit;

import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.crossflag.gateway.crypto.MessageSigner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs checkpoints of the audit trail: once {@code every} entries have been appended since the newest
 * checkpoint, and on a timer for whatever was appended since. A seq is checkpointed at most once, even by two
 * instances sharing a database (the seq is the checkpoint table's primary key).
 */
final class AuditCheckpointer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AuditCheckpointer.class);

    private final String node;
    private final AuditRepository repository;
    private final TransactionTemplate transactions;
    private final MessageSigner signer;
    private final Clock clock;
    private final long every;
    private final Executor executor;
    // The newest checkpointed seq this instance knows of; -1 until read from the database.
    private final AtomicLong lastCheckpointSeq = new AtomicLong(-1);
    private final AtomicBoolean pending = new AtomicBoolean();

    /**
     * @param transactions with propagation REQUIRES_NEW: checkpoints run after the entry's transaction committed
     * @param executor     where checkpoints after appends are made, off the caller's thread: the caller still
     *                     holds its database connection, and waiting there for a second one could starve the pool
     */
    AuditCheckpointer(String node, AuditRepository repository, TransactionTemplate transactions, MessageSigner signer,
                      Clock clock, long every, Executor executor) {
        this.node = node;
        this.repository = repository;
        this.transactions = transactions;
        this.signer = signer;
        this.clock = clock;
        this.every = every;
        this.executor = executor;
    }

    /** Called once an entry has committed. Never throws: the caller's change is already in. */
    void afterAppend(long seq) {
        long known = lastCheckpointSeq.get();
        if ((known < 0 || seq - known >= every) && pending.compareAndSet(false, true)) {
            try {
                executor.execute(() -> {
                    pending.set(false);
                    checkpointQuietly(true);
                });
            } catch (RejectedExecutionException e) {
                pending.set(false);
            }
        }
    }

    /** Run by the timer route: checkpoints the head if anything was appended since the newest checkpoint. */
    void checkpointIfBehind() {
        checkpointQuietly(false);
    }

    /**
     * Signs a checkpoint of the committed head when one is due: {@code every} entries since the newest
     * checkpoint, or (when not {@code onlyWhenFull}) any entry since. Returns the seq checkpointed, or 0.
     */
    synchronized long checkpoint(boolean onlyWhenFull) {
        Long checkpointed = transactions.execute(status -> {
            AuditLedger.Head head = repository.head().orElseThrow(() -> new IllegalStateException("the audit_head row is missing"));
            long last = repository.lastCheckpointSeq();
            lastCheckpointSeq.set(last);
            if (!due(head.lastSeq(), last, onlyWhenFull)) {
                return 0L;
            }
            byte[] json = new CheckpointStatement(node, head.lastSeq(), head.lastHash(), clock.instant()).toJson();
            boolean inserted = repository.insertCheckpoint(new StoredCheckpoint(head.lastSeq(), json, signer.sign(json), certificateDer()));
            return inserted ? head.lastSeq() : 0L;
        });
        long seq = checkpointed == null ? 0 : checkpointed;
        if (seq > 0) {
            lastCheckpointSeq.accumulateAndGet(seq, Math::max);
            LOG.info("audit checkpoint signed at seq {}", seq);
        }
        return seq;
    }

    boolean due(long headSeq, long lastCheckpointed, boolean onlyWhenFull) {
        return headSeq > lastCheckpointed && (!onlyWhenFull || headSeq - lastCheckpointed >= every);
    }

    private void checkpointQuietly(boolean onlyWhenFull) {
        try {
            checkpoint(onlyWhenFull);
        } catch (RuntimeException e) {
            LOG.warn("audit checkpoint failed, the timer will retry: {}", e.getMessage());
        }
    }

    /** Lets a checkpoint in progress finish before the database goes away. */
    @Override
    public void close() throws InterruptedException {
        if (executor instanceof ExecutorService service) {
            service.shutdown();
            service.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private byte[] certificateDer() {
        try {
            return signer.certificate().getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("signing certificate cannot be encoded", e);
        }
    }
}
