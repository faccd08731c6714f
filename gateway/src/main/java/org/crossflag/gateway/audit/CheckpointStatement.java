package org.crossflag.gateway.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a checkpoint signs: "entry {@code seq} of {@code node}'s audit trail has hash {@code entryHash}". The
 * signed bytes are canonical JSON (RFC 8785 form: keys sorted, no whitespace, ASCII only), for example
 *
 * <pre>{"createdAt":"2026-11-22T10:00:00.000000Z","entryHash":"&lt;64 hex&gt;","node":"GB-ESX","seq":1000,"type":"crossflag-audit-checkpoint"}</pre>
 *
 * The type member keeps a checkpoint from ever being read as a federation message signed with the same key.
 */
record CheckpointStatement(String node, long seq, byte[] entryHash, Instant createdAt) {

    static final String TYPE = "crossflag-audit-checkpoint";

    // Only the canonical form is accepted, so one statement has exactly one byte encoding.
    private static final Pattern CANONICAL =
            Pattern.compile("\\{\"createdAt\":\"([0-9T:.\\-]{26}Z)\",\"entryHash\":\"([0-9a-f]{64})\"," + "\"node\":\"("
                    + AuditEvent.MEMBER_CODE.pattern() + ")\",\"seq\":([1-9][0-9]{0,17}),\"type\":\"" + TYPE + "\"}");

    CheckpointStatement {
        if (!AuditEvent.MEMBER_CODE.matcher(node).matches() || seq < 1 || entryHash.length != AuditEntryHash.LENGTH) {
            throw new IllegalArgumentException("not a valid checkpoint statement");
        }
    }

    byte[] toJson() {
        return ("{\"createdAt\":\"" + AuditEntryHash.formatTime(createdAt) + "\",\"entryHash\":\""
                        + HexFormat.of().formatHex(entryHash) + "\",\"node\":\"" + node + "\",\"seq\":" + seq
                        + ",\"type\":\"" + TYPE + "\"}")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Parses signed bytes; anything but the canonical form of a statement is refused. */
    static CheckpointStatement parse(byte[] json) {
        Matcher matcher = CANONICAL.matcher(new String(json, StandardCharsets.US_ASCII));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("checkpoint is not canonical checkpoint JSON");
        }
        try {
            CheckpointStatement statement = new CheckpointStatement(
                    matcher.group(3),
                    Long.parseLong(matcher.group(4)),
                    HexFormat.of().parseHex(matcher.group(2)),
                    Instant.parse(matcher.group(1)));
            if (!java.util.Arrays.equals(statement.toJson(), json)) {
                throw new IllegalArgumentException("checkpoint is not canonical checkpoint JSON");
            }
            return statement;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("checkpoint time is not an instant", e);
        }
    }
}
