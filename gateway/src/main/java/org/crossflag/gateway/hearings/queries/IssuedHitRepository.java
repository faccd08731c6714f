package org.crossflag.gateway.hearings.queries;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hits this node issued as a holding force: to whom, for which query and hearing, and until when an alert may quote
 * them. A hit is kept as long as its hearing, so a correction or withdrawal reaches every force that received it; it
 * is deleted with the hearing when the hearing's retention ends, after its recipient was sent the purge.
 */
public final class IssuedHitRepository {

    private final JdbcTemplate jdbc;

    public IssuedHitRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(IssuedHit hit) {
        jdbc.update(
                "insert into issued_hit (hit_id, query_id, query_message_id, recipient, hearing_id, issued_at, expires_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)",
                hit.hitId(),
                hit.queryId(),
                hit.queryMessageId(),
                hit.recipient(),
                hit.hearingId(),
                Timestamp.from(hit.issuedAt()),
                Timestamp.from(hit.expiresAt()));
    }

    private static final String SELECT_HIT =
            "select hit_id, query_id, query_message_id, recipient, hearing_id, issued_at, expires_at from issued_hit ";

    public Optional<IssuedHit> find(String hitId) {
        return jdbc.query(SELECT_HIT + "where hit_id = ?", IssuedHitRepository::issuedHit, hitId).stream()
                .findFirst();
    }

    /** Every hit issued about the hearing, by recipient and query: whom a correction or withdrawal must reach. */
    public List<IssuedHit> issuedAbout(String hearingId) {
        return jdbc.query(
                SELECT_HIT + "where hearing_id = ? order by recipient, query_id, hit_id",
                IssuedHitRepository::issuedHit,
                hearingId);
    }

    /** Deletes the hits about a purged hearing, once every recipient has been sent the purge. */
    public void deleteAbout(String hearingId) {
        jdbc.update("delete from issued_hit where hearing_id = ?", hearingId);
    }

    /** The forces that received a hit about the hearing, for a correction or withdrawal to reach them all. */
    List<String> recipientsOf(String hearingId) {
        return jdbc.queryForList(
                "select distinct recipient from issued_hit where hearing_id = ? order by recipient",
                String.class,
                hearingId);
    }

    /** @param queryId the correlation id of the query the hit answered */
    public record IssuedHit(
            String hitId,
            String queryId,
            String queryMessageId,
            String recipient,
            String hearingId,
            Instant issuedAt,
            Instant expiresAt) {}

    private static IssuedHit issuedHit(ResultSet rs, int row) throws SQLException {
        return new IssuedHit(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getTimestamp(6).toInstant(),
                rs.getTimestamp(7).toInstant());
    }
}
