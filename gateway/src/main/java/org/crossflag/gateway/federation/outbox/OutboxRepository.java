package org.crossflag.gateway.federation.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/**
 * The outbox table. Claiming is the heart of it: due rows are locked with {@code FOR UPDATE SKIP LOCKED}
 * and marked in flight under a lease, so two instances of a node sharing one database never send the same
 * row at once, and rows held by a crashed instance come back when the lease runs out.
 *
 * <p>Order per correlation is kept by status: only the head of a correlation (per recipient) is PENDING or
 * IN_FLIGHT; the messages queued behind it are WAITING, and the next one is promoted when the head leaves
 * (delivered or dead-lettered), under the correlation's lock. So a claim is a plain index range scan, as
 * cheap with ten thousand messages waiting as with ten.
 */
public class OutboxRepository {

    static final String PENDING = "PENDING";
    static final String WAITING = "WAITING";
    static final String IN_FLIGHT = "IN_FLIGHT";
    static final String DELIVERED = "DELIVERED";
    static final String DEAD = "DEAD";

    private static final String COLUMNS =
            "message_id, correlation_id, correlation_seq, recipient, message_type, body, signature, created_at, attempts";

    private static final RowMapper<OutboxMessage> MESSAGE = (rs, row) -> new OutboxMessage(
            rs.getString("message_id"),
            rs.getString("correlation_id"),
            rs.getLong("correlation_seq"),
            rs.getString("recipient"),
            rs.getString("message_type"),
            rs.getBytes("body"),
            rs.getBytes("signature"),
            rs.getTimestamp("created_at").toInstant(),
            rs.getInt("attempts"));

    private final JdbcTemplate jdbc;

    public OutboxRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the correlation's row until the caller's transaction ends; returns false if it does not exist yet
     * (the caller creates it in a transaction of its own and locks again).
     */
    boolean lockCorrelation(String recipient, String correlationId) {
        return !jdbc.queryForList(
                        "select correlation_id from outbox_correlation where recipient = ? and correlation_id = ? for update",
                        String.class,
                        recipient,
                        correlationId)
                .isEmpty();
    }

    void createCorrelation(String recipient, String correlationId) {
        try {
            jdbc.update(
                    "insert into outbox_correlation (recipient, correlation_id) values (?, ?)",
                    recipient,
                    correlationId);
        } catch (org.springframework.dao.DuplicateKeyException alreadyThere) {
            // another transaction created it first: just as good
        }
    }

    /** The next queue position; a database sequence, so instances sharing the database never collide. */
    long nextOrder() {
        Long next = jdbc.queryForObject("select nextval('outbox_order_seq')", Long.class);
        if (next == null) {
            throw new IllegalStateException("outbox_order_seq returned nothing");
        }
        return next;
    }

    Optional<OutboxMessage> findDead(String messageId) {
        return jdbc
                .query(
                        "select " + COLUMNS
                                + " from outbox_message where message_id = ? and status = 'DEAD' for update",
                        MESSAGE,
                        messageId)
                .stream()
                .findFirst();
    }

    void replaceSigned(String messageId, byte[] body, byte[] signature, Instant expiresAt) {
        jdbc.update(
                "update outbox_message set body = ?, signature = ?, expires_at = ? where message_id = ?",
                body,
                signature,
                ts(expiresAt),
                messageId);
    }

    /** True while a message of the correlation is waiting, pending or in flight: a new one must queue behind it. */
    boolean hasActive(String recipient, String correlationId) {
        return !jdbc.queryForList(
                        "select message_id from outbox_message where recipient = ? and correlation_id = ? "
                                + "and status in ('PENDING', 'IN_FLIGHT', 'WAITING') fetch first 1 rows only",
                        String.class,
                        recipient,
                        correlationId)
                .isEmpty();
    }

    /** @param status PENDING for the head of its correlation, WAITING behind an earlier message */
    void insert(
            OutboxMessage message, String status, String purpose, String officerId, String role, Instant expiresAt) {
        jdbc.update(
                """
                insert into outbox_message (message_id, correlation_id, correlation_seq, recipient, message_type, purpose,
                    requester_officer_id, requester_role, body, signature, created_at, expires_at, status, attempts, next_attempt_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""",
                message.messageId(),
                message.correlationId(),
                message.correlationSeq(),
                message.recipient(),
                message.messageType(),
                purpose,
                officerId,
                role,
                message.body(),
                message.signature(),
                ts(message.createdAt()),
                ts(expiresAt),
                status,
                ts(message.createdAt()));
    }

    /**
     * Must run inside a transaction: locks up to {@code limit} due rows and marks them in flight. Rows whose
     * lease ran out (their instance crashed) come first, then pending rows whose next attempt is due.
     * Candidates are read in index order without locks, then locked with SKIP LOCKED and checked again:
     * H2 would otherwise lock every due row before applying the limit, and another instance may have taken
     * a candidate meanwhile.
     */
    List<OutboxMessage> claimDue(String instance, Instant now, Instant leaseUntil, int limit) {
        List<String> candidates = new ArrayList<>(jdbc.queryForList(
                "select message_id from outbox_message "
                        + "where status = 'IN_FLIGHT' and claim_expires_at <= ? order by claim_expires_at fetch first ? rows only",
                String.class,
                ts(now),
                limit));
        if (candidates.size() < limit) {
            candidates.addAll(jdbc.queryForList(
                    "select message_id from outbox_message "
                            + "where status = 'PENDING' and next_attempt_at <= ? order by status, next_attempt_at fetch first ? rows only",
                    String.class,
                    ts(now),
                    limit - candidates.size()));
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        Object[] lockArgs = new Object[2 + candidates.size()];
        lockArgs[0] = ts(now);
        lockArgs[1] = ts(now);
        System.arraycopy(candidates.toArray(), 0, lockArgs, 2, candidates.size());
        List<String> ids = jdbc.queryForList(
                "select message_id from outbox_message "
                        + "where ((status = 'PENDING' and next_attempt_at <= ?) or (status = 'IN_FLIGHT' and claim_expires_at <= ?)) "
                        + "and message_id in (" + placeholders(candidates.size()) + ") for update skip locked",
                String.class,
                lockArgs);
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = placeholders(ids.size());
        Object[] args = new Object[3 + ids.size()];
        args[0] = instance;
        args[1] = ts(leaseUntil);
        args[2] = ts(now);
        System.arraycopy(ids.toArray(), 0, args, 3, ids.size());
        jdbc.update(
                "update outbox_message set status = 'IN_FLIGHT', claimed_by = ?, claim_expires_at = ?, "
                        + "attempts = attempts + 1, next_attempt_at = ? where message_id in (" + in + ")",
                args);
        return jdbc.query(
                "select " + COLUMNS + " from outbox_message where message_id in (" + in + ") "
                        + "order by correlation_id, correlation_seq",
                MESSAGE,
                ids.toArray());
    }

    /**
     * Makes the earliest WAITING message of the correlation its new head, unless a head is still pending or in
     * flight. Call with the correlation locked, after the old head was marked delivered or dead.
     */
    boolean promoteNext(String recipient, String correlationId, Instant now) {
        return jdbc.update("""
                update outbox_message set status = 'PENDING', next_attempt_at = ?
                where message_id = (select w.message_id from outbox_message w
                                    where w.recipient = ? and w.correlation_id = ? and w.status = 'WAITING'
                                    order by w.correlation_seq fetch first 1 rows only)
                  and not exists (select 1 from outbox_message a
                                  where a.recipient = ? and a.correlation_id = ? and a.status in ('PENDING', 'IN_FLIGHT'))""", ts(now), recipient, correlationId, recipient, correlationId) == 1;
    }

    /**
     * Correlations whose WAITING messages have no head: a safety net for a promotion that could not take the
     * correlation's lock (its row purged meanwhile). Normally empty.
     */
    List<Correlation> headlessCorrelations(int limit) {
        return jdbc.query("""
                select distinct w.recipient, w.correlation_id from outbox_message w
                where w.status = 'WAITING'
                  and not exists (select 1 from outbox_message a where a.recipient = w.recipient
                                  and a.correlation_id = w.correlation_id and a.status in ('PENDING', 'IN_FLIGHT'))
                fetch first ? rows only""", (rs, row) -> new Correlation(rs.getString(1), rs.getString(2)), limit);
    }

    record Correlation(String recipient, String correlationId) implements Comparable<Correlation> {
        @Override
        public int compareTo(Correlation other) {
            int byRecipient = recipient.compareTo(other.recipient);
            return byRecipient != 0 ? byRecipient : correlationId.compareTo(other.correlationId);
        }
    }

    private static String placeholders(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }

    /** True when this instance still held the claim (a row reclaimed after a lapsed lease is left alone). */
    boolean markDelivered(String messageId, String instance, Instant now) {
        return jdbc.update(
                        "update outbox_message set status = 'DELIVERED', delivered_at = ?, last_error = null, "
                                + "claimed_by = null, claim_expires_at = null where message_id = ? and status = 'IN_FLIGHT' and claimed_by = ?",
                        ts(now),
                        messageId,
                        instance)
                == 1;
    }

    boolean scheduleRetry(String messageId, String instance, Instant nextAttempt, String reason) {
        return jdbc.update(
                        "update outbox_message set status = 'PENDING', next_attempt_at = ?, last_error = ?, "
                                + "claimed_by = null, claim_expires_at = null where message_id = ? and status = 'IN_FLIGHT' and claimed_by = ?",
                        ts(nextAttempt),
                        reason,
                        messageId,
                        instance)
                == 1;
    }

    boolean markDead(String messageId, String instance, String reason) {
        return jdbc.update(
                        "update outbox_message set status = 'DEAD', last_error = ?, claimed_by = null, "
                                + "claim_expires_at = null where message_id = ? and status = 'IN_FLIGHT' and claimed_by = ?",
                        reason,
                        messageId,
                        instance)
                == 1;
    }

    /**
     * Must run inside a transaction: holds back the pending messages to a peer that is not answering, so one
     * dead peer costs one timeout per round. Rows another transaction holds are skipped, never waited for.
     */
    int deferPeer(String recipient, Instant until) {
        List<String> ids = jdbc.queryForList(
                "select message_id from outbox_message where recipient = ? and status = 'PENDING' "
                        + "and next_attempt_at < ? for update skip locked",
                String.class,
                recipient,
                ts(until));
        if (ids.isEmpty()) {
            return 0;
        }
        Object[] args = new Object[1 + ids.size()];
        args[0] = ts(until);
        System.arraycopy(ids.toArray(), 0, args, 1, ids.size());
        return jdbc.update(
                "update outbox_message set next_attempt_at = ? where message_id in ("
                        + String.join(",", Collections.nCopies(ids.size(), "?")) + ")",
                args);
    }

    /**
     * Puts a dead letter back in the queue for one more round of attempts, from now: PENDING, or WAITING when
     * another message of its correlation is on its way (it then goes next, being the earliest waiting).
     */
    boolean retryDead(String messageId, String status, Instant now) {
        return jdbc.update(
                        "update outbox_message set status = ?, attempts = 0, next_attempt_at = ?, "
                                + "created_at = ?, last_error = null where message_id = ? and status = 'DEAD'",
                        status,
                        ts(now),
                        ts(now),
                        messageId)
                == 1;
    }

    void storeReceipt(
            String messageId, String receiptId, byte[] receipt, byte[] signature, byte[] certificate, Instant now) {
        jdbc.update(
                "insert into outbound_receipt (message_id, receipt_id, receipt, signature, signing_certificate, stored_at) "
                        + "values (?, ?, ?, ?, ?, ?)",
                messageId,
                receiptId,
                receipt,
                signature,
                certificate,
                ts(now));
    }

    /** Deletes delivered messages and their receipts older than the cutoff; returns how many messages went. */
    int purgeDelivered(Instant cutoff) {
        jdbc.update(
                "delete from outbound_receipt where message_id in (select message_id from outbox_message "
                        + "where status = 'DELIVERED' and delivered_at < ?)",
                ts(cutoff));
        int purged =
                jdbc.update("delete from outbox_message where status = 'DELIVERED' and delivered_at < ?", ts(cutoff));
        jdbc.update("delete from outbox_correlation c where not exists (select 1 from outbox_message m "
                + "where m.recipient = c.recipient and m.correlation_id = c.correlation_id)");
        return purged;
    }

    public Map<String, Long> countByStatus() {
        return jdbc.queryForList("select status, count(*) as n from outbox_message group by status").stream()
                .collect(Collectors.toMap(
                        row -> (String) row.get("status"), row -> ((Number) row.get("n")).longValue()));
    }

    /** How many messages have this status; read through the status index, never a table scan. */
    public long countWithStatus(String status) {
        Long count = jdbc.queryForObject("select count(*) from outbox_message where status = ?", Long.class, status);
        return count == null ? 0 : count;
    }

    public List<DeadLetter> deadLetters(int limit) {
        return jdbc.query(
                "select message_id, recipient, message_type, correlation_id, attempts, last_error, created_at "
                        + "from outbox_message where status = 'DEAD' order by created_at fetch first ? rows only",
                (rs, row) -> new DeadLetter(
                        rs.getString("message_id"),
                        rs.getString("recipient"),
                        rs.getString("message_type"),
                        rs.getString("correlation_id"),
                        rs.getInt("attempts"),
                        rs.getString("last_error"),
                        rs.getTimestamp("created_at").toInstant()),
                limit);
    }

    public Optional<String> status(String messageId) {
        return jdbc
                .queryForList("select status from outbox_message where message_id = ?", String.class, messageId)
                .stream()
                .findFirst();
    }

    /** A message that could not be delivered before its deadline, or that its recipient refused for good. */
    public record DeadLetter(
            String messageId,
            String recipient,
            String messageType,
            String correlationId,
            int attempts,
            String lastError,
            Instant createdAt) {}

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
