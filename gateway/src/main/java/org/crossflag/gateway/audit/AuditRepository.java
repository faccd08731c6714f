package org.crossflag.gateway.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SQL of the audit tables, the same on H2 (PostgreSQL mode) and PostgreSQL. Times are written and read as
 * UTC {@link LocalDateTime}s so that no JVM time zone can shift a hashed value.
 */
final class AuditRepository {

    private final JdbcTemplate jdbc;

    AuditRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the single head row until the surrounding transaction ends; appends are serialised on it. */
    AuditLedger.Head lockHead() {
        List<AuditLedger.Head> head = jdbc.query(
                "select last_seq, last_hash from audit_head where id = 1 for update",
                (rs, row) -> new AuditLedger.Head(rs.getLong(1), rs.getBytes(2)));
        if (head.isEmpty()) {
            throw new IllegalStateException("the audit_head row is missing: the audit trail cannot be extended");
        }
        return head.get(0);
    }

    /** Writes an event to the journal, in the caller's transaction; no lock is shared with other transactions. */
    void journal(AuditEvent event, Instant recordedAt) {
        jdbc.update(
                """
                insert into audit_journal (id, recorded_at, action, message_id, correlation_id, counterpart,
                    actor_officer_id, actor_role, purpose, outcome, reason_code)
                values (nextval('audit_journal_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                utc(recordedAt.truncatedTo(ChronoUnit.MICROS)),
                event.action().name(),
                event.messageId(),
                event.correlationId(),
                event.counterpart(),
                event.actorOfficerId(),
                event.actorRole(),
                event.purpose(),
                event.outcome(),
                event.reasonCode());
    }

    /** The oldest committed journal rows, in id order. */
    List<JournalRow> journalBatch(int limit) {
        return jdbc.query(
                """
                select id, recorded_at, action, message_id, correlation_id, counterpart, actor_officer_id, actor_role,
                    purpose, outcome, reason_code
                from audit_journal order by id fetch first ? rows only""",
                (rs, row) -> new JournalRow(
                        rs.getLong(1),
                        rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        new AuditEvent(
                                AuditAction.valueOf(rs.getString(3)),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getString(8),
                                rs.getString(9),
                                rs.getString(10),
                                rs.getString(11))),
                limit);
    }

    long journalSize() {
        Long count = jdbc.queryForObject("select count(*) from audit_journal", Long.class);
        return count == null ? 0 : count;
    }

    /**
     * Appends the entries (consecutive seqs after the head), moves the head to the last and removes their journal
     * rows; call with the head locked, in the same transaction.
     */
    void append(List<AuditEntry> entries, List<Long> journalIds) {
        jdbc.batchUpdate(
                INSERT_ENTRY, entries.stream().map(AuditRepository::entryValues).toList());
        jdbc.batchUpdate(
                "delete from audit_journal where id = ?",
                journalIds.stream().map(id -> new Object[] {id}).toList());
        AuditEntry first = entries.get(0);
        AuditEntry last = entries.get(entries.size() - 1);
        int updated = jdbc.update(
                "update audit_head set last_seq = ?, last_hash = ? where id = 1 and last_seq = ?",
                last.seq(),
                last.entryHash(),
                first.seq() - 1);
        if (updated != 1) {
            throw new IllegalStateException("the audit head moved while it was locked");
        }
    }

    /** A recorded event not yet chained. */
    record JournalRow(long id, Instant recordedAt, AuditEvent event) {}

    private static final String INSERT_ENTRY = """
            insert into audit_entry (seq, recorded_at, node, action, message_id, correlation_id, counterpart,
                actor_officer_id, actor_role, purpose, outcome, reason_code, prev_hash, entry_hash)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    void insertEntry(AuditEntry entry) {
        jdbc.update(INSERT_ENTRY, entryValues(entry));
    }

    private static Object[] entryValues(AuditEntry entry) {
        return new Object[] {
            entry.seq(),
            utc(entry.recordedAt()),
            entry.node(),
            entry.action(),
            entry.messageId(),
            entry.correlationId(),
            entry.counterpart(),
            entry.actorOfficerId(),
            entry.actorRole(),
            entry.purpose(),
            entry.outcome(),
            entry.reasonCode(),
            entry.prevHash(),
            entry.entryHash()
        };
    }

    /** The committed head, read without a lock. */
    Optional<AuditLedger.Head> head() {
        return jdbc
                .query(
                        "select last_seq, last_hash from audit_head where id = 1",
                        (rs, row) -> new AuditLedger.Head(rs.getLong(1), rs.getBytes(2)))
                .stream()
                .findFirst();
    }

    long lastCheckpointSeq() {
        Long seq = jdbc.queryForObject("select max(seq) from audit_checkpoint", Long.class);
        return seq == null ? 0 : seq;
    }

    /** False when a checkpoint for that seq exists already (perhaps made by another instance sharing the database). */
    boolean insertCheckpoint(StoredCheckpoint checkpoint) {
        try {
            return jdbc.update(
                            """
                    insert into audit_checkpoint (seq, statement, signature, signing_certificate)
                    select ?, ?, ?, ? where not exists (select 1 from audit_checkpoint where seq = ?)""",
                            checkpoint.seq(),
                            checkpoint.statement(),
                            checkpoint.signature(),
                            checkpoint.signingCertificate(),
                            checkpoint.seq())
                    == 1;
        } catch (DataIntegrityViolationException e) {
            return false;
        }
    }

    /** The checkpoint with the highest seq, if any. */
    Optional<StoredCheckpoint> lastCheckpoint() {
        return jdbc
                .query(
                        """
                select seq, statement, signature, signing_certificate from audit_checkpoint
                where seq = (select max(seq) from audit_checkpoint)""",
                        (rs, row) ->
                                new StoredCheckpoint(rs.getLong(1), rs.getBytes(2), rs.getBytes(3), rs.getBytes(4)))
                .stream()
                .findFirst();
    }

    List<StoredCheckpoint> checkpoints() {
        return jdbc.query(
                "select seq, statement, signature, signing_certificate from audit_checkpoint order by seq",
                (rs, row) -> new StoredCheckpoint(rs.getLong(1), rs.getBytes(2), rs.getBytes(3), rs.getBytes(4)));
    }

    /** Up to {@code limit} entries after {@code afterSeq}, in seq order (keyset paging keeps memory flat). */
    List<AuditEntry> entriesAfter(long afterSeq, int limit) {
        return jdbc.query(
                """
                select seq, recorded_at, node, action, message_id, correlation_id, counterpart, actor_officer_id,
                    actor_role, purpose, outcome, reason_code, prev_hash, entry_hash
                from audit_entry where seq > ? order by seq limit ?""",
                (rs, row) -> new AuditEntry(
                        rs.getLong(1),
                        rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getString(11),
                        rs.getString(12),
                        rs.getBytes(13),
                        rs.getBytes(14)),
                afterSeq,
                limit);
    }

    List<Long> seqsWithHash(byte[] entryHash) {
        return jdbc.queryForList(
                "select seq from audit_entry where entry_hash = ? order by seq", Long.class, (Object) entryHash);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
