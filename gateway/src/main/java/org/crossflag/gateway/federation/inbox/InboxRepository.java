package org.crossflag.gateway.federation.inbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The processing state of accepted messages in {@code inbound_message}: RECEIVED until a handler has run, then
 * PROCESSED (or FAILED after too many attempts). Messages of one sender and correlation are processed in the
 * order they arrived: a message waits while an earlier one of its correlation is still RECEIVED.
 */
final class InboxRepository {

    static final String RECEIVED = "RECEIVED";
    static final String PROCESSED = "PROCESSED";
    static final String FAILED = "FAILED";

    private final JdbcTemplate jdbc;

    InboxRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Due messages that head their correlation, oldest first; read without locks (see {@link #lock}). */
    List<String> dueIds(Instant now, int limit) {
        return jdbc.queryForList("""
                select o.message_id from inbound_message o
                where o.processing_status = 'RECEIVED' and o.next_processing_at <= ?
                  and not exists (select 1 from inbound_message e where e.sender = o.sender
                                  and e.correlation_id = o.correlation_id and e.arrival_seq < o.arrival_seq
                                  and e.processing_status = 'RECEIVED')
                order by o.arrival_seq fetch first ? rows only""", String.class, ts(now), limit);
    }

    /** Locks the message for processing if it is still waiting; another instance may have taken it. */
    Optional<Locked> lock(String messageId) {
        return jdbc.query("select body, received_at, processing_attempts from inbound_message "
                        + "where message_id = ? and processing_status = 'RECEIVED' for update skip locked",
                (rs, row) -> new Locked(rs.getBytes(1), rs.getTimestamp(2).toInstant(), rs.getInt(3)), messageId)
                .stream().findFirst();
    }

    void markProcessed(String messageId, String outcome, Instant now) {
        jdbc.update("update inbound_message set processing_status = 'PROCESSED', processing_outcome = ?, processed_at = ? "
                + "where message_id = ?", outcome, ts(now), messageId);
    }

    void scheduleRetry(String messageId, Instant next, String error) {
        jdbc.update("update inbound_message set processing_attempts = processing_attempts + 1, next_processing_at = ?, "
                + "processing_outcome = ? where message_id = ? and processing_status = 'RECEIVED'", ts(next), error, messageId);
    }

    void markFailed(String messageId, String error, Instant now) {
        jdbc.update("update inbound_message set processing_status = 'FAILED', processing_attempts = processing_attempts + 1, "
                + "processing_outcome = ?, processed_at = ? where message_id = ?", error, ts(now), messageId);
    }

    long count(String status) {
        Long count = jdbc.queryForObject("select count(*) from inbound_message where processing_status = ?", Long.class, status);
        return count == null ? 0 : count;
    }

    record Locked(byte[] body, Instant receivedAt, int attempts) {
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
