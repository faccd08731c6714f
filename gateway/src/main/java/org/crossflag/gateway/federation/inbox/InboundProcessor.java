package org.crossflag.gateway.federation.inbox;

import java.time.Clock;
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
import org.crossflag.gateway.background.RetrySchedule;
import org.crossflag.gateway.background.WakeUp;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.EnvelopeCodec;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.inbound.InboundMessageRoute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Hands each accepted message to the handler for its type, once, in arrival order per sender and correlation,
 * each round taking a bounded share per sender (see {@link InboxClaim}). A handler's work commits together with
 * marking the message processed. A refusal is answered with a signed Refusal, and so is a failure that lies in the
 * message itself (see {@link ProcessingFailureClassifier}); either way the correlation moves on. A fault around the
 * node is retried after a growing delay (see {@link RetrySchedule}) and, after {@value #MAX_ATTEMPTS} attempts, left
 * FAILED for an operator (counted in the metrics). Messages of a type no handler takes are marked processed as
 * UNHANDLED.
 */
public class InboundProcessor {

    private static final Logger log = LoggerFactory.getLogger(InboundProcessor.class);
    static final int MAX_ATTEMPTS = 10;
    static final WakeUp WAKE = InboundMessageRoute.ACCEPTED;

    private final InboxRepository repository;
    private final InboxClaim claim;
    private final Map<MessageType, InboundMessageHandler> handlers;
    private final RefusalSender refusals;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final EnvelopeCodec codec;
    private final ProducerTemplate producer;
    private final Clock clock;
    private final ProcessingFailureClassifier classifier = new ProcessingFailureClassifier();
    private final MeterRegistry registry;
    private final RetrySchedule retries;

    InboundProcessor(
            InboxRepository repository,
            InboxClaim claim,
            List<InboundMessageHandler> handlers,
            RefusalSender refusals,
            TransactionTemplate transactions,
            AuditTrail audit,
            EnvelopeCodec codec,
            ProducerTemplate producer,
            Clock clock,
            MeterRegistry registry,
            RetrySchedule retries) {
        this.repository = repository;
        this.claim = claim;
        this.handlers = handlers.stream()
                .collect(Collectors.toUnmodifiableMap(InboundMessageHandler::messageType, Function.identity()));
        this.refusals = refusals;
        this.transactions = transactions;
        this.audit = audit;
        this.codec = codec;
        this.producer = producer;
        this.clock = clock;
        this.registry = registry;
        this.retries = retries;
    }

    /** Asks for a processing round soon; called after a message was accepted. */
    public void wake() {
        WAKE.send(producer);
    }

    /** Processes everything due, round after round; returns how many messages were handled, refused or failed. */
    public int processDue() {
        int done = 0;
        while (true) {
            List<String> round = claim.nextRound(clock.instant());
            int progressed = 0;
            for (String messageId : round) {
                if (process(messageId)) {
                    progressed++;
                }
            }
            done += progressed;
            if (progressed == 0) {
                return done; // nothing due, or all of it held by another instance or thread
            }
        }
    }

    /** Returns true when this call handled, refused, retried or failed the message (and could record it). */
    boolean process(String messageId) {
        try {
            Boolean taken = transactions.execute(status -> repository
                    .lock(messageId)
                    .map(locked -> {
                        if (repository.earlierReceived(locked.message()).isPresent()) {
                            return false; // an earlier message of its correlation arrived meanwhile: it goes first
                        }
                        Envelope envelope = codec.decodeAccepted(locked.body());
                        InboundMessageHandler handler = handlers.get(envelope.type());
                        if (handler == null) {
                            leave(locked, "UNHANDLED");
                            return true;
                        }
                        handler.handle(new InboundMessage(envelope, locked.receivedAt()));
                        leave(locked, "HANDLED");
                        audit.record(event(AuditAction.MESSAGE_PROCESSED, "HANDLED", envelope, null));
                        return true;
                    })
                    .orElse(false));
            return Boolean.TRUE.equals(taken);
        } catch (RefusedMessageException refused) {
            return refuse(messageId, refused.reasonCode(), refused.getMessage());
        } catch (RuntimeException e) {
            Optional<ProcessingFailureClassifier.DataError> dataError = classifier.dataError(e);
            if (dataError.isPresent()) {
                String reason = dataError.get().name();
                registry.counter("crossflag.inbox.data.errors", "reason", reason)
                        .increment();
                log.warn(
                        "Message refused for a data error messageId={} reason={} error={}",
                        messageId,
                        reason,
                        e.getClass().getSimpleName());
                return refuse(messageId, reason, "the message could not be processed here: " + reason);
            }
            return failed(messageId, e);
        }
    }

    private void leave(InboxRepository.Locked locked, String outcome) {
        Instant now = clock.instant();
        repository.markProcessed(locked.message().messageId(), outcome, now);
        repository.promoteNext(locked.message().sender(), locked.message().correlationId(), now);
    }

    private boolean refuse(String messageId, String reasonCode, String detail) {
        try {
            transactions.executeWithoutResult(status -> repository
                    .lock(messageId)
                    .ifPresent(locked -> {
                        Envelope envelope = codec.decodeAccepted(locked.body());
                        refusals.refuse(envelope, reasonCode, detail);
                        leave(locked, "REFUSED_" + reasonCode);
                        audit.record(event(AuditAction.MESSAGE_REFUSED, "REFUSED", envelope, reasonCode));
                    }));
            log.info("Message refused messageId={} reason={}", messageId, reasonCode);
            return true;
        } catch (RuntimeException e) {
            if (classifier.dataError(e).isEmpty()) {
                return failed(messageId, e);
            }
            // The refusal itself cannot be sent (say the sender left the directory): the message is refused all the
            // same.
            try {
                transactions.executeWithoutResult(status -> repository
                        .lock(messageId)
                        .ifPresent(locked -> {
                            leave(locked, "REFUSED_" + reasonCode);
                            audit.record(AuditEvent.of(AuditAction.MESSAGE_REFUSED, "REFUSED")
                                    .withMessage(messageId, null)
                                    .withReason(reasonCode));
                        }));
            } catch (RuntimeException again) {
                log.warn(
                        "Message refusal could not be recorded messageId={} error={}",
                        messageId,
                        again.getClass().getSimpleName());
                return false;
            }
            log.warn(
                    "Message refused, refusal not sent messageId={} reason={} error={}",
                    messageId,
                    reasonCode,
                    e.getClass().getSimpleName());
            return true;
        }
    }

    private boolean failed(String messageId, RuntimeException e) {
        String error = "PROCESSING_ERROR_"
                + e.getClass().getSimpleName().replaceAll("[^A-Za-z]", "").toUpperCase();
        String code = error.length() > 60 ? error.substring(0, 60) : error;
        try {
            transactions.executeWithoutResult(status -> repository
                    .lock(messageId)
                    .ifPresent(locked -> {
                        Instant now = clock.instant();
                        if (locked.attempts() + 1 >= MAX_ATTEMPTS) {
                            repository.markFailed(messageId, code, now);
                            repository.promoteNext(
                                    locked.message().sender(), locked.message().correlationId(), now);
                            audit.record(AuditEvent.of(AuditAction.MESSAGE_PROCESSING_FAILED, "FAILED")
                                    .withMessage(messageId, null)
                                    .withReason("PROCESSING_FAILED"));
                            log.error(
                                    "Message processing failed for good messageId={} attempts={} error={}",
                                    messageId,
                                    locked.attempts() + 1,
                                    e.getClass().getSimpleName());
                        } else {
                            repository.scheduleRetry(
                                    messageId, now.plus(retries.delayAfter(locked.attempts() + 1)), code);
                            log.warn(
                                    "Message processing failed, retrying messageId={} attempt={} error={}",
                                    messageId,
                                    locked.attempts() + 1,
                                    e.getClass().getSimpleName());
                        }
                    }));
            return true;
        } catch (RuntimeException again) {
            // The database itself is away: the message stays RECEIVED and the timer tries again.
            log.warn(
                    "Message processing failure could not be recorded messageId={} error={}",
                    messageId,
                    again.getClass().getSimpleName());
            return false;
        }
    }

    public long failedCount() {
        return repository.count(InboxRepository.FAILED);
    }

    private static AuditEvent event(AuditAction action, String outcome, Envelope envelope, String reason) {
        AuditEvent event = AuditEvent.of(action, outcome)
                .withMessage(envelope.messageId(), envelope.correlationId())
                .withCounterpart(envelope.sender())
                .withPurpose(envelope.purpose().wire());
        return Optional.ofNullable(reason).map(event::withReason).orElse(event);
    }
}
