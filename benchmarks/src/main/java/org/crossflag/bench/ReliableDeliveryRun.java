package org.crossflag.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.crossflag.gateway.federation.envelope.OutgoingMessage;
import org.crossflag.gateway.federation.outbox.Outbox;
import org.crossflag.gateway.federation.outbox.OutboxRepository;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reliable delivery end to end: {@code threads} callers queue {@code count} messages through
 * {@link Outbox#queue} (each in its own transaction, with its audit entry) while the node's dispatcher sends
 * them; the clock stops when the last one is delivered with a verified receipt stored. Each message has its
 * own correlation id, as independent referrals would.
 */
final class ReliableDeliveryRun {

    private ReliableDeliveryRun() {}

    /** Messages per second from the first queueing to the last stored receipt. */
    static double messagesPerSecond(
            ApplicationContext node, OutgoingMessage message, int count, int threads, Duration limit) throws Exception {
        Outbox outbox = node.getBean(Outbox.class);
        OutboxRepository repository = node.getBean(OutboxRepository.class);
        long deliveredBefore = delivered(repository);
        long started = System.nanoTime();
        ExecutorService callers = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> queued = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int share = count / threads + (t < count % threads ? 1 : 0);
                queued.add(callers.submit(() -> {
                    for (int i = 0; i < share; i++) {
                        outbox.queue(message);
                    }
                }));
            }
            for (Future<?> future : queued) {
                future.get();
            }
        } finally {
            callers.shutdownNow();
        }
        long queuedAt = System.nanoTime();
        long deadline = started + limit.toNanos();
        // Polls what is still on its way (a few index entries), not what was delivered (every row so far), so
        // the polling costs the node next to nothing.
        JdbcTemplate jdbc = new JdbcTemplate(node.getBean(DataSource.class));
        while (outstanding(jdbc) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("only " + (delivered(repository) - deliveredBefore) + " of " + count
                        + " queued messages were delivered within " + limit);
            }
            Thread.sleep(10);
        }
        long done = System.nanoTime();
        long delivered = delivered(repository) - deliveredBefore;
        if (delivered != count) {
            throw new IllegalStateException(delivered + " of " + count + " queued messages were delivered; "
                    + repository.countWithStatus("DEAD") + " dead letters in the outbox");
        }
        System.out.printf(
                java.util.Locale.ROOT,
                "  reliable delivery: all %,d queued after %.2f s (%,.0f/s), all delivered after %.2f s%n",
                count,
                (queuedAt - started) / 1e9,
                count / ((queuedAt - started) / 1e9),
                (done - started) / 1e9);
        return count / ((done - started) / 1e9);
    }

    /** One statement, so one snapshot: a message promoted from WAITING to PENDING is never missed between counts. */
    private static long outstanding(JdbcTemplate jdbc) {
        Long count = jdbc.queryForObject(
                "select count(*) from outbox_message where status in ('PENDING', 'IN_FLIGHT', 'WAITING')", Long.class);
        return count == null ? 0 : count;
    }

    private static long delivered(OutboxRepository repository) {
        return repository.countWithStatus("DELIVERED");
    }
}
