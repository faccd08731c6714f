package org.crossflag.gateway.audit;

import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.crossflag.gateway.crypto.MessageSigner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs checkpoints of the audit trail: every {@code interval} on the node's clock when entries were appended
 * since the newest checkpoint, and at shutdown. Before signing, it verifies the chain from the newest checkpoint
 * to the head, and refuses to sign one that does not verify: the refusal is logged (seq and kind only), recorded
 * in the trail, counted, and shown on health. A seq is checkpointed at most once, even by two instances sharing a
 * database (the seq is the checkpoint table's primary key).
 */
final class AuditCheckpointer {

    private static final Logger LOG = LoggerFactory.getLogger(AuditCheckpointer.class);

    private final String node;
    private final AuditRepository repository;
    private final TransactionTemplate transactions;
    private final MessageSigner signer;
    private final Clock clock;
    private final Duration interval;
    private final AuditChainVerifier verifier;
    private final AuditChainStatus status;
    private volatile Instant nextDue;

    /**
     * @param transactions with propagation REQUIRES_NEW: checkpoints run after the entries' transactions committed
     * @param interval     how often a checkpoint is signed while entries keep being appended
     */
    AuditCheckpointer(
            String node,
            AuditRepository repository,
            TransactionTemplate transactions,
            MessageSigner signer,
            Clock clock,
            Duration interval,
            AuditChainVerifier verifier,
            AuditChainStatus status) {
        this.node = node;
        this.repository = repository;
        this.transactions = transactions;
        this.signer = signer;
        this.clock = clock;
        this.interval = interval;
        this.verifier = verifier;
        this.status = status;
        this.nextDue = clock.instant().plus(interval);
    }

    /** Run by the timer every second: checkpoints once the interval has passed on the node's clock. */
    void checkpointIfDue() {
        Instant now = clock.instant();
        if (now.isBefore(nextDue)) {
            return;
        }
        nextDue = now.plus(interval);
        checkpointQuietly("interval");
    }

    /** Checkpoints now if anything was appended since the newest checkpoint. Never throws. */
    void checkpointQuietly(String occasion) {
        try {
            checkpoint();
        } catch (RuntimeException e) {
            LOG.warn(
                    "audit checkpoint ({}) failed, the timer will retry: {}",
                    occasion,
                    e.getClass().getSimpleName());
        }
    }

    /**
     * Signs a checkpoint of the committed head when entries were appended since the newest checkpoint and the chain
     * since then verifies. Returns the seq checkpointed, or 0 (nothing new, refused, or signed by another instance).
     */
    synchronized long checkpoint() {
        Outcome outcome = transactions.execute(tx -> {
            AuditLedger.Head head =
                    repository.head().orElseThrow(() -> new IllegalStateException("the audit_head row is missing"));
            StoredCheckpoint newest = repository.lastCheckpoint().orElse(null);
            if (head.lastSeq() <= (newest == null ? 0 : newest.seq())) {
                return new Outcome(0, null);
            }
            AuditVerification verification =
                    verifier.verifySince(new JdbcAuditLedger(repository, List.of()), head, newest);
            if (!verification.ok()) {
                repository.journal(
                        AuditEvent.of(AuditAction.AUDIT_CHECKPOINT_REFUSED, "REFUSED")
                                .withReason(verification.problem().kind().name()),
                        clock.instant());
                return new Outcome(0, verification.problem());
            }
            byte[] json = new CheckpointStatement(node, head.lastSeq(), head.lastHash(), clock.instant()).toJson();
            boolean inserted = repository.insertCheckpoint(
                    new StoredCheckpoint(head.lastSeq(), json, signer.sign(json), certificateDer()));
            return new Outcome(inserted ? head.lastSeq() : 0, null);
        });
        if (outcome == null) {
            return 0;
        }
        if (outcome.refused() != null) {
            status.refused(outcome.refused());
            LOG.error(
                    "audit checkpoint refused: the chain is BROKEN at seq {}: {}",
                    outcome.refused().seq(),
                    outcome.refused().kind());
            return 0;
        }
        if (outcome.seq() > 0) {
            status.signed(outcome.seq());
            LOG.info("audit checkpoint signed at seq {}", outcome.seq());
        }
        return outcome.seq();
    }

    private record Outcome(long seq, AuditVerification.Problem refused) {}

    private byte[] certificateDer() {
        try {
            return signer.certificate().getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("signing certificate cannot be encoded", e);
        }
    }
}
