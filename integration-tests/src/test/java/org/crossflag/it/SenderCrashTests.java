package org.crossflag.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reliable delivery survives a sender crash: the sending node is killed with SIGKILL (a separate process, no
 * shutdown of any kind) while it dispatches {@value SenderCrashScenario#MESSAGES} messages, then started again.
 * Every message arrives exactly once, each correlation in its order, and the sender ends with every message
 * delivered and its receipt kept. Messages the crashed sender had sent but not yet recorded are sent again
 * and answered with the receipt already issued: that is a resend, not a duplicate.
 */
class SenderCrashTests {

    @Test
    void everyMessageArrivesExactlyOnceAndInOrderAfterTheSenderIsKilledMidDispatch(@TempDir Path dir) throws Exception {
        SenderCrashScenario.Result result = SenderCrashScenario.run(dir, SenderCrashScenario.logDir("single", 1), 1);
        System.out.println("[sender crash] " + result.summary());

        assertThat(result.storedAtKill())
                .as("messages at the receiver when the sender died (the kill must come mid-dispatch)")
                .isBetween((long) SenderCrashScenario.KILL_AFTER, (long) SenderCrashScenario.MESSAGES - 1);
        assertThat(result.deliveredInTime())
                .as("everything delivered within " + SenderCrashScenario.DELIVERY_BOUND)
                .isTrue();
        assertThat(result.queued()).as("messages queued").isEqualTo(SenderCrashScenario.MESSAGES);
        assertThat(result.lost()).as("lost").isZero();
        assertThat(result.duplicated()).as("duplicated").isZero();
        assertThat(result.strangers()).as("stored ids the sender never queued").isZero();
        assertThat(result.stored()).as("rows stored at the receiver").isEqualTo(SenderCrashScenario.MESSAGES);
        assertThat(result.orderViolations()).as("correlations out of order").isEmpty();
        assertThat(result.outboxCounts())
                .as("the sender's outbox")
                .containsExactly(java.util.Map.entry("DELIVERED", (long) SenderCrashScenario.MESSAGES));
        assertThat(result.receipts()).as("receipts the sender keeps").isEqualTo(SenderCrashScenario.MESSAGES);
    }
}
