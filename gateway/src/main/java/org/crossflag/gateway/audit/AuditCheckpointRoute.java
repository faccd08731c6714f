package org.crossflag.gateway.audit;

import org.crossflag.gateway.background.SweepRoutes;

/**
 * Every chain-interval: chains journal rows that no commit woke the chainer for (after a crash, or a database
 * outage), and signs a checkpoint once {@code crossflag.audit.checkpoint-interval} has passed on the node's clock.
 */
final class AuditCheckpointRoute extends SweepRoutes {

    static final String CHECKPOINT_TIMER = "timer:audit-checkpoint?delay={{crossflag.background.start-delay}}"
            + "&period={{crossflag.audit.chain-interval}}";
    static final String CHAIN_TIMER = "timer:audit-chain?delay={{crossflag.background.start-delay}}"
            + "&period={{crossflag.audit.chain-interval}}";

    private final AuditCheckpointer checkpointer;
    private final AuditChainer chainer;

    AuditCheckpointRoute(AuditCheckpointer checkpointer, AuditChainer chainer) {
        this.checkpointer = checkpointer;
        this.chainer = chainer;
    }

    @Override
    public void configure() {
        sweepOnTimer(CHECKPOINT_TIMER, "audit-checkpoint", checkpointer::checkpointIfDue);
        sweepOnTimer(CHAIN_TIMER, "audit-chain", chainer::chainQuietly);
    }
}
