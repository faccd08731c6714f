package org.crossflag.gateway.federation.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.crossflag.gateway.NodeTestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inbox's claims on a real node database built from the migrations: the head of each sender and correlation is
 * found however long the queue behind it, each round takes a bounded share per sender, a correlation moves on when
 * its head leaves, and retention never forgets a message that could still be replayed. Run on H2 and PostgreSQL.
 */
abstract class InboxClaimDatabaseTests {

    static final String SUFFOLK = "GB-SFK";
    static final String KENT = "GB-KNT";
    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    static final int PER_PEER = 16;

    @TempDir
    Path dir;

    NodeTestDatabase db;
    InboxRepository repository;
    TransactionTemplate transactions;
    InboxClaim claim;

    abstract NodeTestDatabase open(Path dir);

    @BeforeEach
    void openDatabase() {
        db = open(dir);
        repository = new InboxRepository(db.jdbc);
        transactions = db.transactions();
        claim = new InboxClaim(repository, transactions, PER_PEER);
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Test
    void aHeadWaitingForARetryWithThousandsBehindItHoldsUpNeitherItsOwnOtherCorrelationsNorOtherSenders() {
        String stuck = UUID.randomUUID().toString();
        String poison = receive(SUFFOLK, stuck, NOW.minusSeconds(60));
        transactions.executeWithoutResult(
                s -> repository.scheduleRetry(poison, NOW.plusSeconds(240), "PROCESSING_ERROR_X"));
        List<String> behind = new ArrayList<>();
        transactions.executeWithoutResult(s -> {
            for (int i = 0; i < 2_100; i++) {
                behind.add(receive(SUFFOLK, stuck, NOW.minusSeconds(50)));
            }
        });
        String suffolkOther = receive(SUFFOLK, UUID.randomUUID().toString(), NOW.minusSeconds(10));
        String kent = receive(KENT, UUID.randomUUID().toString(), NOW.minusSeconds(5));

        assertThat(claim.nextRound(NOW)).containsExactlyInAnyOrder(suffolkOther, kent);
        assertThat(status(behind.get(0))).isEqualTo("WAITING");
        assertThat(status(behind.get(2_099))).isEqualTo("WAITING");

        // The head is refused (it leaves): the next one of its correlation, and only that one, becomes due.
        leave(poison, SUFFOLK, stuck);
        leave(suffolkOther, SUFFOLK, null);
        leave(kent, KENT, null);
        assertThat(claim.nextRound(NOW)).containsExactly(behind.get(0));
        leave(behind.get(0), SUFFOLK, stuck);
        assertThat(claim.nextRound(NOW)).containsExactly(behind.get(1));
    }

    @Test
    void eachRoundTakesABoundedShareFromEachSenderInTurn() {
        transactions.executeWithoutResult(s -> {
            for (int i = 0; i < 200; i++) {
                receive(SUFFOLK, UUID.randomUUID().toString(), NOW.minusSeconds(100));
            }
        });
        String kent = receive(KENT, UUID.randomUUID().toString(), NOW.minusSeconds(1));

        List<String> round = claim.nextRound(NOW);

        assertThat(round).hasSize(PER_PEER + 1).contains(kent);
        assertThat(round.indexOf(kent)).isLessThanOrEqualTo(1);
    }

    @Test
    void messagesOfOneCorrelationAreClaimedOneAtATimeInArrivalOrder() {
        String correlation = UUID.randomUUID().toString();
        String first = receive(SUFFOLK, correlation, NOW.minusSeconds(3));
        String second = receive(SUFFOLK, correlation, NOW.minusSeconds(2));
        String third = receive(SUFFOLK, correlation, NOW.minusSeconds(1));

        assertThat(claim.nextRound(NOW)).containsExactly(first);
        leave(first, SUFFOLK, correlation);
        assertThat(claim.nextRound(NOW)).containsExactly(second);
        // A message arriving while its correlation's queue is parked joins the queue, behind the others.
        String fourth = receive(SUFFOLK, correlation, NOW);
        leave(second, SUFFOLK, correlation);
        assertThat(claim.nextRound(NOW)).containsExactly(third);
        leave(third, SUFFOLK, correlation);
        assertThat(claim.nextRound(NOW)).containsExactly(fourth);
    }

    @Test
    void aHeadBeingProcessedElsewhereIsNotParkedAround() {
        String correlation = UUID.randomUUID().toString();
        String head = receive(SUFFOLK, correlation, NOW.minusSeconds(2));
        String next = receive(SUFFOLK, correlation, NOW.minusSeconds(1));
        NodeTestDatabase other = db.anotherInstance();
        try {
            // Another instance holds the head (it is processing it) while this one claims.
            other.transactions().executeWithoutResult(s -> {
                assertThat(new InboxRepository(other.jdbc).lock(head)).isPresent();
                List<String> round = claim.nextRound(NOW);
                assertThat(round).containsExactly(head).doesNotContain(next);
                assertThat(status(next)).isEqualTo("RECEIVED");
            });
        } finally {
            other.close();
        }
    }

    @Test
    void retentionPurgesProcessedMessagesOnlyOnceTheirLifetimeIsOver() {
        String oldExpired = receive(SUFFOLK, UUID.randomUUID().toString(), NOW.minus(Duration.ofDays(40)));
        String oldLongLived = receive(SUFFOLK, UUID.randomUUID().toString(), NOW.minus(Duration.ofDays(40)));
        String recent = receive(SUFFOLK, UUID.randomUUID().toString(), NOW.minus(Duration.ofDays(2)));
        String failed = receive(SUFFOLK, UUID.randomUUID().toString(), NOW.minus(Duration.ofDays(40)));
        db.jdbc.update(
                "update inbound_message set expires_at = ? where message_id = ?",
                Timestamp.from(NOW.plusSeconds(60)),
                oldLongLived);
        for (String id : List.of(oldExpired, oldLongLived)) {
            transactions.executeWithoutResult(
                    s -> repository.markProcessed(id, "HANDLED", NOW.minus(Duration.ofDays(39))));
        }
        transactions.executeWithoutResult(
                s -> repository.markProcessed(recent, "HANDLED", NOW.minus(Duration.ofDays(1))));
        transactions.executeWithoutResult(
                s -> repository.markFailed(failed, "PROCESSING_ERROR_X", NOW.minus(Duration.ofDays(39))));

        int purged = new InboxRetention(
                        repository,
                        Duration.ofDays(30),
                        Duration.ofMinutes(2),
                        java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC))
                .purge();

        assertThat(purged).isEqualTo(1);
        assertThat(status(oldExpired)).isEqualTo("ABSENT");
        assertThat(status(oldLongLived))
                .as("still within its lifetime: its id still refuses a replay")
                .isEqualTo("PROCESSED");
        assertThat(status(recent)).isEqualTo("PROCESSED");
        assertThat(status(failed)).isEqualTo("FAILED");
    }

    private void leave(String messageId, String sender, String correlation) {
        transactions.executeWithoutResult(s -> {
            assertThat(repository.lock(messageId)).isPresent();
            repository.markProcessed(messageId, "HANDLED", NOW);
            if (correlation != null) {
                repository.promoteNext(sender, correlation, NOW);
            }
        });
    }

    private String status(String messageId) {
        return repository.status(messageId).orElse("ABSENT");
    }

    /** Stores an accepted message as the node does (RECEIVED, due at arrival), with a lifetime of one hour. */
    private String receive(String sender, String correlation, Instant receivedAt) {
        String id = UUID.randomUUID().toString();
        db.jdbc.update(
                """
                insert into inbound_message (message_id, correlation_id, correlation_seq, message_type, sender, recipient,
                    created_at, expires_at, received_at, purpose, legal_basis, requester_officer_id, requester_role,
                    consent_state, body, signature, signing_certificate, signing_certificate_sha256, tls_certificate_sha256,
                    message_sha256, receipt, receipt_signature, arrival_seq, processing_status, next_processing_at)
                values (?, ?, 1, 'CrossAreaAlert', ?, 'GB-ESX', ?, ?, ?, 'MARAC_SAFEGUARDING', 'CRIME_AND_DISORDER_ACT_1998_S115',
                    'svc', 'INTEGRATION_SERVICE', 'NOT_SOUGHT_THRESHOLD_MET', ?, ?, ?, 'f', 't', 'd', ?, ?,
                    nextval('inbound_arrival_seq'), 'RECEIVED', ?)""",
                id,
                correlation,
                sender,
                Timestamp.from(receivedAt),
                Timestamp.from(receivedAt.plusSeconds(3600)),
                Timestamp.from(receivedAt),
                new byte[] {1},
                new byte[] {1},
                new byte[] {1},
                new byte[] {1},
                new byte[] {1},
                Timestamp.from(receivedAt));
        return id;
    }
}
