package org.crossflag.it;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an insider with database access alone can do to the audit trail: change an entry, then recompute every
 * hash from it to the head with the published unkeyed SHA-256 encoding (crossflag-audit-entry-v1), and move the
 * head. Against an unkeyed chain this leaves no trace until a signed checkpoint is compared.
 */
final class UnkeyedAuditRehash {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'");
    private static final String[] TEXT_COLUMNS = {
        "node",
        "action",
        "message_id",
        "correlation_id",
        "counterpart",
        "actor_officer_id",
        "actor_role",
        "purpose",
        "outcome",
        "reason_code"
    };

    private UnkeyedAuditRehash() {}

    /** Sets the outcome of entry {@code seq} and rewrites the hashes from it to the head, as one transaction would. */
    static void editOutcome(JdbcTemplate jdbc, long seq, String outcome) throws Exception {
        jdbc.update("update audit_entry set outcome = ? where seq = ?", outcome, seq);
        List<Map<String, Object>> rows =
                jdbc.queryForList("select * from audit_entry where seq >= ? order by seq", seq);
        byte[] prev = (byte[]) rows.get(0).get("prev_hash");
        long last = seq;
        for (Map<String, Object> row : rows) {
            byte[] hash = sha256(encode(row, prev));
            last = ((Number) row.get("seq")).longValue();
            jdbc.update("update audit_entry set prev_hash = ?, entry_hash = ? where seq = ?", prev, hash, last);
            prev = hash;
        }
        jdbc.update("update audit_head set last_hash = ? where id = 1 and last_seq = ?", prev, last);
    }

    private static byte[] encode(Map<String, Object> row, byte[] prev) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        field(out, "crossflag-audit-entry-v1".getBytes(StandardCharsets.UTF_8));
        field(out, text(String.valueOf(((Number) row.get("seq")).longValue())));
        field(out, text(TIME.format(recordedAt(row.get("recorded_at")))));
        for (String column : TEXT_COLUMNS) {
            field(out, text((String) row.get(column)));
        }
        field(out, prev);
        return out.toByteArray();
    }

    private static LocalDateTime recordedAt(Object value) {
        return value instanceof java.sql.Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
    }

    private static byte[] text(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    private static void field(ByteArrayOutputStream out, byte[] value) {
        out.writeBytes(
                ByteBuffer.allocate(4).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            out.writeBytes(value);
        }
    }

    private static byte[] sha256(byte[] bytes) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }
}
