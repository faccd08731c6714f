package org.crossflag.gateway.disclosures.applications;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.crossflag.adapter.ConsentState;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.LegalBasis;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** DVDS applications made at this force, their extensions and clock notices (tables of V14). */
public final class ApplicationRepository {

    private final JdbcTemplate jdbc;
    private final ObjectMapper mapper;

    public ApplicationRepository(JdbcTemplate jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    public void insert(StoredApplication application) {
        jdbc.update(
                "insert into dvds_application (application_id, route, status, officer_id, officer_role, received_on,"
                        + " created_at, parties_json, legal_basis, consent_state, consent_justification, categories,"
                        + " source_alert_id, breach_sent, reminders_sent) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " false, '')",
                application.applicationId(),
                application.route().name(),
                application.status().name(),
                application.officerId(),
                application.officerRole(),
                Date.valueOf(application.receivedOn()),
                Timestamp.from(application.createdAt()),
                json(application.parties()),
                application.legalBasis() == null
                        ? null
                        : application.legalBasis().wire(),
                application.consent() == null || application.consent().state() == null
                        ? null
                        : application.consent().state().wire(),
                application.consent() == null ? null : application.consent().justification(),
                codes(application.categories()),
                application.sourceAlertId());
    }

    /** Replaces what a draft holds when its officer completes it. */
    public void complete(StoredApplication application) {
        jdbc.update(
                "update dvds_application set route = ?, received_on = ?, parties_json = ?, legal_basis = ?,"
                        + " consent_state = ?, consent_justification = ?, categories = ?, officer_id = ?,"
                        + " officer_role = ? where application_id = ?",
                application.route().name(),
                Date.valueOf(application.receivedOn()),
                json(application.parties()),
                application.legalBasis().wire(),
                application.consent().state().wire(),
                application.consent().justification(),
                codes(application.categories()),
                application.officerId(),
                application.officerRole(),
                application.applicationId());
    }

    public Optional<StoredApplication> find(String applicationId) {
        return jdbc.query("select * from dvds_application where application_id = ?", this::read, applicationId).stream()
                .findFirst();
    }

    /** Locks the application's row for the rest of the transaction, so answers and sweeps change it one at a time. */
    public Optional<StoredApplication> lock(String applicationId) {
        return jdbc
                .query("select * from dvds_application where application_id = ? for update", this::read, applicationId)
                .stream()
                .findFirst();
    }

    public List<StoredApplication> all() {
        return jdbc.query("select * from dvds_application order by created_at desc", this::read);
    }

    /** Applications whose clock runs: received and not yet decided or closed. */
    public List<String> running() {
        return jdbc.queryForList(
                "select application_id from dvds_application where status in ('RECEIVED', 'CHECKS',"
                        + " 'AWAITING_ANSWERS', 'DECISION_DUE')",
                String.class);
    }

    /** Applications received in [from, to], for the FOI report. */
    public List<StoredApplication> receivedBetween(LocalDate from, LocalDate to) {
        return jdbc.query(
                "select * from dvds_application where status <> 'DRAFT' and received_on >= ? and received_on <= ?",
                this::read,
                Date.valueOf(from),
                Date.valueOf(to));
    }

    public Optional<String> draftOfAlert(String alertId) {
        return jdbc
                .queryForList(
                        "select application_id from dvds_application where source_alert_id = ?", String.class, alertId)
                .stream()
                .findFirst();
    }

    /** The application an adapter delivered under this local reference, if it has. */
    public Optional<String> fromSource(String source, String localReference) {
        return jdbc
                .queryForList(
                        "select application_id from dvds_application where source = ? and local_reference = ?",
                        String.class,
                        source,
                        localReference)
                .stream()
                .findFirst();
    }

    /** Records which adapter delivered the application, under which local reference (once per pair). */
    public void source(String applicationId, String source, String localReference) {
        jdbc.update(
                "update dvds_application set source = ?, local_reference = ? where application_id = ?",
                source,
                localReference,
                applicationId);
    }

    public void status(String applicationId, ApplicationStatus status) {
        jdbc.update("update dvds_application set status = ? where application_id = ?", status.name(), applicationId);
    }

    public void checkDeadline(String applicationId, Instant deadline) {
        jdbc.update(
                "update dvds_application set check_deadline = ? where application_id = ?",
                Timestamp.from(deadline),
                applicationId);
    }

    /** Applications whose step 1 is past its deadline while some force has still not said hit or no hit. */
    public List<String> checksOverdue(Instant now) {
        return jdbc.queryForList(
                "select distinct a.application_id from dvds_application a join dvds_force f"
                        + " on f.application_id = a.application_id where f.check_status = 'ASKED'"
                        + " and a.check_deadline <= ?",
                String.class,
                Timestamp.from(now));
    }

    public void decide(String applicationId, Decision decision) {
        jdbc.update(
                "update dvds_application set status = ?, decided_on = ?, disclosed = ?, decision_json = ?"
                        + " where application_id = ?",
                ApplicationStatus.DECIDED.name(),
                Date.valueOf(decision.decidedOn()),
                decision.disclose(),
                json(decision),
                applicationId);
    }

    public void addExtension(String applicationId, Extension extension) {
        Integer seq = jdbc.queryForObject(
                "select coalesce(max(seq), 0) + 1 from dvds_extension where application_id = ?",
                Integer.class,
                applicationId);
        jdbc.update(
                "insert into dvds_extension (application_id, seq, days, reason, officer_id, extended_at)"
                        + " values (?, ?, ?, ?, ?, ?)",
                applicationId,
                seq,
                extension.days(),
                extension.reason(),
                extension.officerId(),
                Timestamp.from(extension.at()));
    }

    public List<Extension> extensions(String applicationId) {
        return jdbc.query(
                "select days, reason, officer_id, extended_at from dvds_extension where application_id = ? order by seq",
                (rs, row) -> new Extension(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()),
                applicationId);
    }

    /**
     * Records a reminder or the breach notice once; false when it was already raised.
     *
     * @param remindersSent the reminder days already recorded for the application (locked by the caller), to which
     *                      this adds the event's day
     */
    public boolean raise(String applicationId, Set<Integer> remindersSent, ClockEvent event, Instant at) {
        int changed = event.kind() == ClockEventKind.REMINDER
                ? jdbc.update(
                        "update dvds_application set reminders_sent = ? where application_id = ?",
                        sentWith(remindersSent, event.day()),
                        applicationId)
                : jdbc.update(
                        "update dvds_application set breach_sent = true where application_id = ? and breach_sent = false",
                        applicationId);
        Integer raised = jdbc.queryForObject(
                "select count(*) from dvds_clock_event where application_id = ? and kind = ? and day_number = ?",
                Integer.class,
                applicationId,
                event.kind().name(),
                event.day());
        if (changed == 0 || raised > 0) {
            return false;
        }
        jdbc.update(
                "insert into dvds_clock_event (application_id, kind, day_number, raised_at) values (?, ?, ?, ?)",
                applicationId,
                event.kind().name(),
                event.day(),
                Timestamp.from(at));
        return true;
    }

    public List<RaisedClockEvent> clockEvents(String applicationId) {
        return jdbc.query(
                "select kind, day_number, raised_at from dvds_clock_event where application_id = ?"
                        + " order by raised_at, day_number",
                (rs, row) -> new RaisedClockEvent(
                        ClockEventKind.valueOf(rs.getString(1)),
                        rs.getInt(2),
                        rs.getTimestamp(3).toInstant()),
                applicationId);
    }

    /** A reminder or breach notice as raised. */
    public record RaisedClockEvent(ClockEventKind kind, int day, Instant at) {}

    private static String sentWith(Set<Integer> sent, int day) {
        Set<Integer> with = new TreeSet<>(sent);
        with.add(day);
        return with.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private StoredApplication read(ResultSet rs, int row) throws SQLException {
        String consentState = rs.getString("consent_state");
        String legalBasis = rs.getString("legal_basis");
        Date decidedOn = rs.getDate("decided_on");
        Timestamp checkDeadline = rs.getTimestamp("check_deadline");
        String decision = rs.getString("decision_json");
        Object disclosed = rs.getObject("disclosed");
        return new StoredApplication(
                rs.getString("application_id"),
                DisclosureRoute.valueOf(rs.getString("route")),
                ApplicationStatus.valueOf(rs.getString("status")),
                rs.getString("officer_id"),
                rs.getString("officer_role"),
                rs.getDate("received_on").toLocalDate(),
                rs.getTimestamp("created_at").toInstant(),
                parse(rs.getString("parties_json"), Parties.class),
                legalBasis == null ? null : LegalBasis.fromWire(legalBasis),
                consentState == null
                        ? null
                        : new Envelope.Consent(
                                ConsentState.fromWire(consentState), rs.getString("consent_justification")),
                categories(rs.getString("categories")),
                rs.getString("source_alert_id"),
                checkDeadline == null ? null : checkDeadline.toInstant(),
                decidedOn == null ? null : decidedOn.toLocalDate(),
                disclosed == null ? null : rs.getBoolean("disclosed"),
                decision == null ? null : parse(decision, Decision.class),
                rs.getBoolean("breach_sent"),
                reminders(rs.getString("reminders_sent")));
    }

    private static String codes(List<DataCategory> categories) {
        return categories.stream().map(DataCategory::wire).collect(Collectors.joining(","));
    }

    static List<DataCategory> categories(String codes) {
        return codes == null || codes.isBlank()
                ? List.of()
                : Arrays.stream(codes.split(",")).map(DataCategory::fromWire).toList();
    }

    private static Set<Integer> reminders(String sent) {
        return sent == null || sent.isBlank()
                ? Set.of()
                : Arrays.stream(sent.split(",")).map(Integer::valueOf).collect(Collectors.toSet());
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store " + value.getClass().getSimpleName(), e);
        }
    }

    private <T> T parse(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " cannot be read", e);
        }
    }
}
