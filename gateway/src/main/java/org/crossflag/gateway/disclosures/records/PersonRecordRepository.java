package org.crossflag.gateway.disclosures.records;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.crossflag.adapter.LocalPersonRecord;
import org.crossflag.adapter.RecordKind;
import org.springframework.jdbc.core.JdbcTemplate;

/** The person records this force holds: convictions, cautions, out-of-court disposals, orders and markers. */
public final class PersonRecordRepository {

    private final JdbcTemplate jdbc;

    public PersonRecordRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> find(String adapterId, String reference) {
        return jdbc
                .queryForList(
                        "select record_id from person_record where adapter_id = ? and local_reference = ?",
                        String.class,
                        adapterId,
                        reference)
                .stream()
                .findFirst();
    }

    public String insert(String adapterId, LocalPersonRecord record, String personId, Instant now) {
        String id = UUID.randomUUID().toString();
        jdbc.update(
                """
                insert into person_record (record_id, person_id, adapter_id, local_reference, kind, record_date,
                    ends_on, summary, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id,
                personId,
                adapterId,
                record.reference(),
                record.kind().wire(),
                Date.valueOf(record.date()),
                record.endsOn() == null ? null : Date.valueOf(record.endsOn()),
                record.summary(),
                Timestamp.from(now));
        return id;
    }

    /** The records of one person, newest first. */
    public List<StoredPersonRecord> recordsOf(String personId) {
        return jdbc.query(
                "select * from person_record where person_id = ? order by record_date desc, record_id",
                PersonRecordRepository::record,
                personId);
    }

    private static StoredPersonRecord record(ResultSet rs, int row) throws SQLException {
        Date endsOn = rs.getDate("ends_on");
        return new StoredPersonRecord(
                rs.getString("record_id"),
                rs.getString("person_id"),
                rs.getString("local_reference"),
                RecordKind.fromWire(rs.getString("kind")),
                rs.getDate("record_date").toLocalDate(),
                endsOn == null ? null : endsOn.toLocalDate(),
                rs.getString("summary"));
    }

    /** A stored person record. Personal data (the summary): never logged. */
    public record StoredPersonRecord(
            String recordId,
            String personId,
            String reference,
            RecordKind kind,
            java.time.LocalDate date,
            java.time.LocalDate endsOn,
            String summary) {

        @Override
        public String toString() {
            return "StoredPersonRecord[" + recordId + ", " + kind + "]";
        }
    }
}
