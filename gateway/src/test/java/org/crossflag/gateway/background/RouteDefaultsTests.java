package org.crossflag.gateway.background;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.crossflag.gateway.node.CodedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The shared route configuration: ids and reason codes in the log, failures back to callers, rounds go on. */
@ExtendWith(OutputCaptureExtension.class)
class RouteDefaultsTests {

    private static final String PERSONAL_DETAIL = "Jane Example, born 1980-01-01";

    private final CamelContext camel = new DefaultCamelContext();
    private final AtomicInteger rounds = new AtomicInteger();
    private final WakeUp wake = new WakeUp("test-wake");

    @BeforeEach
    void start() throws Exception {
        camel.addRoutes(new RouteDefaults());
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:called")
                        .routeId("called")
                        .routeConfigurationId(RouteDefaults.ID)
                        .process(exchange -> {
                            throw new Refused();
                        });
            }
        });
        camel.addRoutes(new SweepRoutes() {
            @Override
            public void configure() {
                sweepOnWakeUp(wake, () -> {
                    rounds.incrementAndGet();
                    throw new IllegalStateException(PERSONAL_DETAIL);
                });
            }
        });
        camel.start();
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    @Test
    void aCallerGetsTheFailureAndTheLogHoldsOnlyIdsAndTheReasonCode(CapturedOutput output) {
        ProducerTemplate producer = camel.createProducerTemplate();

        assertThatThrownBy(() -> producer.sendBody("direct:called", PERSONAL_DETAIL))
                .isInstanceOf(CamelExecutionException.class)
                .hasCauseInstanceOf(Refused.class);
        assertThat(output.getAll())
                .contains("Route failed routeId=called")
                .contains("reason=TEST_REFUSED")
                .contains("error=Refused")
                .doesNotContain("Jane Example");
    }

    @Test
    void aFailedRoundIsLoggedWithoutItsMessageAndTheNextWakeUpRunsAnother(CapturedOutput output) {
        ProducerTemplate producer = camel.createProducerTemplate();

        wake.send(producer);
        await().atMost(Duration.ofSeconds(10)).until(() -> output.getAll().contains("routeId=test-wake"));
        wake.send(producer);
        await().atMost(Duration.ofSeconds(10)).until(() -> rounds.get() == 2);

        assertThat(output.getAll())
                .contains("reason=ROUTE_FAILED")
                .contains("error=IllegalStateException")
                .doesNotContain("Jane Example");
    }

    static final class Refused extends CodedException {
        Refused() {
            super("refused for " + PERSONAL_DETAIL);
        }

        @Override
        public String reasonCode() {
            return "TEST_REFUSED";
        }
    }
}
