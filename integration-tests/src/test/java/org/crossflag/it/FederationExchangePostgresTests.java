package org.crossflag.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.crossflag.it.TestFederation.ESSEX;
import static org.crossflag.it.TestFederation.SUFFOLK;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The same exchange with every node on PostgreSQL, from the same Flyway migrations, plus what only a shared
 * server database can show: a database restart under load, and two instances of one node sharing one
 * database. Runs when CROSSFLAG_TEST_POSTGRES_URL is set, as {@code .ci/run} does after starting a private
 * PostgreSQL (and setting CROSSFLAG_TEST_POSTGRES_RESTART to the command that restarts it).
 */
@EnabledIfEnvironmentVariable(named = "CROSSFLAG_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class FederationExchangePostgresTests extends FederationExchangeTests {

    @Override
    TestFederation.Database database() {
        return TestFederation.Database.POSTGRES;
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "CROSSFLAG_TEST_POSTGRES_RESTART", matches = ".+")
    void databaseRestartWhileMessagesFlowLosesAndDuplicatesNothing() throws Exception {
        List<String> correlations = List.of(
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString());
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 200; i++) {
            ids.add(essex.outbox().queue(query(SUFFOLK, correlations.get(i % correlations.size()))));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> suffolk.inboundCount() > 0);

        // Output is discarded: a restarted server must not inherit a pipe this test waits on.
        Process restart = new ProcessBuilder("bash", "-c", System.getenv("CROSSFLAG_TEST_POSTGRES_RESTART"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(restart.waitFor(60, TimeUnit.SECONDS))
                .as("PostgreSQL restarted in time")
                .isTrue();
        assertThat(restart.exitValue()).as("pg_ctl restart exit code").isZero();

        // The same running nodes take new work once their connection pools have reconnected.
        for (int i = 0; i < 100; i++) {
            String correlation = correlations.get(i % correlations.size());
            ids.add(await().atMost(Duration.ofSeconds(30))
                    .ignoreExceptions()
                    .until(() -> essex.outbox().queue(query(SUFFOLK, correlation)), id -> id != null));
        }

        await().atMost(Duration.ofSeconds(120)).until(() -> countByStatus(essex, ids, "DELIVERED") == ids.size());
        assertThat(countIn(suffolk, "select count(*) from inbound_message where message_id in (%s)", ids))
                .isEqualTo(300);
        assertThat(countIn(essex, "select count(*) from outbound_receipt where message_id in (%s)", ids))
                .isEqualTo(300);
        assertArrivedInQueueOrder(suffolk, ids);
    }

    @Test
    void twoInstancesOfOneNodeOnOneDatabaseNeverSendAMessageTwice() throws Exception {
        RunningNode second = federation.startSecondInstance(ESSEX);
        try {
            double repeatsBefore = suffolk.metric("crossflag_messages_repeated_total", "sender=\"GB-ESX\"");
            List<String> correlations = java.util.stream.IntStream.range(0, 40)
                    .mapToObj(i -> UUID.randomUUID().toString())
                    .toList();
            List<String> ids = Collections.synchronizedList(new ArrayList<>());
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> queue(essex, 1000, correlations, ids));
            CompletableFuture<Void> other = CompletableFuture.runAsync(() -> queue(second, 1000, correlations, ids));
            CompletableFuture.allOf(first, other).get(120, TimeUnit.SECONDS);

            await().atMost(Duration.ofSeconds(180)).until(() -> countByStatus(essex, ids, "DELIVERED") == 2000);
            assertThat(countIn(suffolk, "select count(*) from inbound_message where message_id in (%s)", ids))
                    .isEqualTo(2000);
            assertThat(suffolk.metric("crossflag_messages_repeated_total", "sender=\"GB-ESX\""))
                    .as("messages sent twice")
                    .isEqualTo(repeatsBefore);
            assertThat(essex.metric("crossflag_outbox_delivered_total", "")
                            + second.metric("crossflag_outbox_delivered_total", ""))
                    .as("both instances dispatched")
                    .isGreaterThanOrEqualTo(2000);
            assertThat(second.metric("crossflag_outbox_delivered_total", ""))
                    .as("the second instance took a share")
                    .isPositive();
            assertArrivedInQueueOrder(suffolk, ids);
        } finally {
            second.context().close();
        }
    }

    private static void queue(RunningNode node, int count, List<String> correlations, List<String> ids) {
        for (int i = 0; i < count; i++) {
            ids.add(node.outbox().queue(query(SUFFOLK, correlations.get(i % correlations.size()))));
        }
    }
}
