package org.crossflag.gateway.federation;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** Prometheus counters and the exchange-latency timer. Tags carry codes and types only. */
public final class FederationMetrics {

    private final MeterRegistry registry;
    private final Timer exchangeLatency;

    public FederationMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.exchangeLatency = Timer.builder("crossflag.exchange.latency")
                .description("Time from signing a message to the peer's answer")
                .publishPercentiles(0.5, 0.99)
                .publishPercentileHistogram()
                .register(registry);
    }

    public void sent(String type, String recipient, String outcome) {
        Counter.builder("crossflag.messages.sent").description("Messages sent to peers, by outcome")
                .tag("type", type).tag("recipient", recipient).tag("outcome", outcome)
                .register(registry).increment();
    }

    public void received(String type, String sender) {
        Counter.builder("crossflag.messages.received").description("Messages accepted from peers")
                .tag("type", type).tag("sender", sender)
                .register(registry).increment();
    }

    public void repeated(String sender) {
        Counter.builder("crossflag.messages.repeated").description("Messages received again after being accepted (answered with the same receipt)")
                .tag("sender", sender)
                .register(registry).increment();
    }

    public void rejected(RejectionReason reason) {
        Counter.builder("crossflag.messages.rejected").description("Inbound messages refused, by reason code")
                .tag("reason", reason.name())
                .register(registry).increment();
    }

    public void exchangeLatency(Duration duration) {
        exchangeLatency.record(duration);
    }
}
