package org.crossflag.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import org.crossflag.gateway.NodeFixture;
import org.crossflag.gateway.NodeTestDatabase;
import org.crossflag.gateway.audit.AuditVerification.Kind;
import org.crossflag.gateway.crypto.MessageSigner;
import org.crossflag.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail on a real node database, built from the node's Flyway migrations without starting the node:
 * appends under concurrency and transactions, checkpoints, and tampering done directly with SQL.
 * Run on H2 by {@link AuditTrailH2Tests} and on PostgreSQL by {@link AuditTrailPostgresTests}.
 */
abstract class AuditTrailDatabaseTests {

    static final String NODE = AuditSamples.NODE;
    static final Duration INTERVAL = Duration.ofMinutes(5);

    @TempDir
    static Path pki;

    static NodeFixture fixture;
    static MessageSigner signer;

    @TempDir
    Path dir;

    NodeTestDatabase db;
    MutableClock clock;
    AuditRepository repository;
    AuditCheckpointer checkpointer;
    AuditTrail trail;

    abstract NodeTestDatabase open(Path dir);

    @BeforeAll
    static void keys() throws Exception {
        fixture = new NodeFixture(pki);
        signer = AuditSamples.signer(fixture);
    }

    @BeforeEach
    void database() {
        db = open(dir);
        clock = MutableClock.stoppedAt(fixture.now);
        repository = new AuditRepository(db.jdbc);
        checkpointer = AuditSamples.checkpointer(db, signer, clock, INTERVAL, fixture);
        trail = AuditSamples.trail(db, checkpointer, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void appendsFromEightThreadsStayGapFreeAndVerify() throws Exception {
        Concurrently.record(8, 40, thread -> trail);

        assertThat(checkpointer.checkpoint()).isEqualTo(320);
        assertThat(db.jdbc.queryForList("select seq from audit_entry order by seq", Long.class))
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(1, 320).boxed().toList());
        assertVerifies(320);
    }

    @Test
    void twoNodeInstancesSharingTheDatabaseKeepOneChain() throws Exception {
        try (NodeTestDatabase other = db.anotherInstance()) {
            AuditTrail otherInstance = AuditSamples.trail(
                    other, AuditSamples.checkpointer(other, signer, clock, INTERVAL, fixture), clock);

            Concurrently.record(8, 30, thread -> thread % 2 == 0 ? trail : otherInstance);
        }
        assertVerifies(240);
    }

    @Test
    void eventsCommittedButNotYetChainedAreChainedOnTheNextRound() {
        AuditChainer stopped =
                new AuditChainer(NODE, AuditSamples.KEY, repository, db.newTransactions(), checkpointer, task -> {});
        AuditTrail beforeACrash = new AuditTrail(repository, db.transactions(), stopped, clock);
        beforeACrash.record(AuditSamples.event(1));
        beforeACrash.record(AuditSamples.event(2));
        assertThat(count("audit_entry")).isZero();
        assertThat(count("audit_journal")).isEqualTo(2);

        // What the timer route does after a restart.
        assertThat(new AuditChainer(
                                NODE, AuditSamples.KEY, repository, db.newTransactions(), checkpointer, Runnable::run)
                        .chainPending())
                .isEqualTo(2);
        assertThat(count("audit_journal")).isZero();
        trail.record(AuditSamples.event(3));
        assertVerifies(3);
        assertThat(db.jdbc.queryForList("select action from audit_entry order by seq", String.class))
                .containsExactly(
                        AuditSamples.event(1).action().name(),
                        AuditSamples.event(2).action().name(),
                        AuditSamples.event(3).action().name());
    }

    @Test
    void entryJoinsTheCallersTransactionAndRollsBackWithIt() {
        db.jdbc.execute("create table business_change (id integer not null primary key)");
        trail.record(AuditSamples.event(1));
        db.transactions().executeWithoutResult(status -> {
            db.jdbc.update("insert into business_change (id) values (1)");
            trail.record(AuditSamples.event(2));
        });
        db.transactions().executeWithoutResult(status -> {
            db.jdbc.update("insert into business_change (id) values (2)");
            trail.record(AuditSamples.event(3));
            status.setRollbackOnly();
        });
        assertThatThrownBy(() -> db.transactions().executeWithoutResult(status -> {
                    trail.record(AuditSamples.event(4));
                    throw new IllegalStateException("the business change failed");
                }))
                .hasMessage("the business change failed");

        assertThat(db.jdbc.queryForList("select id from business_change", Integer.class))
                .containsExactly(1);
        assertThat(count("audit_entry")).isEqualTo(2);
        trail.record(AuditSamples.event(5));
        assertThat(db.jdbc.queryForObject("select max(seq) from audit_entry", Long.class))
                .isEqualTo(3);
        assertVerifies(3);
    }

    @Test
    void refusedEventRollsBackTheCallersChange() {
        db.jdbc.execute("create table business_change (id integer not null primary key)");

        assertThatThrownBy(() -> db.transactions().executeWithoutResult(status -> {
                    db.jdbc.update("insert into business_change (id) values (1)");
                    trail.record(AuditSamples.event(1).withReason("Quentin Marrowby"));
                }))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(count("business_change")).isZero();
        assertThat(count("audit_entry")).isZero();
    }

    @Test
    void checkpointsAreSignedEachIntervalOnTheClockOnlyOnceAndNeverForARolledBackEntry() {
        for (int n = 1; n <= 4; n++) {
            trail.record(AuditSamples.event(n));
        }
        db.transactions().executeWithoutResult(status -> {
            trail.record(AuditSamples.event(5));
            status.setRollbackOnly();
        });
        checkpointer.checkpointIfDue();
        assertThat(count("audit_checkpoint")).as("the interval has not passed").isZero();

        clock.advance(INTERVAL);
        checkpointer.checkpointIfDue();
        assertThat(checkpointSeqs()).containsExactly(4L);

        for (int n = 5; n <= 12; n++) {
            trail.record(AuditSamples.event(n));
        }
        clock.advance(INTERVAL.minusSeconds(1));
        checkpointer.checkpointIfDue();
        assertThat(checkpointSeqs()).containsExactly(4L);
        clock.advance(Duration.ofSeconds(1));
        checkpointer.checkpointIfDue();
        assertThat(checkpointSeqs()).containsExactly(4L, 12L);

        clock.advance(INTERVAL);
        checkpointer.checkpointIfDue();
        assertThat(checkpointer.checkpoint())
                .as("nothing new since the last checkpoint")
                .isZero();
        try (NodeTestDatabase other = db.anotherInstance()) {
            AuditCheckpointer otherInstance = AuditSamples.checkpointer(other, signer, clock, INTERVAL, fixture);
            assertThat(otherInstance.checkpoint()).isZero();
            // A checkpoint another instance made in the meantime is not made again.
            assertThat(new AuditRepository(other.jdbc)
                            .insertCheckpoint(repository.checkpoints().get(0)))
                    .isFalse();
        }
        assertThat(checkpointSeqs()).containsExactly(4L, 12L);
        AuditVerification result = verify(List.of());
        assertThat(result.summary()).isEqualTo("OK: 12 entries, 2 signed checkpoints verified, the newest at seq 12");
    }

    @Test
    void insiderWhoRecomputesTheUnkeyedHashesIsEditedAndTheCheckpointIsRefused() {
        appendTen();
        for (int n = 11; n <= 14; n++) {
            trail.record(AuditSamples.event(n));
        }
        rewriteUnkeyedFrom(12);

        assertThat(checkpointer.checkpoint()).isZero();
        assertThat(checkpointSeqs()).containsExactly(5L, 10L);
        assertThat(db.jdbc.queryForList(
                        "select reason_code from audit_journal where action = 'AUDIT_CHECKPOINT_REFUSED'",
                        String.class))
                .containsExactly("EDITED");
        AuditVerification result = assertProblem(Kind.EDITED, 12);
        assertThat(result.problem().detail()).contains("unkeyed hash after the chain was keyed");
    }

    @Test
    void checkpointIsRefusedWhenTheNewestCheckpointItBuildsOnWasForged() throws Exception {
        appendTen();
        trail.record(AuditSamples.event(11));
        byte[] json = new CheckpointStatement(
                        NODE, 11, repository.head().orElseThrow().lastHash(), clock.instant())
                .toJson();
        MessageSigner peer = new MessageSigner(new org.crossflag.gateway.crypto.CertificateFiles.KeyEntry(
                "signing", fixture.peerSigning.privateKey(), fixture.peerSigning.certificate()));
        repository.insertCheckpoint(new StoredCheckpoint(11, json, peer.sign(json), AuditSamples.der(peer)));
        trail.record(AuditSamples.event(12));

        assertThat(checkpointer.checkpoint()).isZero();
        assertThat(db.jdbc.queryForList(
                        "select reason_code from audit_journal where action = 'AUDIT_CHECKPOINT_REFUSED'",
                        String.class))
                .containsExactly("CHECKPOINT_SIGNATURE_INVALID");
    }

    @Test
    void chainWrittenBeforeTheKeyKeepsVerifyingOnceTheNodeKeysIt() {
        byte[] prev = AuditEntryHash.GENESIS;
        for (int seq = 1; seq <= 6; seq++) {
            AuditEntry legacy = AuditEntry.createUnkeyed(seq, clock.instant(), NODE, AuditSamples.event(seq), prev);
            repository.insertEntry(legacy);
            prev = legacy.entryHash();
        }
        db.jdbc.update("update audit_head set last_seq = 6, last_hash = ? where id = 1", (Object) prev);
        byte[] json = new CheckpointStatement(NODE, 6, prev, clock.instant()).toJson();
        repository.insertCheckpoint(new StoredCheckpoint(6, json, signer.sign(json), AuditSamples.der(signer)));
        AuditVerification unkeyed = assertProblem(Kind.NOT_KEYED, 1);
        assertThat(unkeyed.problem().detail()).contains("crossflag.audit.chain-key");

        AuditChainer chainer =
                new AuditChainer(NODE, AuditSamples.KEY, repository, db.newTransactions(), checkpointer, Runnable::run);
        assertThat(chainer.markKeyed(clock)).isTrue();
        assertThat(chainer.markKeyed(clock)).as("keyed once").isFalse();
        trail.record(AuditSamples.event(8));

        assertThat(db.jdbc.queryForObject("select action from audit_entry where seq = 7", String.class))
                .isEqualTo("AUDIT_CHAIN_KEYED");
        assertThat(checkpointer.checkpoint()).isEqualTo(8);
        assertVerifies(8);
        // Back to unkeyed hashes from the marker on: what a rewrite without the key would need.
        rewriteUnkeyedFrom(7);
        assertProblem(Kind.NOT_KEYED, 1);
    }

    @Test
    void fieldUpdatedWithSqlIsEdited() {
        appendTen();
        db.jdbc.update("update audit_entry set outcome = 'ALLOWED' where seq = 4");

        assertProblem(Kind.EDITED, 4);
    }

    @Test
    void rowDeletedWithSqlIsDeleted() {
        appendTen();
        db.jdbc.update("delete from audit_entry where seq = 6");

        assertProblem(Kind.DELETED, 6);
    }

    @Test
    void forgedRowInsertedWithSqlIsInserted() {
        appendTen();
        // Make room at seq 7 by renumbering 7..10 to 8..11 (through negatives, to keep the primary key happy).
        db.jdbc.update("update audit_entry set seq = -seq where seq >= 7");
        db.jdbc.update("update audit_entry set seq = 1 - seq where seq < 0");
        byte[] sixth = db.jdbc.queryForObject("select entry_hash from audit_entry where seq = 6", byte[].class);
        repository.insertEntry(AuditSamples.create(7, clock.instant(), NODE, AuditSamples.event(77), sixth));

        assertProblem(Kind.INSERTED, 7);
    }

    @Test
    void forgedRowAppendedWithSqlIsInserted() {
        appendTen();
        repository.insertEntry(AuditSamples.create(
                11,
                clock.instant(),
                NODE,
                AuditSamples.event(77),
                repository.head().orElseThrow().lastHash()));

        assertProblem(Kind.INSERTED, 11);
    }

    @Test
    void rowsSwappedWithSqlAreReordered() {
        appendTen();
        db.jdbc.update("update audit_entry set seq = -1 where seq = 3");
        db.jdbc.update("update audit_entry set seq = 3 where seq = 8");
        db.jdbc.update("update audit_entry set seq = 8 where seq = -1");

        assertProblem(Kind.REORDERED, 3);
    }

    @Test
    void chainRecomputedWithSqlIsCaughtByTheSignedCheckpoint() {
        appendTen();
        rewriteFrom(3);

        AuditVerification result = assertProblem(Kind.CHECKPOINT_MISMATCH, 5);
        assertThat(result.problem().detail()).contains("entries 1 to 5");
    }

    @Test
    void deletingTheCheckpointsTooIsCaughtByExportedCheckpoints() throws Exception {
        appendTen();
        Path exported = dir.resolve("exported");
        assertThat(CheckpointFiles.write(repository.checkpoints(), exported)).isEqualTo(2);
        rewriteFrom(7);
        db.jdbc.update("delete from audit_checkpoint");

        // With the checkpoints gone, the database alone cannot tell: that is why they are exported and archived.
        assertThat(verify(List.of()).ok()).isTrue();
        AuditVerification result = verify(CheckpointFiles.read(exported));
        assertThat(result.problem().kind()).isEqualTo(Kind.CHECKPOINT_MISMATCH);
        assertThat(result.problem().seq()).isEqualTo(10);
    }

    @Test
    void verifyAuditCommandReadsThisDatabaseWithTheNodesSettings() throws Exception {
        appendTen();
        List<String> args = new ArrayList<>(List.of(AuditCommand.VERIFY));
        args.addAll(fixture.nodeArguments());
        args.add("--spring.datasource.url=" + db.url);
        args.removeIf(arg -> arg.startsWith("--crossflag.audit.chain-key="));
        args.add("--crossflag.audit.chain-key=" + AuditSamples.writeKey(dir.resolve("samples-chain.key")));

        CommandRun untouched = CommandRun.of(args);
        assertThat(untouched.status()).as(untouched.err()).isZero();
        assertThat(untouched.out())
                .isEqualTo(
                        "verify-audit GB-ESX: OK: 10 entries, 2 signed checkpoints verified, the newest at seq 10\n");

        db.jdbc.update("delete from audit_entry where seq = 6");
        CommandRun broken = CommandRun.of(args);
        assertThat(broken.status()).isEqualTo(1);
        assertThat(broken.out()).startsWith("verify-audit GB-ESX: BROKEN at seq 6: DELETED");
    }

    @Test
    void timesSurviveTheDatabaseToTheMicrosecond() {
        clock.set(fixture.now.truncatedTo(ChronoUnit.SECONDS).plusNanos(123_456_789));
        trail.record(AuditSamples.event(1));

        AuditEntry stored = repository.entriesAfter(0, 10).get(0);
        assertThat(stored.recordedAt())
                .isEqualTo(fixture.now.truncatedTo(ChronoUnit.SECONDS).plusNanos(123_456_000));
        assertThat(AuditEntryHash.keyed(stored, AuditSamples.KEY)).isEqualTo(stored.entryHash());
    }

    /** Ten entries, with signed checkpoints at 5 and 10. */
    void appendTen() {
        for (int n = 1; n <= 10; n++) {
            trail.record(AuditSamples.event(n));
            if (n % 5 == 0) {
                checkpointer.checkpoint();
            }
        }
        assertThat(checkpointSeqs()).containsExactly(5L, 10L);
        assertVerifies(10);
    }

    /** What an attacker with SQL access and the source code does: edit an entry, then recompute every hash after it. */
    void rewriteFrom(long seq) {
        List<AuditEntry> entries = repository.entriesAfter(0, 1_000);
        byte[] prev = entries.get((int) seq - 2).entryHash();
        for (AuditEntry entry : entries.subList((int) seq - 1, entries.size())) {
            AuditEntry edited = AuditSamples.relinked(
                    entry.seq() == seq ? AuditSamples.withOutcome(entry, "ALLOWED") : entry, prev);
            db.jdbc.update(
                    "update audit_entry set outcome = ?, prev_hash = ?, entry_hash = ? where seq = ?",
                    edited.outcome(),
                    edited.prevHash(),
                    edited.entryHash(),
                    edited.seq());
            prev = edited.entryHash();
        }
        db.jdbc.update("update audit_head set last_hash = ? where id = 1", (Object) prev);
    }

    /**
     * What an insider with SQL access alone does: edit an entry, then recompute every hash after it with the
     * published unkeyed SHA-256, since the chain key is not in the database.
     */
    void rewriteUnkeyedFrom(long seq) {
        List<AuditEntry> entries = repository.entriesAfter(0, 1_000);
        byte[] prev = entries.get((int) seq - 2).entryHash();
        for (AuditEntry entry : entries.subList((int) seq - 1, entries.size())) {
            AuditEntry edited = entry.seq() == seq ? AuditSamples.withOutcome(entry, "ALLOWED") : entry;
            AuditEntry relinked = new AuditEntry(
                    edited.seq(),
                    edited.recordedAt(),
                    edited.node(),
                    edited.action(),
                    edited.messageId(),
                    edited.correlationId(),
                    edited.counterpart(),
                    edited.actorOfficerId(),
                    edited.actorRole(),
                    edited.purpose(),
                    edited.outcome(),
                    edited.reasonCode(),
                    prev,
                    null);
            relinked = relinked.withEntryHash(AuditEntryHash.compute(relinked));
            db.jdbc.update(
                    "update audit_entry set outcome = ?, prev_hash = ?, entry_hash = ? where seq = ?",
                    relinked.outcome(),
                    relinked.prevHash(),
                    relinked.entryHash(),
                    relinked.seq());
            prev = relinked.entryHash();
        }
        db.jdbc.update("update audit_head set last_hash = ? where id = 1", (Object) prev);
    }

    AuditVerification verify(List<StoredCheckpoint> exported) {
        TransactionTemplate snapshot = new TransactionTemplate(db.transactionManager);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setReadOnly(true);
        return snapshot.execute(
                status -> AuditSamples.verifier(fixture).verify(new JdbcAuditLedger(repository, exported)));
    }

    void assertVerifies(long entries) {
        AuditVerification result = verify(List.of());
        assertThat(result.ok()).as(result.summary()).isTrue();
        assertThat(result.entries()).isEqualTo(entries);
    }

    AuditVerification assertProblem(Kind kind, long seq) {
        AuditVerification result = verify(List.of());
        assertThat(result.ok()).as(result.summary()).isFalse();
        assertThat(result.problem().kind()).as(result.summary()).isEqualTo(kind);
        assertThat(result.problem().seq()).as(result.summary()).isEqualTo(seq);
        return result;
    }

    List<Long> checkpointSeqs() {
        return db.jdbc.queryForList("select seq from audit_checkpoint order by seq", Long.class);
    }

    long count(String table) {
        return db.jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
