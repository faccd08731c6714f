package org.crossflag.gateway.federation.outbound;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** Prometheus counters of messages sent, and the exchange-latency timer. Tags carry codes and types only. */
public final class OutboundMetrics {

    private final MeterRegistry registry;
    private final Timer exchangeLatency;

    public OutboundMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.exchangeLatency = Timer.builder("crossflag.exchange.latency")
                .description("Time from signing a message to the peer's answer")
                .publishPercentiles(0.5, 0.99)
                .publishPercentileHistogram()
                .register(registry);
    }

    public void sent(String type, String recipient, String outcome) {
        Counter.builder("crossflag.messages.sent")
                .description("Messages sent to peers, by outcome")
                .tag("type", type)
                .tag("recipient", recipient)
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }

    public void exchangeLatency(Duration duration) {
        exchangeLatency.record(duration);
    }
}
