package org.crossflag.gateway.federation.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.crossflag.gateway.NodeTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's per-correlation order and its claims, on a real node database built from the migrations:
 * only a correlation's head is claimable, the next message goes when the head leaves, and two instances
 * never claim the same row. Run on H2 and on PostgreSQL.
 */
abstract class OutboxOrderingDatabaseTests {

    static final String PEER = "GB-KNT";
    static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    static final Duration LEASE = Duration.ofMinutes(1);

    @TempDir
    Path dir;

    NodeTestDatabase db;
    OutboxRepository repository;
    TransactionTemplate transactions;
    long order;

    abstract NodeTestDatabase open(Path dir);

    @BeforeEach
    void openDatabase() {
        db = open(dir);
        repository = new OutboxRepository(db.jdbc);
        transactions = db.transactions();
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void onlyTheHeadOfACorrelationIsClaimedUntilItIsDelivered() {
        String correlation = UUID.randomUUID().toString();
        String first = queue(correlation);
        String second = queue(correlation);
        String third = queue(correlation);
        String other = queue(UUID.randomUUID().toString());

        assertThat(claim("instance-a")).containsExactlyInAnyOrder(first, other);
        assertThat(claim("instance-a")).isEmpty();

        assertThat((boolean) transactions.execute(s -> repository.promoteNext(PEER, correlation, NOW)))
                .as("no promotion while the head is in flight")
                .isFalse();
        deliver(first, "instance-a", correlation);
        assertThat(claim("instance-a")).containsExactly(second);
        deliver(second, "instance-a", correlation);
        assertThat(claim("instance-a")).containsExactly(third);
        assertThat(status(third)).isEqualTo("IN_FLIGHT");
    }

    @Test
    void aDeadLetteredHeadReleasesTheNextMessage() {
        String correlation = UUID.randomUUID().toString();
        String first = queue(correlation);
        String second = queue(correlation);
        assertThat(claim("instance-a")).containsExactly(first);
        transactions.executeWithoutResult(s -> {
            assertThat(repository.markDead(first, "instance-a", "SCHEMA_INVALID"))
                    .isTrue();
            repository.lockCorrelation(PEER, correlation);
            assertThat(repository.promoteNext(PEER, correlation, NOW)).isTrue();
        });
        assertThat(claim("instance-a")).containsExactly(second);
    }

    @Test
    void aRetriedDeadLetterWaitsBehindTheMessageOnItsWay() {
        String correlation = UUID.randomUUID().toString();
        String first = queue(correlation);
        String second = queue(correlation);
        claim("instance-a");
        transactions.executeWithoutResult(s -> {
            repository.markDead(first, "instance-a", "SCHEMA_INVALID");
            repository.promoteNext(PEER, correlation, NOW);
        });
        assertThat(claim("instance-a")).containsExactly(second);
        transactions.executeWithoutResult(s -> assertThat(repository.retryDead(first, OutboxRepository.WAITING, NOW))
                .isTrue());
        assertThat(claim("instance-a")).isEmpty();
        deliver(second, "instance-a", correlation);
        assertThat(claim("instance-a")).containsExactly(first);
    }

    @Test
    void waitingMessagesLeftWithoutAHeadAreFoundBySafetyNet() {
        String correlation = UUID.randomUUID().toString();
        String first = queue(correlation);
        String second = queue(correlation);
        claim("instance-a");
        // The head leaves without a promotion, as when the correlation's row was purged meanwhile.
        transactions.executeWithoutResult(s -> repository.markDelivered(first, "instance-a", NOW));
        assertThat(claim("instance-a")).isEmpty();

        assertThat(repository.headlessCorrelations(10))
                .containsExactly(new OutboxRepository.Correlation(PEER, correlation));
        transactions.executeWithoutResult(s -> repository.promoteNext(PEER, correlation, NOW));
        assertThat(repository.headlessCorrelations(10)).isEmpty();
        assertThat(claim("instance-a")).containsExactly(second);
    }

    @Test
    void aLapsedLeaseIsReclaimedByAnotherInstance() {
        String message = queue(UUID.randomUUID().toString());
        assertThat(claim("instance-a")).containsExactly(message);
        assertThat(claim("instance-b")).isEmpty();
        List<OutboxMessage> reclaimed = transactions.execute(s ->
                repository.claimDue("instance-b", NOW.plus(LEASE).plusSeconds(1), NOW.plus(LEASE.multipliedBy(2)), 10));
        assertThat(reclaimed).extracting(OutboxMessage::messageId).containsExactly(message);
        assertThat((boolean) transactions.execute(s -> repository.markDelivered(message, "instance-a", NOW)))
                .as("the instance that lost its lease cannot record the delivery")
                .isFalse();
        assertThat((boolean) transactions.execute(s -> repository.markDelivered(message, "instance-b", NOW)))
                .isTrue();
    }

    @Test
    void twoInstancesSharingTheDatabaseNeverClaimTheSameMessage() throws Exception {
        Set<String> queued = new HashSet<>();
        for (int i = 0; i < 400; i++) {
            queued.add(queue(UUID.randomUUID().toString()));
        }
        try (NodeTestDatabase second = db.anotherInstance()) {
            OutboxRepository secondRepository = new OutboxRepository(second.jdbc);
            TransactionTemplate secondTransactions = second.transactions();
            ExecutorService threads = Executors.newFixedThreadPool(4);
            try {
                List<Future<List<String>>> claims = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    OutboxRepository r = t % 2 == 0 ? repository : secondRepository;
                    TransactionTemplate tx = t % 2 == 0 ? transactions : secondTransactions;
                    String instance = "instance-" + t;
                    claims.add(threads.submit((Callable<List<String>>) () -> claimAll(r, tx, instance)));
                }
                List<String> claimed = new ArrayList<>();
                for (Future<List<String>> claim : claims) {
                    claimed.addAll(claim.get());
                }
                assertThat(claimed).hasSize(queued.size()).doesNotHaveDuplicates();
                assertThat(new HashSet<>(claimed)).isEqualTo(queued);
            } finally {
                threads.shutdownNow();
            }
        }
    }

    private static List<String> claimAll(OutboxRepository r, TransactionTemplate tx, String instance) {
        List<String> mine = new ArrayList<>();
        while (true) {
            List<OutboxMessage> batch = tx.execute(s -> r.claimDue(instance, NOW, NOW.plus(LEASE), 16));
            if (batch == null || batch.isEmpty()) {
                return mine;
            }
            batch.forEach(message -> mine.add(message.messageId()));
        }
    }

    private String queue(String correlation) {
        return transactions.execute(s -> {
            if (!repository.lockCorrelation(PEER, correlation)) {
                repository.createCorrelation(PEER, correlation);
            }
            String status =
                    repository.hasActive(PEER, correlation) ? OutboxRepository.WAITING : OutboxRepository.PENDING;
            String id = UUID.randomUUID().toString();
            repository.insert(
                    new OutboxMessage(
                            id,
                            correlation,
                            ++order,
                            PEER,
                            "PriorHearingQuery",
                            new byte[] {'{', '}'},
                            new byte[64],
                            NOW.minusSeconds(1),
                            0),
                    status,
                    "MARAC_SAFEGUARDING",
                    "officer-1",
                    "MARAC_COORDINATOR",
                    NOW.plus(Duration.ofHours(24)));
            return id;
        });
    }

    private List<String> claim(String instance) {
        List<OutboxMessage> batch = transactions.execute(s -> repository.claimDue(instance, NOW, NOW.plus(LEASE), 64));
        List<String> ids = new ArrayList<>();
        batch.forEach(message -> ids.add(message.messageId()));
        return Collections.unmodifiableList(ids);
    }

    private void deliver(String messageId, String instance, String correlation) {
        transactions.executeWithoutResult(s -> {
            assertThat(repository.markDelivered(messageId, instance, NOW)).isTrue();
            repository.lockCorrelation(PEER, correlation);
            repository.promoteNext(PEER, correlation, NOW);
        });
    }

    private String status(String messageId) {
        return repository.status(messageId).orElseThrow();
    }
}
