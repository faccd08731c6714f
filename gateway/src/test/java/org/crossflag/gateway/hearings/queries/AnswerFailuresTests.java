package org.crossflag.gateway.hearings.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** A query this node could not answer shows on health and in a counter by reason, and does not take the node down. */
class AnswerFailuresTests {

    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final AnswerFailures failures =
            new AnswerFailures(registry, Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void beforeAnyFailureHealthIsUpWithNothingToShow() {
        assertThat(failures.health().getStatus()).isEqualTo(Status.UP);
        assertThat(failures.health().getDetails())
                .containsEntry("couldNotAnswer", 0L)
                .doesNotContainKey("lastReason");
    }

    @Test
    void eachFailureIsCountedByReasonAndTheLastIsShown() {
        failures.record(AnswerFailure.ANSWER_DATA_INVALID);
        failures.record(AnswerFailure.ANSWER_DATA_INVALID);
        failures.record(AnswerFailure.ANSWER_NOT_SENDABLE);

        assertThat(registry.get("crossflag.answers.failed")
                        .tag("reason", "ANSWER_DATA_INVALID")
                        .counter()
                        .count())
                .isEqualTo(2.0);
        assertThat(registry.get("crossflag.answers.failed")
                        .tag("reason", "ANSWER_NOT_SENDABLE")
                        .counter()
                        .count())
                .isEqualTo(1.0);
        assertThat(failures.health().getStatus()).isEqualTo(Status.UP);
        assertThat(failures.health().getDetails())
                .containsEntry("couldNotAnswer", 3L)
                .containsEntry("lastReason", "ANSWER_NOT_SENDABLE")
                .containsEntry("lastAt", "2026-11-20T10:00:00Z");
    }
}
