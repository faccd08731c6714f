package org.crossflag.gateway.circumstances;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.crossflag.adapter.LocalCircumstanceChange;
import org.crossflag.adapter.LocalPerson;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Notifications taken here and the forces each concerns (V16). The people are kept as JSON and never leave. */
public final class CircumstanceChangeRepository {

    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper;

    CircumstanceChangeRepository(JdbcTemplate jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    /** What the officer sees of one notification; the people are not in it. */
    public record StoredChange(
            String notificationId,
            String source,
            String localReference,
            String changeKind,
            String orderType,
            String orderReference,
            String orderHeldBy,
            LocalDate changedOn,
            LocalDate notifiedOn,
            LocalDate dueBy,
            boolean possibleNonCompliance,
            String newDistrict,
            String dvdsApplicationId,
            Instant recordedAt) {}

    /** One force the notification concerns and what became of it. */
    public record StoredTarget(
            String target,
            String memberCode,
            String onsForceCode,
            List<String> reasons,
            String delivery,
            String reasonCode,
            String messageId,
            String alertId) {}

    Optional<String> find(String source, String localReference) {
        return jdbc
                .queryForList(
                        "select notification_id from circumstance_change where source = ? and local_reference = ?",
                        String.class,
                        source,
                        localReference)
                .stream()
                .findFirst();
    }

    void insert(
            String notificationId,
            String source,
            LocalCircumstanceChange change,
            String orderHeldBy,
            NotificationDeadline.Assessment deadline,
            String district,
            Envelope.Requester officer,
            Instant recordedAt) {
        jdbc.update(
                """
                insert into circumstance_change (notification_id, source, local_reference, change_kind, order_type,
                    order_reference, order_held_by, changed_on, notified_on, due_by, deadline_missed, new_district,
                    subject_json, partner_json, contact_name, contact_phone, contact_email, officer_id, officer_role,
                    recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                notificationId,
                source,
                change.localReference(),
                change.kind().wire(),
                change.orderType().wire(),
                change.orderReference(),
                orderHeldBy,
                Date.valueOf(change.changedOn()),
                Date.valueOf(change.notifiedOn()),
                Date.valueOf(deadline.dueBy()),
                deadline.missed(),
                district,
                json(change.subject()),
                change.newPartner() == null ? null : json(change.newPartner()),
                change.offenderManager().name(),
                change.offenderManager().phone(),
                change.offenderManager().email(),
                officer.officerId(),
                officer.role().wire(),
                Timestamp.from(recordedAt));
    }

    void insertTarget(String notificationId, CircumstanceRouting.Target target, Delivered delivered) {
        jdbc.update(
                """
                insert into circumstance_change_target (notification_id, target, member_code, ons_force_code, reasons,
                    delivery, reason_code, message_id, alert_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                notificationId,
                target.label(),
                target.memberCode(),
                target.onsForceCode(),
                target.reasons().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                delivered.delivery(),
                delivered.reasonCode(),
                delivered.messageId(),
                delivered.alertId());
    }

    /**
     * A target that was SENT the message becomes REFUSED with the member's reason code; a refusal from any other member,
     * or of any other message, changes nothing. @return the rows changed (0 or 1)
     */
    int targetRefused(String messageId, String memberCode, String reasonCode) {
        return jdbc.update(
                "update circumstance_change_target set delivery = 'REFUSED', reason_code = ? "
                        + "where message_id = ? and member_code = ? and delivery = 'SENT'",
                reasonCode,
                messageId,
                memberCode);
    }

    /** What became of one target: LOCAL, SENT (REFUSED once the member refuses it), NOT_REACHABLE or NOT_SENT. */
    record Delivered(String delivery, String reasonCode, String messageId, String alertId) {}

    void linkDvdsApplication(String notificationId, String applicationId) {
        jdbc.update(
                "update circumstance_change set dvds_application_id = ? where notification_id = ?",
                applicationId,
                notificationId);
    }

    Optional<StoredChange> change(String notificationId) {
        return jdbc
                .query(
                        "select * from circumstance_change where notification_id = ?",
                        CircumstanceChangeRepository::change,
                        notificationId)
                .stream()
                .findFirst();
    }

    List<StoredTarget> targets(String notificationId) {
        return jdbc.query(
                "select * from circumstance_change_target where notification_id = ? order by target",
                (rs, row) -> new StoredTarget(
                        rs.getString("target"),
                        rs.getString("member_code"),
                        rs.getString("ons_force_code"),
                        List.of(rs.getString("reasons").split(",")),
                        rs.getString("delivery"),
                        rs.getString("reason_code"),
                        rs.getString("message_id"),
                        rs.getString("alert_id")),
                notificationId);
    }

    private static StoredChange change(ResultSet rs, int row) throws SQLException {
        return new StoredChange(
                rs.getString("notification_id"),
                rs.getString("source"),
                rs.getString("local_reference"),
                rs.getString("change_kind"),
                rs.getString("order_type"),
                rs.getString("order_reference"),
                rs.getString("order_held_by"),
                rs.getDate("changed_on").toLocalDate(),
                rs.getDate("notified_on").toLocalDate(),
                rs.getDate("due_by").toLocalDate(),
                rs.getBoolean("deadline_missed"),
                rs.getString("new_district"),
                rs.getString("dvds_application_id"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private String json(LocalPerson person) {
        try {
            return mapper.writeValueAsString(person);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("person cannot be written", e);
        }
    }
}
