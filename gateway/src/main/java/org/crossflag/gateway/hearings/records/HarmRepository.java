package org.crossflag.gateway.hearings.records;

import java.time.LocalDate;
import java.util.List;

import org.crossflag.adapter.AbuseType;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.PersonRole;
import org.crossflag.adapter.VictimRelationship;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whom a hearing or referral records as harmed, the subject's role and the abuse type. The victims are local people
 * reached only through these rows: the subjects' index never holds them.
 */
public final class HarmRepository {

    private final JdbcTemplate jdbc;

    public HarmRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the hearing's role, type and victims (a correction states them all again). */
    public void recordForHearing(String hearingId, Harm harm) {
        jdbc.update(
                "update hearing set subject_role = ?, abuse_type = ? where hearing_id = ?",
                harm.subjectRole().name(),
                harm.abuseType() == null ? null : harm.abuseType().name(),
                hearingId);
        jdbc.update("delete from hearing_victim where hearing_id = ?", hearingId);
        insertVictims("hearing_victim", "hearing_id", hearingId, harm.victims());
    }

    public void recordForReferral(String referralId, Harm harm) {
        jdbc.update(
                "update referral set subject_role = ?, abuse_type = ? where referral_id = ?",
                harm.subjectRole().name(),
                harm.abuseType() == null ? null : harm.abuseType().name(),
                referralId);
        insertVictims("referral_victim", "referral_id", referralId, harm.victims());
    }

    public Harm ofHearing(String hearingId) {
        return harm("hearing", "hearing_victim", "hearing_id", hearingId);
    }

    public Harm ofReferral(String referralId) {
        return harm("referral", "referral_victim", "referral_id", referralId);
    }

    /** The hearings not withdrawn that record this person as a victim (or as both), newest first. */
    public List<VictimHearing> hearingsWhereVictim(String personId) {
        return jdbc.query(
                """
                select h.hearing_id, h.forum, h.heard_on, v.victim_role from hearing_victim v
                join hearing h on h.hearing_id = v.hearing_id
                where v.person_id = ? and h.withdrawn_on is null order by h.heard_on desc""",
                (rs, row) -> new VictimHearing(
                        rs.getString(1),
                        Forum.valueOf(rs.getString(2)),
                        rs.getDate(3).toLocalDate(),
                        PersonRole.valueOf(rs.getString(4))),
                personId);
    }

    /** The hearing's victims go with it: retention deletes the hearing after this. */
    public void deleteForHearing(String hearingId) {
        jdbc.update("delete from hearing_victim where hearing_id = ?", hearingId);
    }

    /** The people the hearing records as victims: their index entries may go once nothing else keeps them. */
    public List<String> victimIdsOfHearing(String hearingId) {
        return jdbc.queryForList("select person_id from hearing_victim where hearing_id = ?", String.class, hearingId);
    }

    private void insertVictims(String table, String keyColumn, String key, List<StoredVictim> victims) {
        for (int i = 0; i < victims.size(); i++) {
            StoredVictim victim = victims.get(i);
            jdbc.update(
                    "insert into " + table + " (" + keyColumn
                            + ", position, person_id, relationship, victim_role) values (?, ?, ?, ?, ?)",
                    key,
                    i,
                    victim.personId(),
                    victim.relationship().name(),
                    victim.role().name());
        }
    }

    private Harm harm(String table, String victimTable, String keyColumn, String key) {
        List<Harm> found = jdbc.query(
                "select subject_role, abuse_type from " + table + " where " + keyColumn + " = ?",
                (rs, row) -> new Harm(
                        PersonRole.valueOf(rs.getString(1)),
                        rs.getString(2) == null ? null : AbuseType.valueOf(rs.getString(2)),
                        List.of()),
                key);
        if (found.isEmpty()) {
            return Harm.NONE;
        }
        List<StoredVictim> victims = jdbc.query(
                "select person_id, relationship, victim_role from " + victimTable + " where " + keyColumn
                        + " = ? order by position",
                (rs, row) -> new StoredVictim(
                        rs.getString(1),
                        VictimRelationship.valueOf(rs.getString(2)),
                        PersonRole.valueOf(rs.getString(3))),
                key);
        return new Harm(found.get(0).subjectRole(), found.get(0).abuseType(), victims);
    }

    /** What a record says of harm: the subject's role, the abuse type (null when not stated) and the victims. */
    public record Harm(PersonRole subjectRole, AbuseType abuseType, List<StoredVictim> victims) {

        public static final Harm NONE = new Harm(PersonRole.PERPETRATOR, null, List.of());

        public Harm {
            victims = List.copyOf(victims);
        }
    }

    /** A victim as this node stores them: its person id, relationship to the subject and role. */
    public record StoredVictim(String personId, VictimRelationship relationship, PersonRole role) {}

    /** A hearing that records a person as harmed. */
    public record VictimHearing(String hearingId, Forum forum, LocalDate heardOn, PersonRole role) {}
}
