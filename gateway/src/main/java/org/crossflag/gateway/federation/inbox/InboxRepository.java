package org.crossflag.gateway.federation.inbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The processing state of accepted messages in {@code inbound_message}: RECEIVED until a handler has run, then
 * PROCESSED (or FAILED after too many attempts). Messages of one sender and correlation are processed in the
 * order they arrived. A message found behind an earlier RECEIVED one of its correlation is parked as WAITING,
 * which takes it out of the claim's index range; when the head leaves, the earliest WAITING message becomes
 * RECEIVED again. So every read here is an index seek or a short index range, however long a correlation's queue.
 */
final class InboxRepository {

    static final String RECEIVED = "RECEIVED";
    static final String WAITING = "WAITING";
    static final String PROCESSED = "PROCESSED";
    static final String FAILED = "FAILED";

    /** More senders than any federation has members: a bound on the skip through the index, not a limit in use. */
    private static final int MAX_SENDERS = 10_000;

    private final JdbcTemplate jdbc;

    InboxRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Senders with RECEIVED messages, found by skipping through the status index one sender at a time. */
    List<String> sendersWithWork() {
        List<String> senders = new ArrayList<>();
        String after = "";
        while (senders.size() < MAX_SENDERS) {
            List<String> next = jdbc.queryForList(
                    "select sender from inbound_message "
                            + "where processing_status = 'RECEIVED' and sender > ? order by processing_status, sender fetch first 1 rows only",
                    String.class,
                    after);
            if (next.isEmpty()) {
                break;
            }
            after = next.get(0);
            senders.add(after);
        }
        return senders;
    }

    /** One sender's due RECEIVED messages, earliest due first; read without locks. */
    List<Candidate> due(String sender, Instant now, int limit) {
        return jdbc.query(
                """
                select message_id, correlation_id, arrival_seq from inbound_message
                where processing_status = 'RECEIVED' and sender = ? and next_processing_at <= ?
                order by processing_status, sender, next_processing_at fetch first ? rows only""",
                (rs, row) -> new Candidate(rs.getString(1), sender, rs.getString(2), rs.getLong(3)),
                sender,
                ts(now),
                limit);
    }

    /** The earliest RECEIVED message of the candidate's correlation that arrived before it, if any. */
    Optional<Candidate> earlierReceived(Candidate candidate) {
        return jdbc
                .query(
                        """
                select message_id, arrival_seq from inbound_message
                where sender = ? and correlation_id = ? and processing_status = 'RECEIVED' and arrival_seq < ?
                order by sender, correlation_id, processing_status, arrival_seq fetch first 1 rows only""",
                        (rs, row) -> new Candidate(
                                rs.getString(1), candidate.sender(), candidate.correlationId(), rs.getLong(2)),
                        candidate.sender(),
                        candidate.correlationId(),
                        candidate.arrivalSeq())
                .stream()
                .findFirst();
    }

    /**
     * Must run inside a transaction: parks every RECEIVED message queued behind the head as WAITING, holding the
     * head's lock so that it cannot leave (and promote nothing) meanwhile. Returns 0 when the head is being
     * processed or has left; the messages are then looked at again in the next round.
     */
    int parkBehind(Candidate head) {
        boolean locked = !jdbc.queryForList(
                        "select message_id from inbound_message where message_id = ? for update skip locked",
                        String.class,
                        head.messageId())
                .isEmpty();
        if (!locked || !RECEIVED.equals(status(head.messageId()).orElse(null))) {
            return 0;
        }
        return jdbc.update("""
                update inbound_message set processing_status = 'WAITING'
                where sender = ? and correlation_id = ? and processing_status = 'RECEIVED' and arrival_seq > ?""", head.sender(), head.correlationId(), head.arrivalSeq());
    }

    /** After the head left (processed, refused or failed), makes the earliest WAITING message of its correlation due. */
    void promoteNext(String sender, String correlationId, Instant now) {
        jdbc.update("""
                update inbound_message set processing_status = 'RECEIVED', next_processing_at = ?
                where message_id = (select w.message_id from inbound_message w
                                    where w.sender = ? and w.correlation_id = ? and w.processing_status = 'WAITING'
                                    order by w.sender, w.correlation_id, w.processing_status, w.arrival_seq
                                    fetch first 1 rows only)""", ts(now), sender, correlationId);
    }

    /** Locks the message for processing if it is still RECEIVED; another instance may have taken it. */
    Optional<Locked> lock(String messageId) {
        return jdbc
                .query(
                        "select body, received_at, processing_attempts, sender, correlation_id, arrival_seq from inbound_message "
                                + "where message_id = ? and processing_status = 'RECEIVED' for update skip locked",
                        (rs, row) -> new Locked(
                                rs.getBytes(1),
                                rs.getTimestamp(2).toInstant(),
                                rs.getInt(3),
                                new Candidate(messageId, rs.getString(4), rs.getString(5), rs.getLong(6))),
                        messageId)
                .stream()
                .findFirst();
    }

    Optional<String> status(String messageId) {
        return jdbc
                .queryForList(
                        "select processing_status from inbound_message where message_id = ?", String.class, messageId)
                .stream()
                .findFirst();
    }

    void markProcessed(String messageId, String outcome, Instant now) {
        jdbc.update(
                "update inbound_message set processing_status = 'PROCESSED', processing_outcome = ?, processed_at = ? "
                        + "where message_id = ?",
                outcome,
                ts(now),
                messageId);
    }

    void scheduleRetry(String messageId, Instant next, String error) {
        jdbc.update(
                "update inbound_message set processing_attempts = processing_attempts + 1, next_processing_at = ?, "
                        + "processing_outcome = ? where message_id = ? and processing_status = 'RECEIVED'",
                ts(next),
                error,
                messageId);
    }

    void markFailed(String messageId, String error, Instant now) {
        jdbc.update(
                "update inbound_message set processing_status = 'FAILED', processing_attempts = processing_attempts + 1, "
                        + "processing_outcome = ?, processed_at = ? where message_id = ?",
                error,
                ts(now),
                messageId);
    }

    /**
     * Deletes up to {@code limit} PROCESSED messages processed before the cutoff whose lifetime ended before
     * {@code expiredBefore}: a copy arriving later is refused as expired, so its id need not be remembered.
     * FAILED messages stay for an operator. Returns how many went.
     */
    int purgeProcessed(Instant processedBefore, Instant expiredBefore, int limit) {
        return jdbc.update("""
                delete from inbound_message where message_id in (
                    select message_id from inbound_message
                    where processing_status = 'PROCESSED' and processed_at < ? and expires_at < ?
                    fetch first ? rows only)""", ts(processedBefore), ts(expiredBefore), limit);
    }

    long count(String status) {
        Long count = jdbc.queryForObject(
                "select count(*) from inbound_message where processing_status = ?", Long.class, status);
        return count == null ? 0 : count;
    }

    /** A message seen by a claim: its correlation and arrival order decide whether it heads its correlation. */
    record Candidate(String messageId, String sender, String correlationId, long arrivalSeq) {}

    record Locked(byte[] body, Instant receivedAt, int attempts, Candidate message) {}

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
