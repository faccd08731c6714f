package org.crossflag.gateway.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One stored row of the audit trail, exactly as read from the database. The action is kept as a string: a
 * tampered row may hold a name that is no {@link AuditAction}, and the verifier must still be able to hash it.
 */
record AuditEntry(
        long seq,
        Instant recordedAt,
        String node,
        String action,
        String messageId,
        String correlationId,
        String counterpart,
        String actorOfficerId,
        String actorRole,
        String purpose,
        String outcome,
        String reasonCode,
        byte[] prevHash,
        byte[] entryHash) {

    /**
     * The entry that follows {@code prevHash}, with its keyed hash computed. Time is kept to the microsecond, as
     * both databases store it.
     */
    static AuditEntry create(
            long seq, Instant recordedAt, String node, AuditEvent event, byte[] prevHash, AuditChainKey key) {
        AuditEntry unhashed = unhashed(seq, recordedAt, node, event, prevHash);
        return unhashed.withEntryHash(AuditEntryHash.keyed(unhashed, key));
    }

    /** An entry as written before the chain was keyed (version 1); kept for tests of chains that predate the key. */
    static AuditEntry createUnkeyed(long seq, Instant recordedAt, String node, AuditEvent event, byte[] prevHash) {
        AuditEntry unhashed = unhashed(seq, recordedAt, node, event, prevHash);
        return unhashed.withEntryHash(AuditEntryHash.compute(unhashed));
    }

    private static AuditEntry unhashed(long seq, Instant recordedAt, String node, AuditEvent event, byte[] prevHash) {
        return new AuditEntry(
                seq,
                recordedAt.truncatedTo(ChronoUnit.MICROS),
                node,
                event.action().name(),
                event.messageId(),
                event.correlationId(),
                event.counterpart(),
                event.actorOfficerId(),
                event.actorRole(),
                event.purpose(),
                event.outcome(),
                event.reasonCode(),
                prevHash,
                null);
    }

    AuditEntry withEntryHash(byte[] hash) {
        return new AuditEntry(
                seq,
                recordedAt,
                node,
                action,
                messageId,
                correlationId,
                counterpart,
                actorOfficerId,
                actorRole,
                purpose,
                outcome,
                reasonCode,
                prevHash,
                hash);
    }
}
