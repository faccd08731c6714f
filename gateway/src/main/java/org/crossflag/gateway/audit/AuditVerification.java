package org.crossflag.gateway.audit;

/**
 * The outcome of verifying an audit trail: OK with counts, or the first problem found. The text names seqs,
 * kinds and counts only, never an entry's content.
 */
record AuditVerification(long entries, int checkpoints, long newestCheckpointSeq, Problem problem) {

    /** How the trail was found to be broken; see {@link AuditChainVerifier} for how each is detected. */
    enum Kind {
        EDITED,
        DELETED,
        INSERTED,
        REORDERED,
        HEAD_MISSING,
        CHECKPOINT_MISMATCH,
        CHECKPOINT_SIGNATURE_INVALID,
        NOT_KEYED
    }

    record Problem(Kind kind, long seq, String detail) {}

    static AuditVerification ok(long entries, int checkpoints, long newestCheckpointSeq) {
        return new AuditVerification(entries, checkpoints, newestCheckpointSeq, null);
    }

    static AuditVerification broken(Kind kind, long seq, String detail) {
        return new AuditVerification(-1, -1, -1, new Problem(kind, seq, detail));
    }

    boolean ok() {
        return problem == null;
    }

    String summary() {
        if (ok()) {
            // Entries after the newest checkpoint rest on the chain alone, so the auditor is told where it is.
            return "OK: " + entries + " entries, " + checkpoints + " signed checkpoints verified"
                    + (checkpoints == 0 ? "" : ", the newest at seq " + newestCheckpointSeq);
        }
        return "BROKEN at seq " + problem.seq() + ": " + problem.kind() + " (" + problem.detail() + ")";
    }
}
