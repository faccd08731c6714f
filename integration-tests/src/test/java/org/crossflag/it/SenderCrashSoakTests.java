package org.crossflag.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sender-crash scenario of {@link SenderCrashTests}, repeated {@code crossflag.crash.runs} times (default
 * 20), each in a fresh federation. Prints lost, duplicated and resent messages and the time to full delivery
 * for every run and in total, and fails if any message was lost or duplicated in any run.
 * Not part of {@code ./mvnw verify}: run it with
 * {@code ./mvnw -B -pl integration-tests -am verify -Psoak -Dcrossflag.crash.runs=20}.
 */
@Tag("soak")
class SenderCrashSoakTests {

    @Test
    void senderCrashRepeated(@TempDir Path dir) throws Exception {
        int runs = Integer.getInteger("crossflag.crash.runs", 20);
        List<SenderCrashScenario.Result> results = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            SenderCrashScenario.Result result = SenderCrashScenario.run(
                    Files.createDirectories(dir.resolve("run-" + run)), SenderCrashScenario.logDir("soak", run), run);
            results.add(result);
            System.out.println("[sender crash soak] " + result.summary());
        }

        long lost = results.stream().mapToLong(SenderCrashScenario.Result::lost).sum();
        long duplicated = results.stream()
                .mapToLong(SenderCrashScenario.Result::duplicated)
                .sum();
        long resent =
                results.stream().mapToLong(SenderCrashScenario.Result::resent).sum();
        long outOfOrder =
                results.stream().mapToLong(r -> r.orderViolations().size()).sum();
        long lateRuns = results.stream().filter(r -> !r.deliveredInTime()).count();
        long undrained = results.stream().filter(r -> !r.outboxDrained()).count();
        long lateKills =
                results.stream().filter(r -> r.storedAtKill() >= r.queued()).count();
        double[] toFull = results.stream()
                .mapToDouble(r -> SenderCrashScenario.seconds(r.restartToFull()))
                .sorted()
                .toArray();
        System.out.printf(
                "[sender crash soak] TOTAL over %d runs of %d messages: lost=%d duplicated=%d resent=%d "
                        + "out-of-order correlations=%d, runs not fully delivered in time=%d, outboxes not drained=%d, "
                        + "kills after full delivery=%d | restart->all delivered: min %.1f s, median %.1f s, max %.1f s%n",
                runs,
                SenderCrashScenario.MESSAGES,
                lost,
                duplicated,
                resent,
                outOfOrder,
                lateRuns,
                undrained,
                lateKills,
                toFull[0],
                toFull[toFull.length / 2],
                toFull[toFull.length - 1]);

        assertThat(lost).as("messages lost over all runs").isZero();
        assertThat(duplicated).as("messages duplicated over all runs").isZero();
        assertThat(outOfOrder).as("correlations out of order over all runs").isZero();
        assertThat(lateKills)
                .as("runs where the kill came after full delivery (proving nothing)")
                .isZero();
        assertThat(undrained)
                .as("runs whose sender outbox did not end all DELIVERED")
                .isZero();
    }
}
