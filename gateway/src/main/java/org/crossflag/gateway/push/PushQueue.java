package org.crossflag.gateway.push;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.crossflag.adapter.LocalDeliveryFailedException;
import org.crossflag.gateway.audit.AuditEvent;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.background.RetrySchedule;
import org.crossflag.gateway.node.AfterCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deliveries to the force's own systems: alerts and disclosure requests, by email, the signed webhook and every
 * adapter's channel. A delivery is queued in the transaction of the change that causes it, one row per channel that
 * takes its kind, and sent once that commits; each channel is retried on its own after a growing delay
 * ({@link RetrySchedule}) for about a day, and a channel that took it is not sent it again. Every channel sees the
 * same delivery id, on every attempt.
 */
public class PushQueue {

    private static final Logger log = LoggerFactory.getLogger(PushQueue.class);
    static final int MAX_ATTEMPTS = 30;
    private static final int BATCH = 50;
    private static final int ERROR_LENGTH = 60;

    private final PushRepository repository;
    private final Map<String, PushChannel> channels;
    private final Map<PushKind, PushSource> sources;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final Clock clock;
    private final RetrySchedule retries;
    private final Runnable wake;
    // Timer and wake-up rounds run apart; one at a time here, so no row is sent twice by two rounds.
    private final ReentrantLock rounds = new ReentrantLock();

    PushQueue(
            PushRepository repository,
            List<PushChannel> channels,
            List<PushSource> sources,
            TransactionTemplate transactions,
            AuditTrail audit,
            Clock clock,
            RetrySchedule retries,
            Runnable wake) {
        this.repository = repository;
        this.channels = channels.stream()
                .collect(Collectors.toMap(PushChannel::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.sources = sources.stream().collect(Collectors.toMap(PushSource::kind, Function.identity()));
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.retries = retries;
        this.wake = wake;
    }

    /**
     * In the caller's transaction: one row per channel that takes this kind, sent once the transaction commits.
     *
     * @return the delivery id every channel will see, or empty when no channel takes this kind
     */
    public Optional<String> queue(PushKind kind, String subjectId) {
        List<PushChannel> taking = channels.values().stream()
                .filter(channel -> channel.takes(kind))
                .toList();
        if (taking.isEmpty()) {
            return Optional.empty();
        }
        String deliveryId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        for (PushChannel channel : taking) {
            repository.add(deliveryId, channel.id(), kind, subjectId, now);
        }
        AfterCommit.run(wake);
        return Optional.of(deliveryId);
    }

    /** Sends every push that is due; returns how many channels took theirs. */
    public int sendDue() {
        rounds.lock();
        try {
            int sent = 0;
            for (PushRepository.Pending push : repository.due(clock.instant(), BATCH)) {
                if (send(push)) {
                    sent++;
                }
            }
            return sent;
        } finally {
            rounds.unlock();
        }
    }

    private boolean send(PushRepository.Pending push) {
        PushChannel channel = channels.get(push.channel());
        PushSource source = sources.get(push.kind());
        if (channel == null || source == null) {
            // Switched off since it was queued: nothing will ever take it.
            giveUp(push, "CHANNEL_NOT_CONFIGURED");
            return false;
        }
        Optional<PushItem> item = source.item(push.subjectId(), push.deliveryId());
        if (item.isEmpty()) {
            giveUp(push, "SUBJECT_NOT_FOUND");
            return false;
        }
        try {
            channel.send(item.get());
        } catch (RuntimeException e) {
            failed(push, failureCode(e));
            return false;
        }
        transactions.executeWithoutResult(status -> {
            repository.sent(push);
            audit.record(AuditEvent.of(source.sentAction(), "SENT")
                    .withMessage(null, item.get().correlationId())
                    .withReason(auditReason(push.channel())));
        });
        return true;
    }

    private void failed(PushRepository.Pending push, String error) {
        int attempt = push.attempts() + 1;
        Instant next = clock.instant().plus(retries.delayAfter(attempt));
        transactions.executeWithoutResult(status -> repository.failed(push, error, next, attempt >= MAX_ATTEMPTS));
        log.warn(
                "Local delivery failed deliveryId={} kind={} channel={} attempt={} reason={}",
                push.deliveryId(),
                push.kind(),
                push.channel(),
                attempt,
                error);
    }

    private void giveUp(PushRepository.Pending push, String reason) {
        transactions.executeWithoutResult(status -> repository.failed(push, reason, clock.instant(), true));
        log.warn(
                "Local delivery given up deliveryId={} kind={} channel={} reason={}",
                push.deliveryId(),
                push.kind(),
                push.channel(),
                reason);
    }

    /** The adapter's reason code when it gave one (e.g. HTTP_503), otherwise the kind of failure; never a message. */
    static String failureCode(RuntimeException e) {
        String code;
        if (e instanceof LocalDeliveryFailedException failed
                && failed.reasonCode() != null
                && failed.reasonCode().matches("[A-Z][A-Z0-9_]*")) {
            code = failed.reasonCode();
        } else {
            code = "PUSH_FAILED_"
                    + e.getClass().getSimpleName().replaceAll("[^A-Za-z]", "").toUpperCase();
        }
        return code.length() > ERROR_LENGTH ? code.substring(0, ERROR_LENGTH) : code;
    }

    /** EMAIL and WEBHOOK as they are; an adapter's channel id as an audit code, e.g. CHANNEL_REST_WEBHOOK. */
    static String auditReason(String channel) {
        if (channel.equals(EmailChannel.ID) || channel.equals(WebhookChannel.ID)) {
            return channel;
        }
        String code = "CHANNEL_" + channel.toUpperCase().replaceAll("[^A-Z]", "_");
        return code.length() > ERROR_LENGTH ? code.substring(0, ERROR_LENGTH) : code;
    }
}
