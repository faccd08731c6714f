package org.crossflag.gateway.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What the checkpointer last found, for health and metrics: a refused checkpoint keeps the audit chain DOWN until
 * a later checkpoint is signed (after the chain was repaired or restored). Seqs and kinds only.
 */
final class AuditChainStatus {

    static final String REFUSED_METRIC = "crossflag.audit.checkpoints.refused";

    private final MeterRegistry registry;
    private volatile AuditVerification.Problem refused;
    private volatile long lastSignedSeq;

    AuditChainStatus(MeterRegistry registry) {
        this.registry = registry;
    }

    void refused(AuditVerification.Problem problem) {
        refused = problem;
        Counter.builder(REFUSED_METRIC)
                .description("Audit checkpoints refused because the chain did not verify")
                .tag("reason", problem.kind().name())
                .register(registry)
                .increment();
    }

    void signed(long seq) {
        refused = null;
        lastSignedSeq = seq;
    }

    /** The problem that made the last checkpoint be refused, or null. */
    AuditVerification.Problem refusal() {
        return refused;
    }

    long lastSignedSeq() {
        return lastSignedSeq;
    }
}
