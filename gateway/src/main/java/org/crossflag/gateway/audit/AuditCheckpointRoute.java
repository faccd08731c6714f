package org.crossflag.gateway.audit;

import org.apache.camel.builder.RouteBuilder;

/**
 * Every second: chains journal rows that no commit woke the chainer for (after a crash, or a database outage),
 * and signs a checkpoint once {@code crossflag.audit.checkpoint-interval} has passed on the node's clock.
 */
final class AuditCheckpointRoute extends RouteBuilder {

    private final AuditCheckpointer checkpointer;
    private final AuditChainer chainer;

    AuditCheckpointRoute(AuditCheckpointer checkpointer, AuditChainer chainer) {
        this.checkpointer = checkpointer;
        this.chainer = chainer;
    }

    @Override
    public void configure() {
        from("timer:audit-checkpoint?delay=1000&period=1000")
                .routeId("audit-checkpoint")
                .process(exchange -> checkpointer.checkpointIfDue());

        from("timer:audit-chain?delay=1000&period=1000")
                .routeId("audit-chain")
                .process(exchange -> chainer.chainQuietly());
    }
}
