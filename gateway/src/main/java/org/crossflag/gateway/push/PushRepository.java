package org.crossflag.gateway.push;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** The push queue's rows (table local_push): one per delivery and channel, pending until sent or given up. */
public final class PushRepository {

    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";

    private final JdbcTemplate jdbc;

    public PushRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(String deliveryId, String channel, PushKind kind, String subjectId, Instant at) {
        jdbc.update(
                "insert into local_push (delivery_id, channel, kind, subject_id, status, attempts, next_attempt_at)"
                        + " values (?, ?, ?, ?, ?, 0, ?)",
                deliveryId,
                channel,
                kind.name(),
                subjectId,
                PENDING,
                Timestamp.from(at));
    }

    List<Pending> due(Instant now, int limit) {
        return jdbc.query(
                "select delivery_id, channel, kind, subject_id, attempts from local_push"
                        + " where status = ? and next_attempt_at <= ? order by status, next_attempt_at"
                        + " fetch first ? rows only",
                (rs, row) -> new Pending(
                        rs.getString(1),
                        rs.getString(2),
                        PushKind.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getInt(5)),
                PENDING,
                Timestamp.from(now),
                limit);
    }

    void sent(Pending push) {
        jdbc.update(
                "update local_push set status = ?, attempts = attempts + 1, last_error = null"
                        + " where delivery_id = ? and channel = ? and status = ?",
                SENT,
                push.deliveryId(),
                push.channel(),
                PENDING);
    }

    void failed(Pending push, String error, Instant next, boolean giveUp) {
        jdbc.update(
                "update local_push set status = ?, attempts = attempts + 1, last_error = ?, next_attempt_at = ?"
                        + " where delivery_id = ? and channel = ? and status = ?",
                giveUp ? FAILED : PENDING,
                error,
                Timestamp.from(next),
                push.deliveryId(),
                push.channel(),
                PENDING);
    }

    /** One row due for sending. */
    record Pending(String deliveryId, String channel, PushKind kind, String subjectId, int attempts) {}
}
