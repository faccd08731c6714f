package org.crossflag.gateway.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;

/**
 * The audit tables as the verifier reads them. Run it inside one repeatable-read transaction, so a node that
 * keeps appending (PostgreSQL, shared by instances) cannot make the head and the entries disagree.
 */
final class JdbcAuditLedger implements AuditLedger {

    private static final int PAGE = 1_000;

    private final AuditRepository repository;
    private final List<StoredCheckpoint> exported;

    /** @param exported checkpoints kept outside the database (exported earlier), checked as well as the stored ones */
    JdbcAuditLedger(AuditRepository repository, List<StoredCheckpoint> exported) {
        this.repository = repository;
        this.exported = exported;
    }

    @Override
    public Optional<Head> head() {
        return repository.head();
    }

    @Override
    public void forEachEntryAfter(long afterSeq, Predicate<AuditEntry> visitor) {
        long after = afterSeq;
        while (true) {
            List<AuditEntry> page = repository.entriesAfter(after, PAGE);
            for (AuditEntry entry : page) {
                if (!visitor.test(entry)) {
                    return;
                }
            }
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).seq();
        }
    }

    @Override
    public OptionalLong seqOf(byte[] entryHash) {
        List<Long> seqs = repository.seqsWithHash(entryHash);
        return seqs.isEmpty() ? OptionalLong.empty() : OptionalLong.of(seqs.get(0));
    }

    @Override
    public List<StoredCheckpoint> checkpoints() {
        List<StoredCheckpoint> all = new ArrayList<>(repository.checkpoints());
        all.addAll(exported);
        all.sort(Comparator.comparingLong(StoredCheckpoint::seq));
        return all;
    }
}
