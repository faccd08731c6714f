package org.crossflag.gateway.disclosures.holding;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hits this force issued in step 1 of other forces' DVDS lookups: which person, to which force, for which
 * application and until when. A disclosure request is taken only for a hit issued to its sender for that application
 * and not yet expired, so a hit id cannot be replayed by another force or for another application.
 */
public final class IssuedDisclosureHits {

    private final JdbcTemplate jdbc;

    public IssuedDisclosureHits(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @param people every local person the hit stands for, the hit's own person first */
    public void insert(IssuedHit hit, List<String> people) {
        insert(hit);
        for (String person : new LinkedHashSet<>(people)) {
            jdbc.update("insert into dvds_issued_hit_person (hit_id, person_id) values (?, ?)", hit.hitId(), person);
        }
    }

    /** Every local person the hit stands for. */
    public List<String> peopleOf(IssuedHit hit) {
        List<String> people = jdbc.queryForList(
                "select person_id from dvds_issued_hit_person where hit_id = ? order by person_id",
                String.class,
                hit.hitId());
        return people.isEmpty() ? List.of(hit.personId()) : people;
    }

    private void insert(IssuedHit hit) {
        jdbc.update(
                "insert into dvds_issued_hit (hit_id, application_id, check_message_id, recipient, person_id,"
                        + " issued_at, expires_at) values (?, ?, ?, ?, ?, ?, ?)",
                hit.hitId(),
                hit.applicationId(),
                hit.checkMessageId(),
                hit.recipient(),
                hit.personId(),
                Timestamp.from(hit.issuedAt()),
                Timestamp.from(hit.expiresAt()));
    }

    public Optional<IssuedHit> find(String hitId) {
        return jdbc
                .query(
                        "select hit_id, application_id, check_message_id, recipient, person_id, issued_at, expires_at"
                                + " from dvds_issued_hit where hit_id = ?",
                        (rs, row) -> new IssuedHit(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getTimestamp(6).toInstant(),
                                rs.getTimestamp(7).toInstant()),
                        hitId)
                .stream()
                .findFirst();
    }

    public record IssuedHit(
            String hitId,
            String applicationId,
            String checkMessageId,
            String recipient,
            String personId,
            Instant issuedAt,
            Instant expiresAt) {}
}
