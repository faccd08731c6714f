package org.crossflag.gateway.audit;

import java.time.Clock;

import org.crossflag.gateway.node.AfterCommit;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The node's tamper-evident audit trail. {@link #record} writes one event to the journal.
 *
 * <p>Called inside a Spring-managed transaction, the event joins it and commits or rolls back with the
 * business change; called outside one, it commits on its own. Recording takes no lock that another
 * transaction could hold: once the transaction has committed, the {@link AuditChainer} moves the event into
 * the hash chain, giving it the next seq, within milliseconds. Seqs stay gap-free and the chain linear across
 * threads and across node instances sharing one PostgreSQL database.
 */
public class AuditTrail {

    private final AuditRepository repository;
    private final TransactionTemplate transactions;
    private final AuditChainer chainer;
    private final Clock clock;

    /** @param transactions with the default propagation REQUIRED, so it joins the caller's transaction */
    AuditTrail(AuditRepository repository, TransactionTemplate transactions, AuditChainer chainer, Clock clock) {
        this.repository = repository;
        this.transactions = transactions;
        this.chainer = chainer;
        this.clock = clock;
    }

    /**
     * Records the event. Its fields were validated when the event was made, so nothing but codes and ids can
     * reach the trail. Throws if the database refuses, which rolls back a surrounding transaction.
     */
    public void record(AuditEvent event) {
        transactions.executeWithoutResult(status -> {
            repository.journal(event, clock.instant());
            AfterCommit.run(chainer::wake);
        });
    }
}
