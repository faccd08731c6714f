package org.crossflag.gateway.background;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.component.timer.TimerEndpoint;
import org.crossflag.gateway.CrossflagApplication;
import org.crossflag.gateway.NodeFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A node's timers run on its crossflag.* settings, defaults included, whichever way a setting was given. */
class RouteTimingsTests {

    private static final String DEADLINE_CHECK = "crossflag.hearings.deadline-check-interval";

    @TempDir
    Path dir;

    @Test
    void timersTakeTheirPeriodsFromTheSettings() throws Exception {
        List<String> args = new NodeFixture(dir).nodeArguments();
        args.add("--crossflag.hearings.alert-push-interval=PT7S");
        args.add("--crossflag.inbox.poll-interval=250ms");
        String earlier = System.setProperty(DEADLINE_CHECK, "PT3S");
        try (ConfigurableApplicationContext node =
                new SpringApplicationBuilder(CrossflagApplication.class).run(args.toArray(String[]::new))) {
            CamelContext camel = node.getBean(CamelContext.class);

            assertThat(timer(camel, "alert-push").getPeriod()).isEqualTo(7_000);
            assertThat(timer(camel, "alert-push").getDelay()).isEqualTo(7_000);
            assertThat(timer(camel, "inbox-process").getPeriod()).isEqualTo(250);
            assertThat(timer(camel, "query-deadlines").getPeriod()).isEqualTo(3_000);
            // Defaults equal to the periods the routes had before they were settings.
            assertThat(timer(camel, "outbox-dispatch").getPeriod()).isEqualTo(500);
            assertThat(timer(camel, "outbox-dispatch").getDelay()).isEqualTo(1_000);
            assertThat(timer(camel, "outbox-headless").getDelay()).isEqualTo(30_000);
            assertThat(timer(camel, "outbox-retention").getPeriod()).isEqualTo(3_600_000);
            assertThat(timer(camel, "audit-chain").getPeriod()).isEqualTo(1_000);
        } finally {
            if (earlier == null) {
                System.clearProperty(DEADLINE_CHECK);
            } else {
                System.setProperty(DEADLINE_CHECK, earlier);
            }
        }
    }

    private static TimerEndpoint timer(CamelContext camel, String routeId) {
        return (TimerEndpoint) camel.getRoute(routeId).getEndpoint();
    }
}
