package org.crossflag.gateway.federation.outbox;

import java.time.Clock;
import java.time.Duration;

import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.audit.AuditEvent;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.EnvelopeCodec;
import org.crossflag.gateway.federation.envelope.OutgoingMessage;
import org.crossflag.gateway.federation.envelope.SignedMessage;
import org.crossflag.gateway.federation.outbound.FederationSender;
import org.crossflag.gateway.node.AfterCommit;
import org.crossflag.gateway.node.TimeOrderedIds;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What capabilities call to send a federation message. {@link #queue} signs the message and writes it to the
 * outbox in the caller's transaction (or its own), so the message exists exactly when the business change
 * that caused it does. Delivery, retries and receipts are the dispatcher's job.
 */
public class Outbox implements AutoCloseable {

    private final FederationSender sender;
    private final OutboxRepository repository;
    private final TransactionTemplate transactions;
    private final TransactionTemplate separateTransactions;
    private final AuditTrail audit;
    private final OutboxDispatcher dispatcher;
    private final EnvelopeCodec codec;
    private final Clock clock;
    private final OutboxGroupCommit groupCommit;

    public Outbox(
            FederationSender sender,
            OutboxRepository repository,
            TransactionTemplate transactions,
            AuditTrail audit,
            OutboxDispatcher dispatcher,
            EnvelopeCodec codec,
            Clock clock,
            int queueWriters) {
        this.sender = sender;
        this.repository = repository;
        this.transactions = transactions;
        this.separateTransactions = new TransactionTemplate(transactions.getTransactionManager());
        this.separateTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.audit = audit;
        this.dispatcher = dispatcher;
        this.codec = codec;
        this.clock = clock;
        this.groupCommit = new OutboxGroupCommit(this::queueInTransaction, transactions, queueWriters);
    }

    /**
     * Queues the message and returns its id, once it is committed. Inside a transaction it joins it, and commits
     * or rolls back with the caller's change; outside one it joins a group commit with other callers queueing at
     * the same moment. Refuses at once (SendRefusedException) what could never be sent.
     */
    public String queue(OutgoingMessage message) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return groupCommit.queue(message);
        }
        return queueInTransaction(message);
    }

    /** Stops the group-commit writer with the node; callers still waiting are told the outbox is closed. */
    @Override
    public void close() {
        groupCommit.close();
    }

    private String queueInTransaction(OutgoingMessage message) {
        return transactions.execute(status -> {
            String correlationId = message.correlationId() == null ? TimeOrderedIds.next() : message.correlationId();
            // Queue positions are taken under the correlation's lock, held to commit: position order is commit order.
            if (message.correlationId() == null) {
                // A correlation id made here is new: inserting its row takes the lock, no other party can race.
                repository.createCorrelation(message.recipient(), correlationId);
            } else if (!repository.lockCorrelation(message.recipient(), correlationId)) {
                separateTransactions.executeWithoutResult(
                        s -> repository.createCorrelation(message.recipient(), correlationId));
                repository.lockCorrelation(message.recipient(), correlationId);
            }
            SignedMessage signed = sender.prepare(message, correlationId, repository.nextOrder());
            Envelope envelope = signed.envelope();
            // A correlation made here has nothing queued before it; otherwise queue behind any message on its way.
            String queueStatus =
                    message.correlationId() != null && repository.hasActive(message.recipient(), correlationId)
                            ? OutboxRepository.WAITING
                            : OutboxRepository.PENDING;
            repository.insert(
                    new OutboxMessage(
                            envelope.messageId(),
                            correlationId,
                            envelope.correlationSequence(),
                            envelope.recipient(),
                            envelope.type().wire(),
                            signed.body(),
                            signed.signature(),
                            envelope.created(),
                            0),
                    queueStatus,
                    envelope.purpose().wire(),
                    envelope.requester().officerId(),
                    envelope.requester().role().wire(),
                    envelope.expires());
            audit.record(AuditEvent.of(AuditAction.MESSAGE_QUEUED, "QUEUED")
                    .withMessage(envelope.messageId(), correlationId)
                    .withCounterpart(envelope.recipient())
                    .withActor(
                            envelope.requester().officerId(),
                            envelope.requester().role().wire())
                    .withPurpose(envelope.purpose().wire()));
            AfterCommit.run(dispatcher::wake);
            return envelope.messageId();
        });
    }

    /**
     * Puts a dead letter back in the queue. If its envelope has expired meanwhile it is signed again with a
     * fresh lifetime (same ids), since the recipient would refuse it otherwise. False if no such dead letter.
     */
    public boolean retryDeadLetter(String messageId) {
        Boolean retried = transactions.execute(status -> {
            OutboxMessage dead = repository.findDead(messageId).orElse(null);
            if (dead == null) {
                return false;
            }
            Envelope envelope = codec.decode(dead.body());
            if (envelope.expires().isBefore(clock.instant().plus(Duration.ofMinutes(5)))) {
                SignedMessage renewed = sender.renew(envelope);
                repository.replaceSigned(
                        messageId,
                        renewed.body(),
                        renewed.signature(),
                        renewed.envelope().expires());
            }
            repository.lockCorrelation(dead.recipient(), dead.correlationId());
            String retryStatus = repository.hasActive(dead.recipient(), dead.correlationId())
                    ? OutboxRepository.WAITING
                    : OutboxRepository.PENDING;
            repository.retryDead(messageId, retryStatus, clock.instant());
            audit.record(AuditEvent.of(AuditAction.DEAD_LETTER_RETRIED, "REQUEUED")
                    .withMessage(messageId, dead.correlationId())
                    .withCounterpart(dead.recipient()));
            AfterCommit.run(dispatcher::wake);
            return true;
        });
        return Boolean.TRUE.equals(retried);
    }
}
