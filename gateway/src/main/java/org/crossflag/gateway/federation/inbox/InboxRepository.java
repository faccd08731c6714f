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

    /**
     * Due messages that head their correlation, oldest first; read without locks (see {@link #lock}). The due
     * rows are read in index order and stop at the limit; only those are checked for an earlier message of their
     * correlation still waiting, so a backlog costs nothing per round.
     */
    List<String> dueIds(Instant now, int limit) {
        // A window full of messages queued behind a retrying one is widened, so nothing behind it starves.
        for (int window = limit; window <= 64 * limit; window *= 4) {
            List<Due> candidates = jdbc.query("""
                    select message_id, sender, correlation_id, arrival_seq from inbound_message
                    where processing_status = 'RECEIVED' and next_processing_at <= ?
                    order by processing_status, next_processing_at fetch first ? rows only""",
                    (rs, row) -> new Due(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)), ts(now), window);
            List<String> heads = candidates.stream().filter(this::headsItsCorrelation).map(Due::messageId).limit(limit).toList();
            if (!heads.isEmpty() || candidates.size() < window) {
                return heads;
            }
        }
        return List.of();
    }

    private boolean headsItsCorrelation(Due due) {
        return jdbc.queryForList("""
                select message_id from inbound_message
                where sender = ? and correlation_id = ? and arrival_seq < ? and processing_status = 'RECEIVED'
                fetch first 1 rows only""", String.class, due.sender(), due.correlationId(), due.arrivalSeq()).isEmpty();
    }

    private record Due(String messageId, String sender, String correlationId, long arrivalSeq) {
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
