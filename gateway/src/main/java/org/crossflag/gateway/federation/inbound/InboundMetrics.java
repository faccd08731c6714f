package org.crossflag.gateway.federation.inbound;

import org.crossflag.gateway.federation.envelope.RejectionReason;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Prometheus counters for messages received from peers. Tags carry codes and types only. */
public final class InboundMetrics {

    private final MeterRegistry registry;

    public InboundMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void received(String type, String sender) {
        Counter.builder("crossflag.messages.received")
                .description("Messages accepted from peers")
                .tag("type", type)
                .tag("sender", sender)
                .register(registry)
                .increment();
    }

    public void repeated(String sender) {
        Counter.builder("crossflag.messages.repeated")
                .description("Messages received again after being accepted (answered with the same receipt)")
                .tag("sender", sender)
                .register(registry)
                .increment();
    }

    public void rejected(RejectionReason reason) {
        Counter.builder("crossflag.messages.rejected")
                .description("Inbound messages refused, by reason code")
                .tag("reason", reason.name())
                .register(registry)
                .increment();
    }
}
