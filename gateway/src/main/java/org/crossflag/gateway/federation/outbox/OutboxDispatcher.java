package org.crossflag.gateway.federation.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

import org.apache.camel.ProducerTemplate;
import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.audit.AuditEvent;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.background.RetrySchedule;
import org.crossflag.gateway.background.WakeUp;
import org.crossflag.gateway.federation.outbound.DeliveryOutcome;
import org.crossflag.gateway.federation.outbound.DirectExchange;
import org.crossflag.gateway.federation.receipt.SignedReceipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves due outbox messages to their recipients. Each round claims a batch (only heads of correlations are
 * due, so order holds), sends the batch in parallel, and records each outcome in its own short
 * transaction: delivered with its verified receipt, retried after a backoff, or dead-lettered. A peer that
 * cannot be reached has all its pending messages held back together.
 */
public class OutboxDispatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    private static final Set<String> PEER_DOWN = Set.of("PEER_UNREACHABLE", "PEER_TIMEOUT", "TLS_FAILED");
    static final WakeUp WAKE = new WakeUp("outbox-wake");

    private final OutboxRepository repository;
    private final DirectExchange exchange;
    private final RetrySchedule schedule;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final OutboxMetrics metrics;
    private final ExecutorService workers;
    private final ProducerTemplate producer;
    private final Clock clock;
    private final String instance;
    private final int batchSize;
    private final Duration lease;

    public OutboxDispatcher(
            OutboxRepository repository,
            DirectExchange exchange,
            RetrySchedule schedule,
            TransactionTemplate transactions,
            AuditTrail audit,
            OutboxMetrics metrics,
            ExecutorService workers,
            ProducerTemplate producer,
            Clock clock,
            String instance,
            int batchSize,
            Duration lease) {
        this.repository = repository;
        this.exchange = exchange;
        this.schedule = schedule;
        this.transactions = transactions;
        this.audit = audit;
        this.metrics = metrics;
        this.workers = workers;
        this.producer = producer;
        this.clock = clock;
        this.instance = instance;
        this.batchSize = batchSize;
        this.lease = lease;
    }

    /** Stops the delivery workers with the node; undelivered messages stay in the outbox. */
    @Override
    public void close() {
        workers.shutdownNow();
    }

    /** Asks for a dispatch round soon; wake-ups that arrive while one is pending are merged. */
    public void wake() {
        WAKE.send(producer);
    }

    /** Dispatches until nothing is due; returns how many attempts were made. */
    public int dispatchDue() {
        int attempts = 0;
        while (true) {
            Instant now = clock.instant();
            List<OutboxMessage> batch =
                    transactions.execute(status -> repository.claimDue(instance, now, now.plus(lease), batchSize));
            if (batch == null || batch.isEmpty()) {
                return attempts;
            }
            List<CompletableFuture<Attempt>> sends = new ArrayList<>(batch.size());
            for (OutboxMessage message : batch) {
                sends.add(CompletableFuture.supplyAsync(() -> new Attempt(message, deliver(message)), workers));
            }
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
            List<Attempt> delivered = new ArrayList<>();
            for (CompletableFuture<Attempt> send : sends) {
                Attempt attempt = send.join();
                if (attempt.delivery() == null) {
                    continue;
                }
                if (attempt.delivery().outcome().kind() == DeliveryOutcome.Kind.DELIVERED) {
                    delivered.add(attempt);
                } else {
                    recordFailure(attempt.message(), attempt.delivery().outcome());
                }
            }
            recordDelivered(delivered);
            attempts += batch.size();
            if (batch.size() < batchSize) {
                return attempts;
            }
        }
    }

    /** One attempt; null when the message was too old to send at all (it is dead-lettered instead). */
    private DirectExchange.Delivery deliver(OutboxMessage message) {
        if (clock.instant().isAfter(schedule.deadline(message.createdAt()))) {
            // Reclaimed after a lapsed lease (a crash, or a failure while recording) but already too old.
            deadLetter(message, "MAX_AGE_EXCEEDED");
            return null;
        }
        DirectExchange.Delivery delivery;
        try {
            delivery = exchange.deliver(
                    message.messageId(),
                    message.recipient(),
                    message.messageType(),
                    message.body(),
                    message.signature());
        } catch (RuntimeException e) {
            log.warn(
                    "Delivery attempt failed messageId={} recipient={} error={}",
                    message.messageId(),
                    message.recipient(),
                    e.getClass().getSimpleName());
            delivery = new DirectExchange.Delivery(DeliveryOutcome.retry("DISPATCH_ERROR"), null, 0, Duration.ZERO);
        }
        return delivery;
    }

    /**
     * One transaction for a whole batch's receipts: one commit (and one hold of the audit lock) instead of one
     * per message. If it fails, the rows stay in flight, come back after the lease, and the receiver answers
     * the resend with the same receipt.
     */
    private void recordDelivered(List<Attempt> delivered) {
        if (delivered.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<OutboxMessage> recorded = new ArrayList<>();
        transactions.executeWithoutResult(status -> {
            recorded.clear();
            for (Attempt attempt : delivered) {
                OutboxMessage message = attempt.message();
                SignedReceipt receipt = attempt.delivery().receipt();
                if (repository.markDelivered(message.messageId(), instance, now)) {
                    repository.storeReceipt(
                            message.messageId(),
                            receipt.receipt().receiptId(),
                            receipt.bytes(),
                            receipt.signature(),
                            Base64.getDecoder().decode(receipt.signingCertificate()),
                            now);
                    recorded.add(message);
                }
            }
            promoteSuccessors(recorded, now);
            // Audit entries last: the audit head stays locked until commit, so take it after the correlation locks.
            recorded.forEach(message -> audit.record(event(AuditAction.RECEIPT_STORED, "DELIVERED", message, null)));
        });
        metrics.delivered(recorded.size());
    }

    /**
     * Lets the next WAITING message of each correlation that lost its head go. Correlations are locked in a fixed
     * order, so two batches (or a batch and a queueing caller, who locks one) can never deadlock.
     */
    private void promoteSuccessors(List<OutboxMessage> departed, Instant now) {
        departed.stream()
                .map(message -> new OutboxRepository.Correlation(message.recipient(), message.correlationId()))
                .distinct()
                .sorted()
                .forEach(correlation -> {
                    repository.lockCorrelation(correlation.recipient(), correlation.correlationId());
                    repository.promoteNext(correlation.recipient(), correlation.correlationId(), now);
                });
    }

    /** The safety net for WAITING messages left without a head (see OutboxRepository#headlessCorrelations). */
    public void promoteHeadless() {
        List<OutboxRepository.Correlation> headless = repository.headlessCorrelations(batchSize);
        for (OutboxRepository.Correlation correlation : headless) {
            transactions.executeWithoutResult(status -> {
                repository.lockCorrelation(correlation.recipient(), correlation.correlationId());
                if (repository.promoteNext(correlation.recipient(), correlation.correlationId(), clock.instant())) {
                    log.warn(
                            "Promoted a waiting message without a head recipient={} correlationId={}",
                            correlation.recipient(),
                            correlation.correlationId());
                }
            });
        }
    }

    private void recordFailure(OutboxMessage message, DeliveryOutcome outcome) {
        Instant now = clock.instant();
        switch (outcome.kind()) {
            case DELIVERED -> throw new IllegalArgumentException("not a failure");
            case RETRY -> {
                Instant next = schedule.nextAttempt(message.createdAt(), message.attempts(), now);
                if (next == null) {
                    deadLetter(message, outcome.reasonCode());
                    return;
                }
                transactions.executeWithoutResult(status -> {
                    if (repository.scheduleRetry(message.messageId(), instance, next, outcome.reasonCode())) {
                        audit.record(
                                event(AuditAction.DELIVERY_FAILED, "RETRY_SCHEDULED", message, outcome.reasonCode()));
                    }
                });
                metrics.retried(outcome.reasonCode());
                if (PEER_DOWN.contains(outcome.reasonCode())) {
                    deferPeer(message.recipient(), next);
                }
            }
            case DEAD -> deadLetter(message, outcome.reasonCode());
        }
    }

    /** Best effort: a deferral that loses a lock race is simply tried again on the next failure. */
    private void deferPeer(String recipient, Instant until) {
        try {
            transactions.executeWithoutResult(status -> repository.deferPeer(recipient, until));
        } catch (RuntimeException e) {
            log.debug("Deferring peer {} skipped: {}", recipient, e.getClass().getSimpleName());
        }
    }

    private void deadLetter(OutboxMessage message, String reason) {
        transactions.executeWithoutResult(status -> {
            if (repository.markDead(message.messageId(), instance, reason)) {
                promoteSuccessors(List.of(message), clock.instant());
                audit.record(event(AuditAction.DEAD_LETTERED, "DEAD_LETTER", message, reason));
            }
        });
        metrics.deadLettered();
        log.warn(
                "Message dead-lettered messageId={} recipient={} reason={} attempts={}",
                message.messageId(),
                message.recipient(),
                reason,
                message.attempts());
    }

    private record Attempt(OutboxMessage message, DirectExchange.Delivery delivery) {}

    private static AuditEvent event(AuditAction action, String outcome, OutboxMessage message, String reason) {
        AuditEvent event = AuditEvent.of(action, outcome)
                .withMessage(message.messageId(), message.correlationId())
                .withCounterpart(message.recipient());
        return reason == null ? event : event.withReason(reason);
    }
}
