package org.crossflag.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class MutableClockTests {

    private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void aStoppedClockMovesOnlyWhenTheTestMovesIt() {
        MutableClock clock = MutableClock.stoppedAt(START);
        assertThat(clock.instant()).isEqualTo(START);

        clock.advance(Duration.ofMinutes(5));
        assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofMinutes(5)));

        clock.set(START.minus(Duration.ofDays(1)));
        assertThat(clock.instant()).isEqualTo(START.minus(Duration.ofDays(1)));

        clock.reset();
        assertThat(clock.instant()).isEqualTo(START);
    }

    @Test
    void aClockFollowingTheSystemRunsAheadByWhatTheTestAdds() {
        MutableClock clock = MutableClock.followingSystem();
        clock.advance(Duration.ofDays(2));

        Instant before = Instant.now();
        Instant read = clock.instant();
        Instant after = Instant.now();
        assertThat(read).isBetween(before.plus(Duration.ofDays(2)), after.plus(Duration.ofDays(2)));

        clock.reset();
        assertThat(clock.instant()).isBefore(Instant.now().plus(Duration.ofDays(1)));
    }

    @Test
    void advancesFromManyThreadsAreNotLost() throws Exception {
        MutableClock clock = MutableClock.stoppedAt(START);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 1000; i++) {
                        clock.advance(Duration.ofSeconds(1));
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofSeconds(4000)));
    }

    @Test
    void readsInUtcAndInAnyZoneItIsAskedForTheSameMovingInstant() {
        MutableClock clock = MutableClock.stoppedAt(START);
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(clock.withZone(ZoneOffset.UTC)).isSameAs(clock);
        java.time.Clock london = clock.withZone(ZoneId.of("Europe/London"));
        assertThat(london.getZone()).isEqualTo(ZoneId.of("Europe/London"));
        clock.advance(Duration.ofHours(5));
        assertThat(london.instant()).isEqualTo(START.plus(Duration.ofHours(5)));
        assertThat(london.withZone(ZoneOffset.UTC)).isSameAs(clock);
    }
}
