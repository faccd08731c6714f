package org.crossflag.gateway.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class TimeOrderedIdsTests {

    private static final String ENVELOPE_UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void anIdIsAVersion7UuidInTheEnvelopeFormCarryingItsMillisecond() {
        long before = System.currentTimeMillis();
        String id = TimeOrderedIds.next();
        long after = System.currentTimeMillis();

        assertThat(id).matches(ENVELOPE_UUID);
        UUID uuid = UUID.fromString(id);
        assertThat(uuid.version()).isEqualTo(7);
        assertThat(uuid.variant()).isEqualTo(2);
        // More than 4,096 ids in one millisecond (other tests here make thousands) run the stamp a few ms ahead.
        assertThat(uuid.getMostSignificantBits() >>> 16).isBetween(before, after + 100);
    }

    @Test
    void idsMadeLaterSortLaterAsTextEvenWithinOneMillisecond() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(TimeOrderedIds.next());
        }
        assertThat(ids).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aClockThatStepsBackDoesNotBreakTheOrder() {
        long now = System.currentTimeMillis();
        String first = TimeOrderedIds.next(now, 1);
        String second = TimeOrderedIds.next(now - 60_000, 1);
        assertThat(second).isGreaterThan(first);
    }

    @Test
    void theRandomPartKeepsIdsOfTheSameInstantApart() {
        // Two nodes stamping the same millisecond and counter still differ in the 62 random bits.
        UUID a = UUID.fromString(TimeOrderedIds.next(1_000L, 0x0123_4567_89ab_cdefL));
        UUID b = UUID.fromString(TimeOrderedIds.next(1_000L, 0x7edc_ba98_7654_3210L));
        assertThat(a.getLeastSignificantBits()).isNotEqualTo(b.getLeastSignificantBits());
        assertThat(a.variant()).isEqualTo(2);
        assertThat(b.variant()).isEqualTo(2);
    }

    @Test
    void concurrentCallersNeverGetTheSameId() throws Exception {
        int threads = 4;
        ConcurrentLinkedQueue<String> ids = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.execute(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                for (int i = 0; i < 5_000; i++) {
                    ids.add(TimeOrderedIds.next());
                }
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        Set<String> distinct = new HashSet<>(ids);
        assertThat(distinct).hasSize(threads * 5_000);
    }
}
