package org.crossflag.gateway.disclosures.holding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.crossflag.gateway.federation.envelope.DataCategory;
import org.springframework.jdbc.core.JdbcTemplate;

/** Disclosure requests from other forces, for this force's DVDS officers to answer (table dvds_incoming_request). */
public final class IncomingRequests {

    public static final String OPEN = "OPEN";
    public static final String ANSWERED = "ANSWERED";
    public static final String REFUSED = "REFUSED";

    private final JdbcTemplate jdbc;

    public IncomingRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(IncomingRequest request) {
        jdbc.update(
                "insert into dvds_incoming_request (request_id, message_id, asker, application_id, hit_id, route,"
                        + " purpose, legal_basis, consent_state, consent_justification, categories, requester_officer_id,"
                        + " received_at, answer_by, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                request.requestId(),
                request.messageId(),
                request.asker(),
                request.applicationId(),
                request.hitId(),
                request.route(),
                request.purpose(),
                request.legalBasis(),
                request.consentState(),
                request.consentJustification(),
                request.categories().stream().map(DataCategory::wire).collect(Collectors.joining(",")),
                request.requesterOfficerId(),
                Timestamp.from(request.receivedAt()),
                Timestamp.from(request.answerBy()),
                OPEN);
    }

    public List<IncomingRequest> all() {
        return jdbc.query("select * from dvds_incoming_request order by received_at desc", this::read);
    }

    public Optional<IncomingRequest> find(String requestId) {
        return jdbc.query("select * from dvds_incoming_request where request_id = ?", this::read, requestId).stream()
                .findFirst();
    }

    public Optional<IncomingRequest> lock(String requestId) {
        return jdbc
                .query("select * from dvds_incoming_request where request_id = ? for update", this::read, requestId)
                .stream()
                .findFirst();
    }

    /** Closes an open request with the officer's answer; false when it was no longer open. */
    public boolean answered(String requestId, String status, String officerId, Instant at, String reasonCode) {
        return jdbc.update(
                        "update dvds_incoming_request set status = ?, answered_by = ?, answered_at = ?, reason_code = ?"
                                + " where request_id = ? and status = ?",
                        status,
                        officerId,
                        Timestamp.from(at),
                        reasonCode,
                        requestId,
                        OPEN)
                == 1;
    }

    private IncomingRequest read(ResultSet rs, int row) throws SQLException {
        Timestamp answeredAt = rs.getTimestamp("answered_at");
        String categories = rs.getString("categories");
        return new IncomingRequest(
                rs.getString("request_id"),
                rs.getString("message_id"),
                rs.getString("asker"),
                rs.getString("application_id"),
                rs.getString("hit_id"),
                rs.getString("route"),
                rs.getString("purpose"),
                rs.getString("legal_basis"),
                rs.getString("consent_state"),
                rs.getString("consent_justification"),
                categories.isBlank()
                        ? List.of()
                        : Arrays.stream(categories.split(","))
                                .map(DataCategory::fromWire)
                                .toList(),
                rs.getString("requester_officer_id"),
                rs.getTimestamp("received_at").toInstant(),
                rs.getTimestamp("answer_by").toInstant(),
                rs.getString("status"),
                rs.getString("answered_by"),
                answeredAt == null ? null : answeredAt.toInstant(),
                rs.getString("reason_code"));
    }

    /** One request as received; codes as the envelope carried them. */
    public record IncomingRequest(
            String requestId,
            String messageId,
            String asker,
            String applicationId,
            String hitId,
            String route,
            String purpose,
            String legalBasis,
            String consentState,
            String consentJustification,
            List<DataCategory> categories,
            String requesterOfficerId,
            Instant receivedAt,
            Instant answerBy,
            String status,
            String answeredBy,
            Instant answeredAt,
            String reasonCode) {

        public IncomingRequest {
            categories = List.copyOf(categories);
        }
    }
}
