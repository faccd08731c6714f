package org.crossflag.gateway.hearings.queries;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What this node's integration team sees of queries it could not answer: the counter
 * {@code crossflag_answers_failed_total{reason}} and the {@code priorHearingAnswers} health component, which stays UP
 * (the node still works) and shows how many since start, the last reason and when.
 */
public final class AnswerFailures implements HealthIndicator {

    private final MeterRegistry registry;
    private final Clock clock;
    private final AtomicLong count = new AtomicLong();
    private final AtomicReference<Last> last = new AtomicReference<>();

    public AnswerFailures(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    void record(AnswerFailure reason) {
        Counter.builder("crossflag.answers.failed")
                .description("Prior-hearing queries this node could not answer")
                .tag("reason", reason.name())
                .register(registry)
                .increment();
        count.incrementAndGet();
        last.set(new Last(reason, clock.instant()));
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("couldNotAnswer", count.get());
        Last seen = last.get();
        if (seen != null) {
            details.put("lastReason", seen.reason().name());
            details.put("lastAt", seen.at().toString());
        }
        return Health.up().withDetails(details).build();
    }

    private record Last(AnswerFailure reason, Instant at) {}
}
