package org.crossflag.gateway.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.ProducerTemplate;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.LocalDelivery;
import org.crossflag.adapter.LocalDeliveryChannel;
import org.crossflag.adapter.LocalDeliveryFailedException;
import org.crossflag.gateway.NodeTestDatabase;
import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.background.RetrySchedule;
import org.crossflag.testsupport.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The push queue on the node's own schema (H2), with a clock the test moves: one row per channel, each channel retried
 * on its own after its delay, a channel that took a delivery never sent it again, and the webhook's retries keeping
 * their delivery id with a fresh timestamp and signature.
 */
class PushQueueTests {

    static final Duration FIRST_DELAY = Duration.ofSeconds(2);
    static final String ALERT_ID = "7d3c1b52-3a41-4e8f-9a50-6c2f0d9e1b11";
    static final String QUERY_ID = "1b2c3d4e-5f60-4718-8a9b-0c1d2e3f4a5b";

    @TempDir
    static Path dir;

    static NodeTestDatabase database;
    MutableClock clock = MutableClock.stoppedAt(Instant.parse("2026-11-20T10:00:00Z"));
    AuditTrail audit = mock(AuditTrail.class);
    List<Posted> posted = new ArrayList<>();
    AtomicInteger webhookFailuresLeft = new AtomicInteger();
    CaseSystem caseSystem = new CaseSystem();
    AtomicInteger wakeUps = new AtomicInteger();

    @BeforeAll
    static void database() {
        database = NodeTestDatabase.h2(dir);
    }

    @BeforeEach
    void emptyQueue() {
        database.jdbc.update("delete from local_push");
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void aFailingChannelIsRetriedAfterItsDelayAndADeliveredOneIsNotSentAgain() {
        PushQueue queue = queue(webhook(), new AdapterChannel(caseSystem));
        caseSystem.failuresLeft = 1;

        String deliveryId = inTransaction(queue).orElseThrow();
        assertThat(rows()).isEqualTo(2);
        assertThat(wakeUps).hasValue(1);

        assertThat(queue.sendDue()).isEqualTo(1);
        assertThat(posted).hasSize(1);
        assertThat(caseSystem.calls).isEqualTo(1);
        assertThat(row("rest-case")).containsEntry("status", "PENDING").containsEntry("last_error", "HTTP_503");
        assertThat(row("rest-case").get("attempts")).isEqualTo(1);
        assertThat(row("WEBHOOK")).containsEntry("status", "SENT");

        // Not yet due: nothing is tried, and the webhook that took it is not sent it again.
        clock.advance(FIRST_DELAY.minusMillis(1));
        assertThat(queue.sendDue()).isZero();
        assertThat(caseSystem.calls).isEqualTo(1);

        clock.advance(Duration.ofMillis(1));
        assertThat(queue.sendDue()).isEqualTo(1);
        assertThat(caseSystem.calls).isEqualTo(2);
        assertThat(caseSystem.delivered).extracting(LocalDelivery::deliveryId).containsExactly(deliveryId);
        assertThat(row("rest-case")).containsEntry("status", "SENT");

        clock.advance(Duration.ofDays(1));
        assertThat(queue.sendDue()).isZero();
        assertThat(posted).hasSize(1);
        assertThat(caseSystem.calls).isEqualTo(2);
        verify(audit, times(2)).record(any());
    }

    @Test
    void aWebhookRetryCarriesTheSameIdWithAFreshTimestampAndSignature() throws Exception {
        PushQueue queue = queue(webhook(), new AdapterChannel(caseSystem));
        webhookFailuresLeft.set(1);

        String deliveryId = inTransaction(queue).orElseThrow();
        queue.sendDue();
        clock.advance(FIRST_DELAY);
        queue.sendDue();

        assertThat(posted).hasSize(2);
        Posted first = posted.get(0);
        Posted retry = posted.get(1);
        assertThat(first.headers().get("webhook-id")).isEqualTo(deliveryId);
        assertThat(retry.headers().get("webhook-id")).isEqualTo(deliveryId);
        assertThat(Long.parseLong((String) retry.headers().get("webhook-timestamp"))
                        - Long.parseLong((String) first.headers().get("webhook-timestamp")))
                .isEqualTo(FIRST_DELAY.toSeconds());
        assertThat(retry.headers().get("webhook-signature"))
                .isNotEqualTo(first.headers().get("webhook-signature"));
        for (Posted post : posted) {
            String signed = post.headers().get("webhook-id") + "."
                    + post.headers().get("webhook-timestamp") + "." + new String(post.body(), StandardCharsets.UTF_8);
            assertThat(post.headers().get("webhook-signature"))
                    .isEqualTo("v1," + WebhookSignatureTests.independentHmac(WebhookSignatureTests.KEY, signed));
        }
        // The adapter's channel saw the same delivery id, once.
        assertThat(caseSystem.delivered).extracting(LocalDelivery::deliveryId).containsExactly(deliveryId);
        assertThat(new String(retry.body(), StandardCharsets.UTF_8)).contains("\"deliveryId\":\"" + deliveryId + "\"");
    }

    @Test
    void aChannelIsGivenUpAfterItsLastAttempt() {
        PushQueue queue = queue(new AdapterChannel(caseSystem));
        caseSystem.failuresLeft = Integer.MAX_VALUE;

        inTransaction(queue);
        for (int round = 0; round < PushQueue.MAX_ATTEMPTS + 5; round++) {
            queue.sendDue();
            clock.advance(Duration.ofHours(2));
        }

        assertThat(caseSystem.calls).isEqualTo(PushQueue.MAX_ATTEMPTS);
        assertThat(row("rest-case")).containsEntry("status", "FAILED");
    }

    @Test
    void aKindNoChannelTakesIsNotQueued() {
        PushQueue queue = queue(new EmailChannel(mock(ProducerTemplate.class)));

        Optional<String> queued = database.transactions()
                .execute(status -> queue.queue(PushKind.DISCLOSURE_REQUEST, "3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a99"));

        assertThat(queued).isEmpty();
        assertThat(rows()).isZero();
        assertThat(wakeUps).hasValue(0);
    }

    @Test
    void aRollbackQueuesNothingAndWakesNothing() {
        PushQueue queue = queue(webhook());

        database.transactions().executeWithoutResult(status -> {
            queue.queue(PushKind.ALERT, ALERT_ID);
            status.setRollbackOnly();
        });

        assertThat(rows()).isZero();
        assertThat(wakeUps).hasValue(0);
    }

    @Test
    void failureCodesAreTheAdaptersCodeOrTheKindOfFailure() {
        assertThat(PushQueue.failureCode(new LocalDeliveryFailedException("TIMEOUT", "no answer", null)))
                .isEqualTo("TIMEOUT");
        assertThat(PushQueue.failureCode(new LocalDeliveryFailedException("not a code", "x", null)))
                .isEqualTo("PUSH_FAILED_LOCALDELIVERYFAILEDEXCEPTION");
        assertThat(PushQueue.failureCode(new IllegalStateException("Robert Ashdown")))
                .isEqualTo("PUSH_FAILED_ILLEGALSTATEEXCEPTION");
        assertThat(PushQueue.auditReason("rest-case")).isEqualTo("CHANNEL_REST_CASE");
        assertThat(PushQueue.auditReason("WEBHOOK")).isEqualTo("WEBHOOK");
    }

    private Optional<String> inTransaction(PushQueue queue) {
        return database.transactions().execute(status -> queue.queue(PushKind.ALERT, ALERT_ID));
    }

    private PushQueue queue(PushChannel... channels) {
        return new PushQueue(
                new PushRepository(database.jdbc),
                List.of(channels),
                List.of(new Alerts()),
                database.transactions(),
                audit,
                clock,
                RetrySchedule.withoutJitter(FIRST_DELAY, Duration.ofHours(1)),
                wakeUps::incrementAndGet);
    }

    private WebhookChannel webhook() {
        return new WebhookChannel(
                "GB-SFK", WebhookSignature.fromSecret(WebhookSignatureTests.SECRET), clock, (body, headers) -> {
                    posted.add(new Posted(body, headers));
                    if (webhookFailuresLeft.getAndDecrement() > 0) {
                        throw new LocalDeliveryFailedException("HTTP_503", "unavailable", null);
                    }
                });
    }

    private long rows() {
        return database.jdbc.queryForObject("select count(*) from local_push", Long.class);
    }

    private Map<String, Object> row(String channel) {
        return database.jdbc.queryForMap(
                "select status, attempts, last_error from local_push where channel = ?", channel);
    }

    record Posted(byte[] body, Map<String, Object> headers) {}

    /** An alert source that needs no alert table. */
    static final class Alerts implements PushSource {

        @Override
        public PushKind kind() {
            return PushKind.ALERT;
        }

        @Override
        public AuditAction sentAction() {
            return AuditAction.ALERT_PUSHED;
        }

        @Override
        public Optional<PushItem> item(String alertId, String deliveryId) {
            return Optional.of(new PushItem(
                    new LocalDelivery.AlertDelivery(
                            deliveryId,
                            alertId,
                            "PRIOR_HEARING_ELSEWHERE",
                            "OPEN",
                            "MATCH",
                            Forum.MARAC,
                            "GB-ESX",
                            Instant.parse("2026-11-20T09:59:00Z")),
                    JsonNodeFactory.instance.objectNode().put("heardReference", "MARAC-ESX-2026-0412"),
                    null,
                    QUERY_ID));
        }
    }

    /** A force's case system behind an adapter's channel, failing as often as the test says. */
    static final class CaseSystem implements LocalDeliveryChannel {

        final List<LocalDelivery> delivered = new ArrayList<>();
        int calls;
        int failuresLeft;

        @Override
        public String channelId() {
            return "rest-case";
        }

        @Override
        public void deliver(LocalDelivery delivery) {
            calls++;
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new LocalDeliveryFailedException("HTTP_503", "case system unavailable", null);
            }
            delivered.add(delivery);
        }
    }
}
