package org.crossflag.gateway.hearings.queries;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crossflag.adapter.AbuseType;
import org.crossflag.adapter.Contact;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.PersonRole;
import org.crossflag.adapter.RiskScore;
import org.crossflag.adapter.VictimRelationship;
import org.crossflag.gateway.hearings.records.Amendment;
import org.crossflag.gateway.hearings.records.CorrectedHit;
import org.crossflag.gateway.lookup.PeerState;
import org.crossflag.gateway.lookup.PeerStatus;
import org.crossflag.gateway.lookup.PeerTransition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Prior-hearing queries this node started, the peers asked and the hits they reported. */
public final class QueryRepository {

    static final String OPEN = "OPEN";
    static final String COMPLETE = "COMPLETE";

    private static final String QUERY_COLUMNS =
            "select query_id, referral_id, status, started_at, deadline, completed_at from hearing_query";
    private static final RowMapper<StoredQuery> QUERY = (rs, row) -> new StoredQuery(
            rs.getString(1),
            rs.getString(2),
            rs.getString(3),
            rs.getTimestamp(4).toInstant(),
            rs.getTimestamp(5).toInstant(),
            rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant());

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;

    public QueryRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insertQuery(String queryId, String referralId, int keyVersion, Instant started, Instant deadline) {
        jdbc.update(
                "insert into hearing_query (query_id, referral_id, key_version, started_at, deadline, status) "
                        + "values (?, ?, ?, ?, ?, 'OPEN')",
                queryId,
                referralId,
                keyVersion,
                ts(started),
                ts(deadline));
    }

    void insertPeer(String queryId, String peer, String messageId) {
        jdbc.update(
                "insert into hearing_query_peer (query_id, peer, message_id, status) values (?, ?, ?, ?)",
                queryId,
                peer,
                messageId,
                PeerStatus.ASKED.stored());
    }

    /** Locks the query row, so an answer and the deadline never complete it twice. */
    Optional<StoredQuery> lockQuery(String queryId) {
        return jdbc.query(QUERY_COLUMNS + " where query_id = ? for update", QUERY, queryId).stream()
                .findFirst();
    }

    Optional<StoredQuery> query(String queryId) {
        return jdbc.query(QUERY_COLUMNS + " where query_id = ?", QUERY, queryId).stream()
                .findFirst();
    }

    Optional<String> queryOfReferral(String referralId) {
        return jdbc
                .queryForList(
                        "select query_id from hearing_query where referral_id = ? order by started_at desc",
                        String.class,
                        referralId)
                .stream()
                .findFirst();
    }

    List<String> overdueQueries(Instant now, int limit) {
        return jdbc.queryForList(
                "select query_id from hearing_query where status = 'OPEN' and deadline <= ? "
                        + "order by status, deadline fetch first ? rows only",
                String.class,
                ts(now),
                limit);
    }

    List<QueryPeer> peers(String queryId) {
        return jdbc.query(
                "select peer, status, answered_at, reason_code, hit_count from hearing_query_peer where query_id = ? "
                        + "order by peer",
                (rs, row) -> new QueryPeer(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(),
                        rs.getString(4),
                        (Integer) rs.getObject(5)),
                queryId);
    }

    Optional<QueryPeer> peer(String queryId, String peer) {
        return peers(queryId).stream().filter(p -> p.peer().equals(peer)).findFirst();
    }

    /** The id of the query message sent to the peer. */
    Optional<String> askedMessageId(String queryId, String peer) {
        return jdbc
                .queryForList(
                        "select message_id from hearing_query_peer where query_id = ? and peer = ?",
                        String.class,
                        queryId,
                        peer)
                .stream()
                .filter(id -> id != null)
                .findFirst();
    }

    /** The parts of the peer's answer taken so far. */
    List<AnswerAcceptance.AnswerPart> partsReceived(String queryId, String peer, String queryMessageId) {
        return jdbc.query(
                "select part, parts from hearing_answer_part where query_id = ? and peer = ? order by part",
                (rs, row) -> new AnswerAcceptance.AnswerPart(queryMessageId, rs.getInt(1), rs.getInt(2)),
                queryId,
                peer);
    }

    void insertPart(String queryId, String peer, AnswerAcceptance.AnswerPart part, String messageId, Instant at) {
        jdbc.update(
                "insert into hearing_answer_part (query_id, peer, part, parts, message_id, received_at) values (?, ?, ?, ?, ?, ?)",
                queryId,
                peer,
                part.part(),
                part.parts(),
                messageId,
                ts(at));
    }

    int hitCount(String queryId, String holder) {
        Integer count = jdbc.queryForObject(
                "select count(*) from hearing_hit where query_id = ? and holder = ?", Integer.class, queryId, holder);
        return count == null ? 0 : count;
    }

    /** Writes an answer {@link PeerStatus#answer} allowed, if the peer is still in the status it was allowed from. */
    void peerAnswered(String queryId, String peer, PeerTransition answer, Instant at, int hits) {
        jdbc.update(
                "update hearing_query_peer set status = ?, answered_at = ?, hit_count = ? "
                        + "where query_id = ? and peer = ? and status = ?",
                answer.to().stored(),
                ts(at),
                hits,
                queryId,
                peer,
                answer.from().stored());
    }

    /** Writes a refusal {@link PeerStatus#refuse} allowed, if the peer is still in the status it was allowed from. */
    void peerRefused(String queryId, String peer, PeerTransition refusal, String reasonCode, Instant at) {
        jdbc.update(
                "update hearing_query_peer set status = ?, answered_at = ?, reason_code = ? "
                        + "where query_id = ? and peer = ? and status = ?",
                refusal.to().stored(),
                ts(at),
                reasonCode,
                queryId,
                peer,
                refusal.from().stored());
    }

    /** At the deadline: peers {@link PeerStatus#passDeadline} moves on (those still ASKED) did not answer in time. */
    int markUnanswered(String queryId) {
        int marked = 0;
        for (PeerStatus status : PeerStatus.values()) {
            marked += status.passDeadline()
                    .map(deadline -> jdbc.update(
                            "update hearing_query_peer set status = ? where query_id = ? and status = ?",
                            deadline.to().stored(),
                            queryId,
                            deadline.from().stored()))
                    .orElse(0);
        }
        return marked;
    }

    void complete(String queryId, Instant at) {
        jdbc.update(
                "update hearing_query set status = 'COMPLETE', completed_at = ? where query_id = ?", ts(at), queryId);
    }

    /** @param victimsKeptUntil when the hit's victims' encodings are deleted: no answer can come after it */
    boolean insertHit(String queryId, Hit hit, Instant at, Instant victimsKeptUntil) {
        Long known = jdbc.queryForObject(
                "select count(*) from hearing_hit where query_id = ? and hit_id = ?", Long.class, queryId, hit.hitId());
        if (known != null && known > 0) {
            return false;
        }
        jdbc.update(
                """
                insert into hearing_hit (query_id, hit_id, holder, forum, heard_on, reference, contact_name, contact_phone,
                    contact_email, band, score_tool, score_version, score_value, received_at, subject_role, abuse_type,
                    subject_under_16, victim_under_16)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                queryId,
                hit.hitId(),
                hit.holder(),
                hit.forum().name(),
                Date.valueOf(hit.heardOn()),
                hit.reference(),
                hit.contact().name(),
                hit.contact().phone(),
                hit.contact().email(),
                hit.band(),
                hit.score() == null ? null : hit.score().tool(),
                hit.score() == null ? null : hit.score().toolVersion(),
                hit.score() == null ? null : hit.score().value(),
                ts(at),
                hit.role().name(),
                hit.abuseType() == null ? null : hit.abuseType().name(),
                hit.subjectUnder16(),
                hit.victimUnder16());
        for (int i = 0; i < hit.victims().size(); i++) {
            jdbc.update(
                    "insert into hearing_hit_victim (query_id, hit_id, position, relationship, encoding_json, expires_at)"
                            + " values (?, ?, ?, ?, ?, ?)",
                    queryId,
                    hit.hitId(),
                    i,
                    hit.victims().get(i).relationship().name(),
                    hit.victims().get(i).encoding().toString(),
                    ts(victimsKeptUntil));
        }
        return true;
    }

    /** The matching key version the query was encoded under: its victims are encoded under the same. */
    public int keyVersion(String queryId) {
        return jdbc.queryForObject("select key_version from hearing_query where query_id = ?", Integer.class, queryId);
    }

    /** Deletes the victims' encodings of queries no answer can reach any more. @return how many went */
    public int deleteExpiredVictims(Instant now) {
        return jdbc.update("delete from hearing_hit_victim where expires_at <= ?", ts(now));
    }

    /** The query's hits not withdrawn or purged, with the victims' encodings while they are kept. */
    public List<Hit> hits(String queryId) {
        Map<String, List<HitVictim>> victims = victimsOf(queryId);
        return jdbc.query(
                "select * from hearing_hit where query_id = ? and (amendment is null or amendment = 'CORRECTED') "
                        + "order by heard_on desc, holder",
                (rs, row) -> {
                    String tool = rs.getString("score_tool");
                    String type = rs.getString("abuse_type");
                    return new Hit(
                            rs.getString("hit_id"),
                            rs.getString("holder"),
                            Forum.valueOf(rs.getString("forum")),
                            rs.getDate("heard_on").toLocalDate(),
                            rs.getString("reference"),
                            new Contact(
                                    rs.getString("contact_name"),
                                    rs.getString("contact_phone"),
                                    rs.getString("contact_email")),
                            rs.getString("band"),
                            tool == null
                                    ? null
                                    : new RiskScore(tool, rs.getString("score_version"), rs.getString("score_value")),
                            PersonRole.valueOf(rs.getString("subject_role")),
                            type == null ? null : AbuseType.valueOf(type),
                            rs.getBoolean("subject_under_16"),
                            rs.getBoolean("victim_under_16"),
                            victims.getOrDefault(rs.getString("hit_id"), List.of()));
                },
                queryId);
    }

    private static JsonNode encoding(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored victim encoding cannot be read", e);
        }
    }

    private Map<String, List<HitVictim>> victimsOf(String queryId) {
        Map<String, List<HitVictim>> victims = new HashMap<>();
        jdbc.query(
                "select hit_id, relationship, encoding_json from hearing_hit_victim where query_id = ? "
                        + "order by hit_id, position",
                rs -> {
                    victims.computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                            .add(new HitVictim(VictimRelationship.valueOf(rs.getString(2)), encoding(rs.getString(3))));
                },
                queryId);
        return victims;
    }

    /** Who holds the hearing behind a hit received in the query, and its last amendment (null for none). */
    public Optional<ReceivedHit> receivedHit(String queryId, String hitId) {
        return jdbc
                .query(
                        "select holder, amendment from hearing_hit where query_id = ? and hit_id = ?",
                        (rs, row) -> new ReceivedHit(
                                rs.getString(1), rs.getString(2) == null ? null : Amendment.fromWire(rs.getString(2))),
                        queryId,
                        hitId)
                .stream()
                .findFirst();
    }

    /**
     * Records what the holding force said of a hit. A correction replaces the forum, date and score; a withdrawal or
     * purge takes the hit out of {@link #hits}.
     */
    public void amendHit(String queryId, String hitId, Amendment amendment, LocalDate on, CorrectedHit corrected) {
        if (corrected == null) {
            jdbc.update(
                    "update hearing_hit set amendment = ?, amended_on = ? where query_id = ? and hit_id = ?",
                    amendment.wire(),
                    Date.valueOf(on),
                    queryId,
                    hitId);
            return;
        }
        RiskScore score = corrected.score();
        jdbc.update(
                "update hearing_hit set amendment = ?, amended_on = ?, forum = ?, heard_on = ?, score_tool = ?, "
                        + "score_version = ?, score_value = ? where query_id = ? and hit_id = ?",
                amendment.wire(),
                Date.valueOf(on),
                corrected.forum().name(),
                Date.valueOf(corrected.heardOn()),
                score == null ? null : score.tool(),
                score == null ? null : score.toolVersion(),
                score == null ? null : score.value(),
                queryId,
                hitId);
    }

    /** @param amendment null while the holding force has said nothing more of the hit */
    public record ReceivedHit(String holder, Amendment amendment) {}

    record StoredQuery(
            String queryId,
            String referralId,
            String status,
            Instant startedAt,
            Instant deadline,
            Instant completedAt) {}

    /** @param status the stored {@link PeerStatus}: ASKED, ANSWERED, REFUSED, NO_ANSWER_IN_TIME or ANSWERED_LATE */
    record QueryPeer(String peer, String status, Instant answeredAt, String reasonCode, Integer hitCount) {

        PeerStatus peerStatus() {
            return PeerStatus.fromStored(status);
        }

        PeerState state() {
            return new PeerState(peer, peerStatus(), reasonCode);
        }
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
