package org.crossflag.gateway.hearings.records;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.crossflag.adapter.ConsentState;
import org.crossflag.adapter.Contact;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.LocalHearing;
import org.crossflag.adapter.LocalReferral;
import org.crossflag.adapter.RequesterRole;
import org.crossflag.adapter.RiskScore;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.springframework.jdbc.core.JdbcTemplate;

/** This force's hearings and referrals. */
public final class HearingRepository {

    private final JdbcTemplate jdbc;

    public HearingRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> findHearing(String adapterId, Forum forum, String reference) {
        return jdbc
                .queryForList(
                        "select hearing_id from hearing where adapter_id = ? and forum = ? and local_reference = ?",
                        String.class,
                        adapterId,
                        forum.name(),
                        reference)
                .stream()
                .findFirst();
    }

    public String insertHearing(String adapterId, LocalHearing hearing, String personId, Instant now) {
        String id = UUID.randomUUID().toString();
        Contact contact = hearing.coordinator();
        RiskScore score = hearing.score();
        jdbc.update(
                """
                insert into hearing (hearing_id, adapter_id, local_reference, forum, heard_on, person_id, contact_name,
                    contact_phone, contact_email, score_tool, score_version, score_value, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id,
                adapterId,
                hearing.localReference(),
                hearing.forum().name(),
                Date.valueOf(hearing.heardOn()),
                personId,
                contact.name(),
                contact.phone(),
                contact.email(),
                score == null ? null : score.tool(),
                score == null ? null : score.toolVersion(),
                score == null ? null : score.value(),
                Timestamp.from(now));
        return id;
    }

    /** The hearings of one indexed person, newest first. */
    public List<StoredHearing> hearingsOf(String personId) {
        return jdbc.query(
                "select * from hearing where person_id = ? and withdrawn_on is null order by heard_on desc",
                HearingRepository::hearing,
                personId);
    }

    /**
     * A hearing by its id, as an issued hit names it: references are unique only per adapter. A withdrawn hearing is
     * not found: nothing new may be made from it.
     */
    public Optional<StoredHearing> hearing(String hearingId) {
        return jdbc
                .query(
                        "select * from hearing where hearing_id = ? and withdrawn_on is null",
                        HearingRepository::hearing,
                        hearingId)
                .stream()
                .findFirst();
    }

    /** The hearings not withdrawn that this adapter delivered under the reference, in any forum. */
    public List<StoredHearing> liveHearings(String adapterId, String reference) {
        return jdbc.query(
                "select * from hearing where adapter_id = ? and local_reference = ? and withdrawn_on is null "
                        + "order by forum",
                HearingRepository::hearing,
                adapterId,
                reference);
    }

    /** Replaces what the source corrected; the reference and the adapter stay. */
    public void correctHearing(String hearingId, LocalHearing corrected, String personId, java.time.LocalDate on) {
        Contact contact = corrected.coordinator();
        RiskScore score = corrected.score();
        jdbc.update(
                """
                update hearing set forum = ?, heard_on = ?, person_id = ?, contact_name = ?, contact_phone = ?,
                    contact_email = ?, score_tool = ?, score_version = ?, score_value = ?, corrected_on = ?
                where hearing_id = ?""",
                corrected.forum().name(),
                Date.valueOf(corrected.heardOn()),
                personId,
                contact.name(),
                contact.phone(),
                contact.email(),
                score == null ? null : score.tool(),
                score == null ? null : score.toolVersion(),
                score == null ? null : score.value(),
                Date.valueOf(on),
                hearingId);
    }

    public void withdrawHearing(String hearingId, java.time.LocalDate on) {
        jdbc.update("update hearing set withdrawn_on = ? where hearing_id = ?", Date.valueOf(on), hearingId);
    }

    /** Hearings of the forum heard before {@code cutoff}, withdrawn or not, oldest first: past their retention. */
    public List<StoredHearing> heardBefore(Forum forum, java.time.LocalDate cutoff, int limit) {
        return jdbc.query(
                "select * from hearing where forum = ? and heard_on < ? order by heard_on fetch first ? rows only",
                HearingRepository::hearing,
                forum.name(),
                Date.valueOf(cutoff),
                limit);
    }

    /** Deletes the hearing itself; the caller has deleted what refers to it. */
    public void deleteHearing(String hearingId) {
        jdbc.update("delete from hearing where hearing_id = ?", hearingId);
    }

    public Optional<String> findReferral(String adapterId, String reference) {
        return jdbc
                .queryForList(
                        "select referral_id from referral where adapter_id = ? and local_reference = ?",
                        String.class,
                        adapterId,
                        reference)
                .stream()
                .findFirst();
    }

    /** A referral this adapter delivered under the reference, unless withdrawn. */
    public Optional<String> findLiveReferral(String adapterId, String reference) {
        return jdbc
                .queryForList(
                        "select referral_id from referral where adapter_id = ? and local_reference = ? "
                                + "and withdrawn_on is null",
                        String.class,
                        adapterId,
                        reference)
                .stream()
                .findFirst();
    }

    public void withdrawReferral(String referralId, java.time.LocalDate on) {
        jdbc.update("update referral set withdrawn_on = ? where referral_id = ?", Date.valueOf(on), referralId);
    }

    public String insertReferral(
            String adapterId,
            LocalReferral referral,
            String personId,
            Officer officer,
            Envelope.Consent consent,
            Instant now) {
        String id = UUID.randomUUID().toString();
        Contact contact = referral.coordinator();
        jdbc.update(
                """
                insert into referral (referral_id, adapter_id, local_reference, forum, referred_on, person_id, contact_name,
                    contact_phone, contact_email, officer_id, officer_role, consent_state, consent_justification, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id,
                adapterId,
                referral.localReference(),
                referral.forum().name(),
                Date.valueOf(referral.referredOn()),
                personId,
                contact.name(),
                contact.phone(),
                contact.email(),
                officer.officerId(),
                officer.role().wire(),
                consent.state().wire(),
                consent.justification(),
                Timestamp.from(now));
        return id;
    }

    public Optional<StoredReferral> referral(String referralId) {
        return jdbc
                .query(
                        "select * from referral where referral_id = ?",
                        (rs, row) -> new StoredReferral(
                                rs.getString("referral_id"),
                                rs.getString("local_reference"),
                                Forum.valueOf(rs.getString("forum")),
                                rs.getDate("referred_on").toLocalDate(),
                                rs.getString("person_id"),
                                new Contact(
                                        rs.getString("contact_name"),
                                        rs.getString("contact_phone"),
                                        rs.getString("contact_email")),
                                new Officer(
                                        rs.getString("officer_id"),
                                        RequesterRole.fromWire(rs.getString("officer_role"))),
                                new Envelope.Consent(
                                        ConsentState.fromWire(rs.getString("consent_state")),
                                        rs.getString("consent_justification"))),
                        referralId)
                .stream()
                .findFirst();
    }

    private static StoredHearing hearing(ResultSet rs, int row) throws SQLException {
        String tool = rs.getString("score_tool");
        return new StoredHearing(
                rs.getString("hearing_id"),
                rs.getString("local_reference"),
                Forum.valueOf(rs.getString("forum")),
                rs.getDate("heard_on").toLocalDate(),
                rs.getString("person_id"),
                new Contact(rs.getString("contact_name"), rs.getString("contact_phone"), rs.getString("contact_email")),
                tool == null ? null : new RiskScore(tool, rs.getString("score_version"), rs.getString("score_value")));
    }

    public record StoredHearing(
            String hearingId,
            String reference,
            Forum forum,
            java.time.LocalDate heardOn,
            String personId,
            Contact contact,
            RiskScore score) {}

    /** @param consent the victim-consent state recorded with the referral; it travels with every message about it */
    public record StoredReferral(
            String referralId,
            String reference,
            Forum forum,
            java.time.LocalDate referredOn,
            String personId,
            Contact contact,
            Officer officer,
            Envelope.Consent consent) {}
}
