package org.crossflag.gateway.federation.outbox;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** Outbox gauges by status (read from the database at most once a second) and delivery counters. */
public final class OutboxMetrics {

    private final MeterRegistry registry;
    private final Counter delivered;
    private final Counter deadLettered;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(new Snapshot(Map.of(), 0));

    public OutboxMetrics(MeterRegistry registry, OutboxRepository repository) {
        this.registry = registry;
        this.delivered = Counter.builder("crossflag.outbox.delivered")
                .description("Messages delivered with a verified receipt")
                .register(registry);
        this.deadLettered = Counter.builder("crossflag.outbox.dead.lettered")
                .description("Messages moved to the dead letters")
                .register(registry);
        for (String status :
                new String[] {OutboxRepository.PENDING, OutboxRepository.IN_FLIGHT, OutboxRepository.DEAD}) {
            Gauge.builder("crossflag.outbox.messages", () -> count(repository, status))
                    .description("Outbox messages by status")
                    .tag("status", status)
                    .register(registry);
        }
    }

    void delivered(int messages) {
        delivered.increment(messages);
    }

    void deadLettered() {
        deadLettered.increment();
    }

    void retried(String reason) {
        Counter.builder("crossflag.outbox.retries")
                .description("Delivery attempts to be repeated, by reason")
                .tag("reason", reason)
                .register(registry)
                .increment();
    }

    private long count(OutboxRepository repository, String status) {
        Snapshot current = snapshot.get();
        long now = System.nanoTime();
        if (now - current.takenAt() > Duration.ofSeconds(1).toNanos()) {
            current = new Snapshot(repository.countByStatus(), now);
            snapshot.set(current);
        }
        return current.counts().getOrDefault(status, 0L);
    }

    private record Snapshot(Map<String, Long> counts, long takenAt) {}
}
