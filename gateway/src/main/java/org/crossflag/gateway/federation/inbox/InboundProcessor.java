package org.crossflag.gateway.federation.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.camel.ProducerTemplate;
import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.audit.AuditEvent;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.federation.Envelope;
import org.crossflag.gateway.federation.EnvelopeCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands each accepted message to the handler for its type, once, in arrival order per sender and correlation.
 * A handler's work commits together with marking the message processed. A refusal is answered with a signed
 * Refusal; a failure is retried with backoff and, after {@value #MAX_ATTEMPTS} attempts, left FAILED for an
 * operator (counted in the metrics). Messages of a type no handler takes are marked processed as UNHANDLED.
 */
public class InboundProcessor {

    private static final Logger log = LoggerFactory.getLogger(InboundProcessor.class);
    static final int MAX_ATTEMPTS = 10;
    public static final String WAKE_URI = "seda:inbox-wake?size=1&discardWhenFull=true&discardIfNoConsumers=true";

    private final InboxRepository repository;
    private final Map<String, InboundMessageHandler> handlers;
    private final RefusalSender refusals;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final EnvelopeCodec codec;
    private final ProducerTemplate producer;
    private final Clock clock;

    InboundProcessor(InboxRepository repository, List<InboundMessageHandler> handlers, RefusalSender refusals,
                     TransactionTemplate transactions, AuditTrail audit, EnvelopeCodec codec, ProducerTemplate producer,
                     Clock clock) {
        this.repository = repository;
        this.handlers = handlers.stream().collect(Collectors.toUnmodifiableMap(InboundMessageHandler::messageType,
                Function.identity()));
        this.refusals = refusals;
        this.transactions = transactions;
        this.audit = audit;
        this.codec = codec;
        this.producer = producer;
        this.clock = clock;
    }

    /** Asks for a processing round soon; called after a message was accepted. */
    public void wake() {
        producer.sendBody(WAKE_URI, null);
    }

    /** Processes everything due; returns how many messages were handled, refused or failed. */
    public int processDue() {
        int done = 0;
        while (true) {
            List<String> due = repository.dueIds(clock.instant(), 32);
            if (due.isEmpty()) {
                return done;
            }
            for (String messageId : due) {
                process(messageId);
                done++;
            }
        }
    }

    void process(String messageId) {
        try {
            transactions.executeWithoutResult(status -> repository.lock(messageId).ifPresent(locked -> {
                Envelope envelope = codec.decodeAccepted(locked.body());
                InboundMessageHandler handler = handlers.get(envelope.type());
                if (handler == null) {
                    repository.markProcessed(messageId, "UNHANDLED", clock.instant());
                    return;
                }
                handler.handle(new InboundMessage(envelope, locked.receivedAt()));
                repository.markProcessed(messageId, "HANDLED", clock.instant());
                audit.record(event(AuditAction.MESSAGE_PROCESSED, "HANDLED", envelope, null));
            }));
        } catch (RefusedMessageException refused) {
            refuse(messageId, refused);
        } catch (RuntimeException e) {
            failed(messageId, e);
        }
    }

    private void refuse(String messageId, RefusedMessageException refused) {
        transactions.executeWithoutResult(status -> repository.lock(messageId).ifPresent(locked -> {
            Envelope envelope = codec.decodeAccepted(locked.body());
            refusals.refuse(envelope, refused.reasonCode(), refused.getMessage());
            repository.markProcessed(messageId, "REFUSED_" + refused.reasonCode(), clock.instant());
            audit.record(event(AuditAction.MESSAGE_REFUSED, "REFUSED", envelope, refused.reasonCode()));
        }));
        log.info("Message refused messageId={} reason={}", messageId, refused.reasonCode());
    }

    private void failed(String messageId, RuntimeException e) {
        String error = "PROCESSING_ERROR_" + e.getClass().getSimpleName().replaceAll("[^A-Za-z]", "").toUpperCase();
        String code = error.length() > 60 ? error.substring(0, 60) : error;
        try {
            transactions.executeWithoutResult(status -> repository.lock(messageId).ifPresent(locked -> {
                Instant now = clock.instant();
                if (locked.attempts() + 1 >= MAX_ATTEMPTS) {
                    repository.markFailed(messageId, code, now);
                    audit.record(AuditEvent.of(AuditAction.MESSAGE_PROCESSING_FAILED, "FAILED").withMessage(messageId, null)
                            .withReason("PROCESSING_FAILED"));
                    log.error("Message processing failed for good messageId={} attempts={} error={}", messageId,
                            locked.attempts() + 1, e.getClass().getSimpleName());
                } else {
                    Duration backoff = Duration.ofMillis(Math.min(300_000L, 500L << Math.min(locked.attempts(), 20)));
                    repository.scheduleRetry(messageId, now.plus(backoff), code);
                    log.warn("Message processing failed, retrying messageId={} attempt={} error={}", messageId,
                            locked.attempts() + 1, e.getClass().getSimpleName());
                }
            }));
        } catch (RuntimeException again) {
            // The database itself is away: the message stays RECEIVED and the timer tries again.
            log.warn("Message processing failure could not be recorded messageId={} error={}", messageId,
                    again.getClass().getSimpleName());
        }
    }

    public long failedCount() {
        return repository.count(InboxRepository.FAILED);
    }

    private static AuditEvent event(AuditAction action, String outcome, Envelope envelope, String reason) {
        AuditEvent event = AuditEvent.of(action, outcome)
                .withMessage(envelope.messageId(), envelope.correlationId())
                .withCounterpart(envelope.sender())
                .withPurpose(envelope.purpose());
        return Optional.ofNullable(reason).map(event::withReason).orElse(event);
    }
}
