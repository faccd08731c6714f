package org.crossflag.gateway.audit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The canonical encoding of an audit entry and its hash. Entries are keyed (version 2): an auditor who holds
 * the node's chain key (crossflag.audit.chain-key) recomputes them with any HMAC-SHA256 tool.
 *
 * <pre>
 * entry_hash = HMAC-SHA256( chain key, F("crossflag-audit-entry-v2") || F(seq) || ... as below ... || F(prev_hash) )
 * </pre>
 *
 * Entries written before the chain was keyed (version 1) are plain SHA-256 over the same fields, and are still
 * accepted, but only as the start of the chain: see {@link AuditChainVerifier}.
 *
 * <pre>
 * entry_hash = SHA-256( F("crossflag-audit-entry-v1") || F(seq) || F(recorded_at) || F(node) || F(action)
 *                     || F(message_id) || F(correlation_id) || F(counterpart) || F(actor_officer_id)
 *                     || F(actor_role) || F(purpose) || F(outcome) || F(reason_code) || F(prev_hash) )
 *
 * F(value) = 4-byte big-endian length, then the bytes       (text as UTF-8)
 * F(null)  = FF FF FF FF, and no bytes                      (so null and "" differ)
 * seq         as decimal ASCII digits, e.g. "42"
 * recorded_at as UTC "yyyy-MM-ddTHH:mm:ss.ffffffZ", always six fraction digits
 * prev_hash   the 32 raw bytes of the previous entry's entry_hash; 32 zero bytes before seq 1
 * </pre>
 *
 * Length prefixes make the encoding unambiguous: no two different entries encode to the same bytes.
 */
final class AuditEntryHash {

    static final int LENGTH = 32;
    /** The prev_hash of the first entry. */
    static final byte[] GENESIS = new byte[LENGTH];

    private static final byte[] UNKEYED = "crossflag-audit-entry-v1".getBytes(StandardCharsets.UTF_8);
    private static final byte[] KEYED = "crossflag-audit-entry-v2".getBytes(StandardCharsets.UTF_8);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AuditEntryHash() {}

    /** The unkeyed hash of version 1, that anyone can recompute: accepted only for entries from before the key. */
    static byte[] compute(AuditEntry entry) {
        return sha256(encode(entry));
    }

    /** The keyed hash of version 2. */
    static byte[] keyed(AuditEntry entry, AuditChainKey key) {
        return key.mac(encode(entry, KEYED));
    }

    static byte[] encode(AuditEntry entry) {
        return encode(entry, UNKEYED);
    }

    private static byte[] encode(AuditEntry entry, byte[] domain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        field(out, domain);
        field(out, Long.toString(entry.seq()));
        field(out, formatTime(entry.recordedAt()));
        field(out, entry.node());
        field(out, entry.action());
        field(out, entry.messageId());
        field(out, entry.correlationId());
        field(out, entry.counterpart());
        field(out, entry.actorOfficerId());
        field(out, entry.actorRole());
        field(out, entry.purpose());
        field(out, entry.outcome());
        field(out, entry.reasonCode());
        field(out, entry.prevHash());
        return out.toByteArray();
    }

    static String formatTime(Instant instant) {
        return TIME.format(instant);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void field(ByteArrayOutputStream out, String value) {
        field(out, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void field(ByteArrayOutputStream out, byte[] value) {
        out.writeBytes(
                ByteBuffer.allocate(4).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            out.writeBytes(value);
        }
    }
}
