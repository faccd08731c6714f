package org.crossflag.gateway.background;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.camel.CamelContext;
import org.apache.camel.component.timer.TimerEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.ModelCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A job's routes: one sweep, run by its timer and by every wake-up, each route opted into the shared defaults. */
class SweepRoutesTests {

    private final CamelContext camel = new DefaultCamelContext();
    private final ConcurrentLinkedQueue<String> rounds = new ConcurrentLinkedQueue<>();
    private final WakeUp wake = new WakeUp("job-wake");

    @AfterEach
    void stop() {
        camel.stop();
    }

    @Test
    void theTimerAndEveryWakeUpRunTheSameSweep() throws Exception {
        Properties settings = new Properties();
        settings.put("crossflag.job.start-delay", "0");
        settings.put("crossflag.job.poll-interval", "3600000");
        camel.getPropertiesComponent().setInitialProperties(settings);
        camel.addRoutes(new RouteDefaults());
        camel.addRoutes(new SweepRoutes() {
            @Override
            public void configure() {
                wakeAndSweep(
                        wake,
                        "timer:job?delay={{crossflag.job.start-delay}}&period={{crossflag.job.poll-interval}}",
                        "job-timer",
                        () -> rounds.add(Thread.currentThread().getName()));
            }
        });
        camel.start();

        await().atMost(Duration.ofSeconds(10)).until(() -> rounds.size() == 1);
        wake.send(camel.createProducerTemplate());
        await().atMost(Duration.ofSeconds(10)).until(() -> rounds.size() == 2);

        assertThat(rounds)
                .anySatisfy(thread -> assertThat(thread).contains("timer://job"))
                .anySatisfy(thread -> assertThat(thread).contains("seda://job-wake"));
        assertThat(((TimerEndpoint) camel.getRoute("job-timer").getEndpoint()).getPeriod())
                .isEqualTo(3_600_000);
        ModelCamelContext model = (ModelCamelContext) camel;
        assertThat(model.getRouteDefinition("job-timer").getRouteConfigurationId())
                .isEqualTo(RouteDefaults.ID);
        assertThat(model.getRouteDefinition("job-wake").getRouteConfigurationId())
                .isEqualTo(RouteDefaults.ID);
    }

    @Test
    void wakeUpsAreDroppedWhileOneIsPendingOrNoRouteListens() {
        assertThat(wake.routeId()).isEqualTo("job-wake");
        assertThat(wake.uri()).isEqualTo("seda:job-wake?size=1&discardWhenFull=true&discardIfNoConsumers=true");
    }
}
