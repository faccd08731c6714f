package org.crossflag.gateway.audit;

import java.time.Clock;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The node's tamper-evident audit trail. {@link #record} appends one hash-chained entry.
 *
 * <p>Called inside a Spring-managed transaction, the entry joins it and commits or rolls back with the
 * business change; called outside one, it commits on its own. Appends are serialised on the single
 * {@code audit_head} row ({@code SELECT ... FOR UPDATE}), so seqs stay gap-free and the chain linear across
 * threads and across node instances sharing one PostgreSQL database. The lock is held until the surrounding
 * transaction ends: record as the last step of a transaction to keep it short.
 */
public class AuditTrail {

    private final String node;
    private final AuditRepository repository;
    private final TransactionTemplate transactions;
    private final AuditCheckpointer checkpointer;
    private final Clock clock;

    /** @param transactions with the default propagation REQUIRED, so it joins the caller's transaction */
    AuditTrail(String node, AuditRepository repository, TransactionTemplate transactions, AuditCheckpointer checkpointer,
               Clock clock) {
        this.node = node;
        this.repository = repository;
        this.transactions = transactions;
        this.checkpointer = checkpointer;
        this.clock = clock;
    }

    /**
     * Appends the event. Its fields were validated when the event was made, so nothing but codes and ids can
     * reach the trail. Throws if the database refuses, which rolls back a surrounding transaction.
     */
    public void record(AuditEvent event) {
        transactions.executeWithoutResult(status -> {
            AuditLedger.Head head = repository.lockHead();
            byte[] prevHash = head.lastHash() == null ? AuditEntryHash.GENESIS : head.lastHash();
            // Time is read under the lock, so recorded_at never runs backwards as seq goes forwards.
            AuditEntry entry = AuditEntry.create(head.lastSeq() + 1, clock.instant(), node, event, prevHash);
            repository.append(entry);
            // Checkpoints only ever cover committed entries: a rolled-back entry's seq is reused.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    checkpointer.afterAppend(entry.seq());
                }
            });
        });
    }
}
