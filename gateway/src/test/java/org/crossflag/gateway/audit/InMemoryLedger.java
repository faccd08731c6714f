package org.crossflag.gateway.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;

/** Audit rows held in memory, read back in seq order as the database would return them. */
final class InMemoryLedger implements AuditLedger {

    final List<AuditEntry> entries = new ArrayList<>();
    final List<StoredCheckpoint> checkpoints = new ArrayList<>();
    Head head = new Head(0, null);

    @Override
    public Optional<Head> head() {
        return Optional.ofNullable(head);
    }

    @Override
    public void forEachEntryAfter(long afterSeq, Predicate<AuditEntry> visitor) {
        for (AuditEntry entry : sortedEntries()) {
            if (entry.seq() > afterSeq && !visitor.test(entry)) {
                return;
            }
        }
    }

    @Override
    public OptionalLong seqOf(byte[] entryHash) {
        return sortedEntries().stream()
                .filter(entry -> Arrays.equals(entry.entryHash(), entryHash))
                .mapToLong(AuditEntry::seq)
                .findFirst();
    }

    @Override
    public List<StoredCheckpoint> checkpoints() {
        return checkpoints.stream()
                .sorted(Comparator.comparingLong(StoredCheckpoint::seq))
                .toList();
    }

    /** The entry at this seq (1-based position in seq order). */
    AuditEntry at(long seq) {
        return entries.stream().filter(entry -> entry.seq() == seq).findFirst().orElseThrow();
    }

    void replace(AuditEntry entry) {
        entries.removeIf(existing -> existing.seq() == entry.seq());
        entries.add(entry);
    }

    private List<AuditEntry> sortedEntries() {
        return entries.stream()
                .sorted(Comparator.comparingLong(AuditEntry::seq))
                .toList();
    }
}
