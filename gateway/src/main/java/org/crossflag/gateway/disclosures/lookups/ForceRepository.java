package org.crossflag.gateway.disclosures.lookups;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.crossflag.gateway.lookup.PeerState;
import org.crossflag.gateway.lookup.PeerStatus;
import org.crossflag.gateway.lookup.PeerTransition;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The forces an application asked, one row each: step 1 (check) and step 2 (request), each a {@link PeerStatus}.
 * Statuses change only through the {@link PeerTransition}s the lookup allows, and only from their {@code from}
 * status, so a late or repeated message cannot undo an answer.
 */
public final class ForceRepository {

    private final JdbcTemplate jdbc;

    public ForceRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String applicationId, String force, String checkMessageId) {
        jdbc.update(
                "insert into dvds_force (application_id, force_code, check_message_id, check_status)"
                        + " values (?, ?, ?, ?)",
                applicationId,
                force,
                checkMessageId,
                PeerStatus.ASKED.stored());
    }

    public List<ForceRow> forces(String applicationId) {
        return jdbc.query(
                "select * from dvds_force where application_id = ? order by force_code", this::read, applicationId);
    }

    public Optional<ForceRow> force(String applicationId, String force) {
        return jdbc
                .query(
                        "select * from dvds_force where application_id = ? and force_code = ?",
                        this::read,
                        applicationId,
                        force)
                .stream()
                .findFirst();
    }

    /** Step 1 answered: hit (with its id and band) or no hit. */
    public boolean checkAnswered(
            String applicationId, String force, PeerTransition transition, String hitId, String band) {
        return jdbc.update(
                        "update dvds_force set check_status = ?, hit_id = ?, band = ? where application_id = ?"
                                + " and force_code = ? and check_status = ?",
                        transition.to().stored(),
                        hitId,
                        band,
                        applicationId,
                        force,
                        transition.from().stored())
                == 1;
    }

    public boolean checkRefused(String applicationId, String force, PeerTransition transition, String reasonCode) {
        return jdbc.update(
                        "update dvds_force set check_status = ?, check_reason_code = ? where application_id = ?"
                                + " and force_code = ? and check_status = ?",
                        transition.to().stored(),
                        reasonCode,
                        applicationId,
                        force,
                        transition.from().stored())
                == 1;
    }

    /** Step 1's deadline passed: forces still silent did not answer in time. */
    public int checksUnanswered(String applicationId) {
        PeerTransition transition = PeerStatus.ASKED.passDeadline().orElseThrow();
        return jdbc.update(
                "update dvds_force set check_status = ? where application_id = ? and check_status = ?",
                transition.to().stored(),
                applicationId,
                transition.from().stored());
    }

    public void requestSent(String applicationId, String force, String requestMessageId) {
        jdbc.update(
                "update dvds_force set request_message_id = ?, request_status = ? where application_id = ?"
                        + " and force_code = ? and request_status is null",
                requestMessageId,
                PeerStatus.ASKED.stored(),
                applicationId,
                force);
    }

    /** Step 2 could not be sent (this node's policy refused it): recorded as refused here, with the reason. */
    public void requestNotSent(String applicationId, String force, String reasonCode) {
        jdbc.update(
                "update dvds_force set request_status = ?, request_reason_code = ? where application_id = ?"
                        + " and force_code = ? and request_status is null",
                PeerStatus.REFUSED.stored(),
                reasonCode,
                applicationId,
                force);
    }

    /**
     * Step 2 settled: answered with the released records, or refused with a reason code (the other is null).
     *
     * @return false when the force's request was no longer in the transition's {@code from} status
     */
    public boolean requestSettled(
            String applicationId,
            String force,
            PeerTransition transition,
            String answerJson,
            String reasonCode,
            Instant at) {
        return jdbc.update(
                        "update dvds_force set request_status = ?, answer_json = ?, request_reason_code = ?,"
                                + " answered_at = ? where application_id = ? and force_code = ? and request_status = ?",
                        transition.to().stored(),
                        answerJson,
                        reasonCode,
                        Timestamp.from(at),
                        applicationId,
                        force,
                        transition.from().stored())
                == 1;
    }

    private ForceRow read(ResultSet rs, int row) throws SQLException {
        String requestStatus = rs.getString("request_status");
        Timestamp answeredAt = rs.getTimestamp("answered_at");
        return new ForceRow(
                rs.getString("force_code"),
                rs.getString("check_message_id"),
                new PeerState(
                        rs.getString("force_code"),
                        PeerStatus.fromStored(rs.getString("check_status")),
                        rs.getString("check_reason_code")),
                rs.getString("hit_id"),
                rs.getString("band"),
                rs.getString("request_message_id"),
                requestStatus == null
                        ? null
                        : new PeerState(
                                rs.getString("force_code"),
                                PeerStatus.fromStored(requestStatus),
                                rs.getString("request_reason_code")),
                rs.getString("answer_json"),
                answeredAt == null ? null : answeredAt.toInstant());
    }

    /**
     * One force of one application.
     *
     * @param check   step 1: asked, answered (hit or not: see hitId), refused, or silent at the deadline
     * @param request step 2, null until a request was due (only after a hit)
     */
    public record ForceRow(
            String force,
            String checkMessageId,
            PeerState check,
            String hitId,
            String band,
            String requestMessageId,
            PeerState request,
            String answerJson,
            Instant answeredAt) {

        public boolean hit() {
            return hitId != null;
        }
    }
}
