package org.crossflag.gateway.audit;

import java.time.Duration;

import org.apache.camel.builder.RouteBuilder;

/** Signs a checkpoint of whatever was appended since the last one, every {@code crossflag.audit.checkpoint-interval}. */
final class AuditCheckpointRoute extends RouteBuilder {

    private final AuditCheckpointer checkpointer;
    private final Duration interval;

    AuditCheckpointRoute(AuditCheckpointer checkpointer, Duration interval) {
        this.checkpointer = checkpointer;
        this.interval = interval;
    }

    @Override
    public void configure() {
        long millis = interval.toMillis();
        from("timer:audit-checkpoint?delay=" + millis + "&period=" + millis)
                .routeId("audit-checkpoint")
                .process(exchange -> checkpointer.checkpointIfBehind());
    }
}
