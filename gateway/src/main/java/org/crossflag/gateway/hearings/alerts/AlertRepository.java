package org.crossflag.gateway.hearings.alerts;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.crossflag.adapter.Contact;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.RiskScore;
import org.crossflag.gateway.hearings.records.Amendment;
import org.crossflag.gateway.hearings.records.CorrectedHit;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Alerts and their push state. */
public final class AlertRepository {

    private final JdbcTemplate jdbc;

    public AlertRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the same alert (kind, query, hit) exists already: a repeated answer raises nothing new. */
    boolean insert(Alert alert) {
        try {
            jdbc.update(
                    """
                    insert into alert (alert_id, kind, status, band, created_at, other_force, query_id, hit_id, referral_id,
                        hearing_id, heard_forum, heard_on, heard_reference, referral_forum, referred_on, referral_reference,
                        contact_name, contact_phone, contact_email, score_tool, score_version, score_value,
                        repeat_in_window, escalation)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    alert.alertId(),
                    alert.kind().name(),
                    alert.status().name(),
                    alert.band(),
                    Timestamp.from(alert.createdAt()),
                    alert.otherForce(),
                    alert.queryId(),
                    alert.hitId(),
                    alert.referralId(),
                    alert.hearingId(),
                    alert.heardForum().name(),
                    Date.valueOf(alert.heardOn()),
                    alert.heardReference(),
                    alert.referralForum().name(),
                    Date.valueOf(alert.referredOn()),
                    alert.referralReference(),
                    alert.contact().name(),
                    alert.contact().phone(),
                    alert.contact().email(),
                    alert.score() == null ? null : alert.score().tool(),
                    alert.score() == null ? null : alert.score().toolVersion(),
                    alert.score() == null ? null : alert.score().value(),
                    alert.repeat(),
                    alert.escalation());
            return true;
        } catch (DuplicateKeyException repeated) {
            return false;
        }
    }

    Optional<Alert> find(String alertId) {
        return jdbc.query("select * from alert where alert_id = ?", AlertRepository::alert, alertId).stream()
                .findFirst();
    }

    Optional<Alert> lock(String alertId) {
        return jdbc.query("select * from alert where alert_id = ? for update", AlertRepository::alert, alertId).stream()
                .findFirst();
    }

    /** Newest first; status null for all. */
    List<Alert> list(AlertStatus status, int limit) {
        return status == null
                ? jdbc.query(
                        "select * from alert order by created_at desc fetch first ? rows only",
                        AlertRepository::alert,
                        limit)
                : jdbc.query(
                        "select * from alert where status = ? order by created_at desc fetch first ? rows only",
                        AlertRepository::alert,
                        status.name(),
                        limit);
    }

    void setStatus(String alertId, AlertStatus status) {
        jdbc.update("update alert set status = ? where alert_id = ?", status.name(), alertId);
    }

    void acknowledge(String alertId, AlertStatus status, String officerId, Instant at, String actionCode, String note) {
        jdbc.update(
                "update alert set status = ?, acknowledged_by = ?, acknowledged_at = ?, action_code = ?, "
                        + "action_note = ? where alert_id = ?",
                status.name(),
                officerId,
                Timestamp.from(at),
                actionCode,
                note,
                alertId);
    }

    /** The alerts made from one hit in one query, of one kind, with the other force they name. */
    List<Alert> fromHit(AlertKind kind, String queryId, String hitId, String otherForce) {
        return jdbc.query(
                "select * from alert where kind = ? and query_id = ? and hit_id = ? and other_force = ? for update",
                AlertRepository::alert,
                kind.name(),
                queryId,
                hitId,
                otherForce);
    }

    /** This node's REFERRED_ELSEWHERE alerts about one of its hearings. */
    List<Alert> aboutHearing(String hearingId) {
        return jdbc.query(
                "select * from alert where kind = ? and hearing_id = ? for update",
                AlertRepository::alert,
                AlertKind.REFERRED_ELSEWHERE.name(),
                hearingId);
    }

    /** This node's PRIOR_HEARING_ELSEWHERE alerts about one of its referrals. */
    List<Alert> aboutReferral(String referralId) {
        return jdbc.query(
                "select * from alert where kind = ? and referral_id = ? for update",
                AlertRepository::alert,
                AlertKind.PRIOR_HEARING_ELSEWHERE.name(),
                referralId);
    }

    /** Records an amendment: the status it leaves, and for a correction the hearing's fields as corrected. */
    void amend(String alertId, AlertStatus status, Amendment amendment, LocalDate on, CorrectedHit corrected) {
        if (corrected == null) {
            jdbc.update(
                    "update alert set status = ?, amendment = ?, amended_on = ? where alert_id = ?",
                    status.name(),
                    amendment.wire(),
                    Date.valueOf(on),
                    alertId);
            return;
        }
        RiskScore score = corrected.score();
        jdbc.update(
                "update alert set status = ?, amendment = ?, amended_on = ?, heard_forum = ?, heard_on = ?, "
                        + "score_tool = ?, score_version = ?, score_value = ? where alert_id = ?",
                status.name(),
                amendment.wire(),
                Date.valueOf(on),
                corrected.forum().name(),
                Date.valueOf(corrected.heardOn()),
                score == null ? null : score.tool(),
                score == null ? null : score.toolVersion(),
                score == null ? null : score.value(),
                alertId);
    }

    void addPush(String alertId, String channel, Instant at) {
        jdbc.update(
                "insert into alert_push (alert_id, channel, status, attempts, next_attempt_at) values (?, ?, 'PENDING', 0, ?)",
                alertId,
                channel,
                Timestamp.from(at));
    }

    List<PendingPush> duePushes(Instant now, int limit) {
        return jdbc.query(
                "select alert_id, channel, attempts from alert_push where status = 'PENDING' and next_attempt_at <= ? "
                        + "order by status, next_attempt_at fetch first ? rows only",
                (rs, row) -> new PendingPush(rs.getString(1), rs.getString(2), rs.getInt(3)),
                Timestamp.from(now),
                limit);
    }

    void pushSent(String alertId, String channel) {
        jdbc.update(
                "update alert_push set status = 'SENT', attempts = attempts + 1, last_error = null "
                        + "where alert_id = ? and channel = ?",
                alertId,
                channel);
    }

    void pushFailed(String alertId, String channel, String error, Instant next, boolean giveUp) {
        jdbc.update(
                "update alert_push set status = ?, attempts = attempts + 1, last_error = ?, next_attempt_at = ? "
                        + "where alert_id = ? and channel = ?",
                giveUp ? "FAILED" : "PENDING",
                error,
                Timestamp.from(next),
                alertId,
                channel);
    }

    record PendingPush(String alertId, String channel, int attempts) {}

    private static Alert alert(ResultSet rs, int row) throws SQLException {
        String tool = rs.getString("score_tool");
        Timestamp acknowledged = rs.getTimestamp("acknowledged_at");
        return Alert.builder()
                .alertId(rs.getString("alert_id"))
                .kind(AlertKind.valueOf(rs.getString("kind")))
                .status(AlertStatus.valueOf(rs.getString("status")))
                .band(rs.getString("band"))
                .createdAt(rs.getTimestamp("created_at").toInstant())
                .otherForce(rs.getString("other_force"))
                .queryId(rs.getString("query_id"))
                .hitId(rs.getString("hit_id"))
                .referralId(rs.getString("referral_id"))
                .hearingId(rs.getString("hearing_id"))
                .heard(
                        Forum.valueOf(rs.getString("heard_forum")),
                        rs.getDate("heard_on").toLocalDate(),
                        rs.getString("heard_reference"))
                .referral(
                        Forum.valueOf(rs.getString("referral_forum")),
                        rs.getDate("referred_on").toLocalDate(),
                        rs.getString("referral_reference"))
                .contact(new Contact(
                        rs.getString("contact_name"), rs.getString("contact_phone"), rs.getString("contact_email")))
                .score(
                        tool == null
                                ? null
                                : new RiskScore(tool, rs.getString("score_version"), rs.getString("score_value")))
                .flags(rs.getBoolean("repeat_in_window"), rs.getBoolean("escalation"))
                .acknowledged(
                        rs.getString("acknowledged_by"),
                        acknowledged == null ? null : acknowledged.toInstant(),
                        rs.getString("action_code"),
                        rs.getString("action_note"))
                .amended(
                        rs.getString("amendment") == null ? null : Amendment.fromWire(rs.getString("amendment")),
                        rs.getDate("amended_on") == null
                                ? null
                                : rs.getDate("amended_on").toLocalDate())
                .build();
    }
}
