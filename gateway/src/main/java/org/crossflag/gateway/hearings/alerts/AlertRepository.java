package org.crossflag.gateway.hearings.alerts;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import org.crossflag.adapter.AbuseType;
import org.crossflag.adapter.CircumstanceChangeKind;
import org.crossflag.adapter.Contact;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.PersonRole;
import org.crossflag.adapter.ProtectionOrderType;
import org.crossflag.adapter.RiskScore;
import org.crossflag.gateway.hearings.records.Amendment;
import org.crossflag.gateway.hearings.records.CorrectedHit;
import org.crossflag.gateway.hearings.victims.VictimRecordHold;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Alerts; their pushes are on the push queue (push.PushRepository). */
public final class AlertRepository {

    private final JdbcTemplate jdbc;

    public AlertRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the same alert (kind, query, hit) exists already: a repeated answer raises nothing new. */
    boolean insert(Alert alert) {
        CircumstanceNotice notice = alert.circumstance();
        try {
            jdbc.update(
                    """
                    insert into alert (alert_id, kind, status, band, created_at, other_force, query_id, hit_id, referral_id,
                        hearing_id, heard_forum, heard_on, heard_reference, referral_forum, referred_on, referral_reference,
                        contact_name, contact_phone, contact_email, score_tool, score_version, score_value,
                        repeat_in_window, escalation, change_kind, order_type, order_reference, order_held_by,
                        changed_on, notified_on, new_district, known_to_panels, possible_non_compliance)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
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
                    alert.heardForum() == null ? null : alert.heardForum().name(),
                    date(alert.heardOn()),
                    alert.heardReference(),
                    alert.referralForum() == null ? null : alert.referralForum().name(),
                    date(alert.referredOn()),
                    alert.referralReference(),
                    alert.contact().name(),
                    alert.contact().phone(),
                    alert.contact().email(),
                    alert.score() == null ? null : alert.score().tool(),
                    alert.score() == null ? null : alert.score().toolVersion(),
                    alert.score() == null ? null : alert.score().value(),
                    alert.repeat(),
                    alert.escalation(),
                    notice == null ? null : notice.changeKind().wire(),
                    notice == null ? null : notice.orderType().wire(),
                    notice == null ? null : notice.orderReference(),
                    notice == null ? null : notice.orderHeldBy(),
                    notice == null ? null : date(notice.changedOn()),
                    notice == null ? null : date(notice.notifiedOn()),
                    notice == null ? null : notice.newDistrict(),
                    notice == null ? null : notice.knownToPanels().name(),
                    notice != null && notice.possibleNonCompliance());
            savePatterns(alert.alertId(), alert.patterns());
            return true;
        } catch (DuplicateKeyException repeated) {
            return false;
        }
    }

    private void savePatterns(String alertId, AlertPatterns patterns) {
        VictimRecordHold hold = patterns.hold();
        jdbc.update(
                """
                update alert set subject_role = ?, abuse_type = ?, subject_under_16 = ?, victim_under_16 = ?,
                    serial_victims = ?, serial_forces = ?, serial_window = ?, hold_reason = ?, hold_force = ?,
                    hold_on = ?, mappa_prompt = ? where alert_id = ?""",
                patterns.subjectRole().name(),
                patterns.abuseType() == null ? null : patterns.abuseType().name(),
                patterns.subjectUnder16(),
                patterns.victimUnder16(),
                patterns.serialVictims(),
                patterns.serialForces(),
                patterns.serialWindow() == null ? null : patterns.serialWindow().toString(),
                hold == null ? null : hold.reason().name(),
                hold == null ? null : hold.force(),
                hold == null ? null : date(hold.recordedOn()),
                patterns.mappaPrompt(),
                alertId);
    }

    /** The query's alerts at the referring force, to carry its serial count and prompt as they stand now. */
    List<Alert> ofQuery(String queryId) {
        return jdbc.query(
                "select * from alert where kind = ? and query_id = ? for update",
                AlertRepository::alert,
                AlertKind.PRIOR_HEARING_ELSEWHERE.name(),
                queryId);
    }

    void updatePatterns(String alertId, AlertPatterns patterns) {
        savePatterns(alertId, patterns);
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
                .heard(forum(rs, "heard_forum"), localDate(rs, "heard_on"), rs.getString("heard_reference"))
                .referral(forum(rs, "referral_forum"), localDate(rs, "referred_on"), rs.getString("referral_reference"))
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
                .circumstance(circumstance(rs))
                .amended(
                        rs.getString("amendment") == null ? null : Amendment.fromWire(rs.getString("amendment")),
                        rs.getDate("amended_on") == null
                                ? null
                                : rs.getDate("amended_on").toLocalDate())
                .patterns(patterns(rs))
                .build();
    }

    private static AlertPatterns patterns(ResultSet rs) throws SQLException {
        String role = rs.getString("subject_role");
        String type = rs.getString("abuse_type");
        String window = rs.getString("serial_window");
        return new AlertPatterns(
                role == null ? PersonRole.PERPETRATOR : PersonRole.valueOf(role),
                type == null ? null : AbuseType.valueOf(type),
                rs.getBoolean("subject_under_16"),
                rs.getBoolean("victim_under_16"),
                rs.getInt("serial_victims"),
                rs.getInt("serial_forces"),
                window == null ? null : Period.parse(window),
                AlertPatterns.hold(rs.getString("hold_reason"), rs.getString("hold_force"), localDate(rs, "hold_on")),
                rs.getBoolean("mappa_prompt"));
    }

    private static CircumstanceNotice circumstance(ResultSet rs) throws SQLException {
        String changeKind = rs.getString("change_kind");
        if (changeKind == null) {
            return null;
        }
        return new CircumstanceNotice(
                rs.getString("query_id"),
                CircumstanceChangeKind.fromWire(changeKind),
                ProtectionOrderType.fromWire(rs.getString("order_type")),
                rs.getString("order_reference"),
                rs.getString("order_held_by"),
                localDate(rs, "changed_on"),
                localDate(rs, "notified_on"),
                rs.getString("new_district"),
                CircumstanceNotice.PanelKnowledge.valueOf(rs.getString("known_to_panels")),
                rs.getBoolean("possible_non_compliance"));
    }

    private static Forum forum(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : Forum.valueOf(value);
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    private static Date date(LocalDate value) {
        return value == null ? null : Date.valueOf(value);
    }
}
