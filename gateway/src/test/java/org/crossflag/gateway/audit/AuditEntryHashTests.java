package org.crossflag.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** The canonical encoding is exactly the documented one, so an auditor can recompute any hash with other tools. */
class AuditEntryHashTests {

    static final Instant AT = Instant.parse("2026-11-22T09:30:00.1234567Z");

    static AuditEntry entry(String outcome, String reason) {
        return new AuditEntry(
                42,
                Instant.parse("2026-11-22T09:30:00.123456Z"),
                "GB-ESX",
                "MESSAGE_SENT",
                "1b4e28ba-2fa1-41d2-883f-0016d3cca427",
                null,
                "GB-KNT",
                "ESX-1234",
                "DVDS_OFFICER",
                "DVDS_RIGHT_TO_ASK",
                outcome,
                reason,
                new byte[32],
                null);
    }

    @Test
    void encodingIsTheDocumentedLengthPrefixedSequence() throws Exception {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(expected);
        for (String text : new String[] {
            "crossflag-audit-entry-v1",
            "42",
            "2026-11-22T09:30:00.123456Z",
            "GB-ESX",
            "MESSAGE_SENT",
            "1b4e28ba-2fa1-41d2-883f-0016d3cca427",
            null,
            "GB-KNT",
            "ESX-1234",
            "DVDS_OFFICER",
            "DVDS_RIGHT_TO_ASK",
            "SENT",
            null
        }) {
            writeField(out, text == null ? null : text.getBytes(StandardCharsets.UTF_8));
        }
        writeField(out, new byte[32]);

        AuditEntry entry = entry("SENT", null);
        assertThat(AuditEntryHash.encode(entry)).isEqualTo(expected.toByteArray());
        assertThat(AuditEntryHash.compute(entry))
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(expected.toByteArray()));
    }

    @Test
    void nullIsEncodedAsMinusOneAndDiffersFromEmpty() {
        byte[] withNull = AuditEntryHash.encode(entry("SENT", null));
        byte[] withEmpty = AuditEntryHash.encode(entry("SENT", ""));

        assertThat(HexFormat.of().formatHex(withNull)).contains("ffffffff");
        assertThat(AuditEntryHash.sha256(withNull)).isNotEqualTo(AuditEntryHash.sha256(withEmpty));
    }

    @Test
    void movingCharactersBetweenFieldsChangesTheHash() {
        assertThat(AuditEntryHash.compute(entry("SENT_A", "B")))
                .isNotEqualTo(AuditEntryHash.compute(entry("SENT", "A_B")));
    }

    @Test
    void timeIsUtcWithSixFractionDigitsAndEntriesKeepMicroseconds() {
        assertThat(AuditEntryHash.formatTime(Instant.parse("2026-11-22T09:30:00Z")))
                .isEqualTo("2026-11-22T09:30:00.000000Z");
        AuditEntry created = AuditEntry.createUnkeyed(
                1, AT, "GB-ESX", AuditEvent.of(AuditAction.MESSAGE_SENT, "SENT"), AuditEntryHash.GENESIS);
        assertThat(created.recordedAt()).isEqualTo(Instant.parse("2026-11-22T09:30:00.123456Z"));
    }

    @Test
    void firstEntryLinksToThirtyTwoZeroBytes() {
        AuditEntry first = AuditEntry.createUnkeyed(1, AT, "GB-ESX", AuditSamples.event(1), AuditEntryHash.GENESIS);
        assertThat(first.prevHash()).isEqualTo(new byte[32]);
    }

    @Test
    void createdEntryCarriesTheHashOfItsFields() {
        AuditEntry created = AuditEntry.createUnkeyed(1, AT, "GB-ESX", AuditSamples.event(4), AuditEntryHash.GENESIS);

        assertThat(created.entryHash()).hasSize(32).isEqualTo(AuditEntryHash.compute(created));
        assertThat(created.action()).isEqualTo(AuditSamples.event(4).action().name());
    }

    @Test
    void checkpointStatementIsCanonicalJsonAndParsesBack() {
        byte[] hash = new byte[32];
        hash[31] = 1;
        CheckpointStatement statement =
                new CheckpointStatement("GB-ESX", 1000, hash, Instant.parse("2026-11-22T10:00:00Z"));

        String json = new String(statement.toJson(), StandardCharsets.US_ASCII);
        assertThat(json)
                .isEqualTo("{\"createdAt\":\"2026-11-22T10:00:00.000000Z\",\"entryHash\":\"" + "0".repeat(62)
                        + "01\",\"node\":\"GB-ESX\",\"seq\":1000,\"type\":\"crossflag-audit-checkpoint\"}");
        CheckpointStatement parsed = CheckpointStatement.parse(statement.toJson());
        assertThat(parsed.seq()).isEqualTo(1000);
        assertThat(parsed.entryHash()).isEqualTo(hash);
        assertThat(parsed.createdAt()).isEqualTo(statement.createdAt());
    }

    @Test
    void checkpointStatementInAnyOtherFormIsRefused() {
        String canonical =
                new String(new CheckpointStatement("GB-ESX", 7, new byte[32], AT).toJson(), StandardCharsets.US_ASCII);

        for (String variant : new String[] {
            canonical.replace(",", ", "),
            canonical.replace("\"seq\":7", "\"seq\":07"),
            canonical.replace("crossflag-audit-checkpoint", "other"),
            canonical + "\n"
        }) {
            assertThatThrownBy(() -> CheckpointStatement.parse(variant.getBytes(StandardCharsets.US_ASCII)))
                    .as(variant)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static void writeField(DataOutputStream out, byte[] value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
        } else {
            out.writeInt(value.length);
            out.write(value);
        }
    }
}
