package org.crossflag.gateway.federation.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.crossflag.gateway.background.RouteDefaults;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The wake-up route: rounds run one at a time, and wake-ups during a round merge into one next round. */
class OutboxRoutesTests {

    private final RoundCounter dispatcher = new RoundCounter();
    private final CamelContext camel = new DefaultCamelContext();

    @AfterEach
    void stop() {
        dispatcher.release.countDown();
        camel.stop();
    }

    @Test
    void wakeUpsDuringARoundMergeIntoOneNextRoundAndRoundsNeverOverlap() throws Exception {
        Properties settings = new Properties();
        settings.put("crossflag.background.start-delay", "1000");
        settings.put("crossflag.outbox.poll-interval", "3600000");
        settings.put("crossflag.outbox.wake-linger", "10");
        settings.put("crossflag.outbox.headless-check-delay", "3600000");
        settings.put("crossflag.outbox.headless-check-interval", "3600000");
        settings.put("crossflag.background.purge-delay", "3600000");
        settings.put("crossflag.background.purge-interval", "3600000");
        camel.getPropertiesComponent().setInitialProperties(settings);
        camel.addRoutes(new RouteDefaults());
        camel.addRoutes(new OutboxRoutes(dispatcher, null, Duration.ofDays(30), Clock.systemUTC()));
        camel.start();
        ProducerTemplate producer = camel.createProducerTemplate();

        producer.sendBody(OutboxDispatcher.WAKE.uri(), null);
        assertThat(dispatcher.started.await(10, TimeUnit.SECONDS))
                .as("the first round started")
                .isTrue();
        // The first round is held; fifty more messages are queued meanwhile.
        for (int i = 0; i < 50; i++) {
            producer.sendBody(OutboxDispatcher.WAKE.uri(), null);
        }
        dispatcher.release.countDown();

        await().atMost(Duration.ofSeconds(10)).until(() -> dispatcher.finished.get() == 2);
        assertThat(dispatcher.rounds.get())
                .as("the held round and one merged round")
                .isEqualTo(2);
        assertThat(dispatcher.mostAtOnce.get()).isEqualTo(1);
    }

    /** Counts the wake-up rounds only: the timer route's rounds run on their own thread by design. */
    static final class RoundCounter extends OutboxDispatcher {

        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger rounds = new AtomicInteger();
        final AtomicInteger finished = new AtomicInteger();
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();

        RoundCounter() {
            super(null, null, null, null, null, null, null, null, Clock.systemUTC(), "test", 64, Duration.ofMinutes(1));
        }

        @Override
        public int dispatchDue() {
            if (!Thread.currentThread().getName().contains("outbox-wake")) {
                return 0;
            }
            rounds.incrementAndGet();
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
                finished.incrementAndGet();
            }
            return 0;
        }
    }
}
