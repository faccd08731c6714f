package org.crossflag.gateway.audit;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;

/** The stored audit trail as the verifier reads it: from the database, or from rows in memory in tests. */
interface AuditLedger {

    /** The head row (last seq and its hash), or empty when the row has gone. */
    Optional<Head> head();

    /** Visits the entries in ascending seq order until the visitor returns false. */
    default void forEachEntry(Predicate<AuditEntry> visitor) {
        forEachEntryAfter(Long.MIN_VALUE, visitor);
    }

    /** Visits the entries with a seq above {@code afterSeq}, in ascending seq order, until the visitor returns false. */
    void forEachEntryAfter(long afterSeq, Predicate<AuditEntry> visitor);

    /** The seq of the entry whose stored entry_hash is this, if any. Only asked once a link has broken. */
    OptionalLong seqOf(byte[] entryHash);

    /** Every checkpoint, in ascending seq order. */
    List<StoredCheckpoint> checkpoints();

    /** The last seq and its hash; the hash is null while the trail is empty. */
    record Head(long lastSeq, byte[] lastHash) {}
}
