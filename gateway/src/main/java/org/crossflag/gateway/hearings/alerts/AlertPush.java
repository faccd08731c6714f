package org.crossflag.gateway.hearings.alerts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.ProducerTemplate;
import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.audit.AuditEvent;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.background.RetrySchedule;
import org.crossflag.gateway.background.WakeUp;
import org.crossflag.gateway.node.AfterCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pushes new alerts to the coordinators by email and webhook. A push row is written with the alert, in its
 * transaction, one per channel switched on (see {@link PushChannels}), and sent after commit; a failed send is
 * retried after a growing delay (see {@link RetrySchedule}) for about a day, so a mail server outage loses nothing.
 * What is pushed names no person: ids, forum, force, date, reference and a link to the inbox.
 */
public class AlertPush {

    private static final Logger log = LoggerFactory.getLogger(AlertPush.class);
    public static final String EMAIL = "EMAIL";
    public static final String WEBHOOK = "WEBHOOK";
    static final String EMAIL_URI = "direct:alert-email";
    static final String WEBHOOK_URI = "direct:alert-webhook";
    static final WakeUp WAKE = new WakeUp("alert-push-wake");
    private static final int MAX_ATTEMPTS = 30;

    private final AlertRepository repository;
    private final List<String> channels;
    private final AlertMessages messages;
    private final ProducerTemplate producer;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final Clock clock;
    private final RetrySchedule retries;

    public AlertPush(
            AlertRepository repository,
            PushChannels channels,
            AlertMessages messages,
            ProducerTemplate producer,
            TransactionTemplate transactions,
            AuditTrail audit,
            Clock clock,
            RetrySchedule retries) {
        this.repository = repository;
        this.channels = channels.names();
        this.messages = messages;
        this.producer = producer;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.retries = retries;
    }

    /** In the alert's transaction: one push per configured channel, sent once it commits. */
    void queue(Alert alert) {
        for (String channel : channels) {
            repository.addPush(alert.alertId(), channel, clock.instant());
        }
        if (!channels.isEmpty()) {
            AfterCommit.run(() -> WAKE.send(producer));
        }
    }

    /** Sends every push that is due; returns how many were sent. */
    public int sendDue() {
        int sent = 0;
        List<AlertRepository.PendingPush> due = new ArrayList<>(repository.duePushes(clock.instant(), 50));
        for (AlertRepository.PendingPush pending : due) {
            Alert alert = repository.find(pending.alertId()).orElse(null);
            if (alert == null) {
                continue;
            }
            try {
                if (pending.channel().equals(EMAIL)) {
                    producer.requestBodyAndHeaders(
                            EMAIL_URI, messages.emailBody(alert), Map.of("Subject", messages.emailSubject(alert)));
                } else {
                    producer.requestBody(WEBHOOK_URI, messages.webhookJson(alert));
                }
                transactions.executeWithoutResult(status -> {
                    repository.pushSent(pending.alertId(), pending.channel());
                    audit.record(AuditEvent.of(AuditAction.ALERT_PUSHED, "SENT")
                            .withMessage(null, alert.queryId())
                            .withReason(pending.channel()));
                });
                sent++;
            } catch (RuntimeException e) {
                boolean giveUp = pending.attempts() + 1 >= MAX_ATTEMPTS;
                Instant next = clock.instant().plus(retries.delayAfter(pending.attempts() + 1));
                transactions.executeWithoutResult(status -> repository.pushFailed(
                        pending.alertId(),
                        pending.channel(),
                        "PUSH_FAILED_"
                                + e.getClass()
                                        .getSimpleName()
                                        .replaceAll("[^A-Za-z]", "")
                                        .toUpperCase(),
                        next,
                        giveUp));
                log.warn(
                        "Alert push failed alertId={} channel={} attempt={} error={}",
                        pending.alertId(),
                        pending.channel(),
                        pending.attempts() + 1,
                        e.getClass().getSimpleName());
            }
        }
        return sent;
    }
}
