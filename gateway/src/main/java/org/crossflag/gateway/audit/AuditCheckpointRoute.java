package org.crossflag.gateway.audit;

import java.time.Duration;

import org.apache.camel.builder.RouteBuilder;

/**
 * Signs a checkpoint of whatever was appended since the last one, every {@code crossflag.audit.checkpoint-interval};
 * and every second chains journal rows that no commit woke the chainer for (after a crash, or a database outage).
 */
final class AuditCheckpointRoute extends RouteBuilder {

    private final AuditCheckpointer checkpointer;
    private final AuditChainer chainer;
    private final Duration interval;

    AuditCheckpointRoute(AuditCheckpointer checkpointer, AuditChainer chainer, Duration interval) {
        this.checkpointer = checkpointer;
        this.chainer = chainer;
        this.interval = interval;
    }

    @Override
    public void configure() {
        long millis = interval.toMillis();
        from("timer:audit-checkpoint?delay=" + millis + "&period=" + millis)
                .routeId("audit-checkpoint")
                .process(exchange -> checkpointer.checkpointIfBehind());

        from("timer:audit-chain?delay=1000&period=1000")
                .routeId("audit-chain")
                .process(exchange -> chainer.chainQuietly());
    }
}
