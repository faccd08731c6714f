package org.crossflag.gateway.audit;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.crossflag.gateway.audit.AuditVerification.Kind;
import org.crossflag.gateway.crypto.SignatureVerifier;

/**
 * Verifies a stored audit trail and names the first bad entry. Entries are read once, in seq order, so a
 * trail of millions of entries needs no more memory than a few hashes. With {@code e} the seq expected next
 * (1, then one more than the last good entry) and {@code prev} the stored entry_hash of the last good entry
 * (32 zero bytes before seq 1), each entry is judged in this order:
 *
 * <ol>
 * <li><b>INSERTED</b>: its seq is below 1, or above the head's last seq (a row appended behind the node's back).</li>
 * <li><b>DELETED</b>: its seq is above {@code e}; seqs {@code e} up to it are missing.</li>
 * <li><b>EDITED</b>: its prev_hash is {@code prev} but recomputing its hash over its fields gives another value.</li>
 * <li>Its prev_hash is not {@code prev}: the link is broken. The entry it does link to tells what happened:
 *   <ul>
 *   <li>an entry at its own or a later position: <b>REORDERED</b> (rows were swapped or moved);</li>
 *   <li>an earlier entry {@code q} (or the genesis value, q = 0): <b>INSERTED</b> at {@code q + 1}, since the
 *       entries between {@code q} and this one are not part of the chain;</li>
 *   <li>no stored entry: the hash it links to has gone. If its own hash still checks out, its predecessor was
 *       rewritten and given a fresh hash: <b>EDITED</b> at {@code e - 1}; otherwise this entry itself was
 *       changed (its prev_hash or its seq): <b>EDITED</b> at {@code e}.</li>
 *   </ul></li>
 * </ol>
 *
 * After the last entry: fewer entries than the head's last seq is <b>DELETED</b> (the tail was cut); a head
 * hash other than the last entry's is <b>EDITED</b> at the last seq; no head row at all is <b>HEAD_MISSING</b>.
 *
 * <p>Then every checkpoint: its JSON must be canonical, its signature must verify with its certificate, and the
 * certificate must be issued by the federation root CA and valid when the checkpoint was made, or it is
 * <b>CHECKPOINT_SIGNATURE_INVALID</b>. A signed checkpoint of another node, or stored under another seq than the
 * one it signs, is <b>CHECKPOINT_MISMATCH</b>. A checkpoint beyond the last entry proves entries existed there:
 * <b>DELETED</b>. A checkpoint whose entry hash is not the stored hash at its seq is <b>CHECKPOINT_MISMATCH</b>:
 * the chain was recomputed after an edit, somewhere after the previous matching checkpoint. This is what catches
 * an attacker who rewrites every hash from an edited entry onwards. Entries after the newest checkpoint are
 * protected by the chain alone until the next checkpoint is signed.
 *
 * <p>A deletion hidden by renumbering the later entries shows as EDITED at the first renumbered entry, because
 * the seq is part of every hash; so does a forged entry that does not even link to an entry of the trail.
 */
final class AuditChainVerifier {

    private final String node;
    private final X509Certificate trustAnchor;
    private final SignatureVerifier signatures = new SignatureVerifier();

    /**
     * @param node        the member code every checkpoint must name
     * @param trustAnchor the federation root CA that must have issued every checkpoint's signing certificate
     */
    AuditChainVerifier(String node, X509Certificate trustAnchor) {
        this.node = node;
        this.trustAnchor = trustAnchor;
    }

    AuditVerification verify(AuditLedger ledger) {
        AuditLedger.Head head = ledger.head().orElse(null);
        if (head == null) {
            return AuditVerification.broken(Kind.HEAD_MISSING, 0, "the audit_head row is missing");
        }
        List<StoredCheckpoint> checkpoints = ledger.checkpoints();
        Walk walk = new Walk(head, ledger);
        checkpoints.forEach(checkpoint -> walk.hashesAtCheckpoints.put(checkpoint.seq(), null));
        ledger.forEachEntry(walk::accept);
        if (walk.problem != null) {
            return walk.problem;
        }
        byte[] headHash = head.lastHash() == null ? AuditEntryHash.GENESIS : head.lastHash();
        if (walk.lastSeq < head.lastSeq()) {
            return AuditVerification.broken(Kind.DELETED, walk.lastSeq + 1,
                    "entries " + (walk.lastSeq + 1) + " to " + head.lastSeq() + " are missing");
        }
        if (!Arrays.equals(walk.prevHash, headHash)) {
            return AuditVerification.broken(Kind.EDITED, walk.lastSeq, "the last entry's hash differs from the head's");
        }
        AuditVerification checkpointProblem = verifyCheckpoints(checkpoints, walk);
        long newest = checkpoints.isEmpty() ? 0 : checkpoints.get(checkpoints.size() - 1).seq();
        return checkpointProblem != null ? checkpointProblem : AuditVerification.ok(walk.lastSeq, checkpoints.size(), newest);
    }

    private AuditVerification verifyCheckpoints(List<StoredCheckpoint> checkpoints, Walk walk) {
        long lastMatching = 0;
        for (StoredCheckpoint checkpoint : checkpoints) {
            CheckpointStatement statement;
            try {
                statement = CheckpointStatement.parse(checkpoint.statement());
            } catch (IllegalArgumentException e) {
                return AuditVerification.broken(Kind.CHECKPOINT_SIGNATURE_INVALID, checkpoint.seq(), e.getMessage());
            }
            String signatureProblem = signatureProblem(checkpoint, statement);
            if (signatureProblem != null) {
                return AuditVerification.broken(Kind.CHECKPOINT_SIGNATURE_INVALID, checkpoint.seq(), signatureProblem);
            }
            if (statement.seq() != checkpoint.seq() || !statement.node().equals(node)) {
                return AuditVerification.broken(Kind.CHECKPOINT_MISMATCH, checkpoint.seq(),
                        "the signed checkpoint is for seq " + statement.seq() + " of " + statement.node());
            }
            if (statement.seq() > walk.lastSeq) {
                return AuditVerification.broken(Kind.DELETED, walk.lastSeq + 1,
                        "a signed checkpoint covers seq " + statement.seq() + " but the trail ends at " + walk.lastSeq);
            }
            if (!Arrays.equals(statement.entryHash(), walk.hashesAtCheckpoints.get(statement.seq()))) {
                return AuditVerification.broken(Kind.CHECKPOINT_MISMATCH, statement.seq(), "the chain was rewritten: entries "
                        + (lastMatching + 1) + " to " + statement.seq() + " no longer match the signed checkpoint");
            }
            lastMatching = statement.seq();
        }
        return null;
    }

    private String signatureProblem(StoredCheckpoint checkpoint, CheckpointStatement statement) {
        X509Certificate certificate;
        try {
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(checkpoint.signingCertificate()));
        } catch (GeneralSecurityException | RuntimeException e) {
            return "the signing certificate cannot be read";
        }
        if (!certificate.getIssuerX500Principal().equals(trustAnchor.getSubjectX500Principal())) {
            return "the signing certificate is not issued by the federation root CA";
        }
        try {
            certificate.verify(trustAnchor.getPublicKey());
        } catch (GeneralSecurityException e) {
            return "the signing certificate is not issued by the federation root CA";
        }
        try {
            certificate.checkValidity(Date.from(statement.createdAt()));
        } catch (GeneralSecurityException e) {
            return "the signing certificate was not valid when the checkpoint was made";
        }
        if (!signatures.verify(certificate, checkpoint.statement(), checkpoint.signature())) {
            return "the signature does not verify";
        }
        return null;
    }

    /** The state of one pass over the entries. */
    private static final class Walk {

        final AuditLedger.Head head;
        final AuditLedger ledger;
        final Map<Long, byte[]> hashesAtCheckpoints = new HashMap<>();
        long lastSeq;
        byte[] prevHash = AuditEntryHash.GENESIS;
        byte[] prevPrevHash;
        AuditVerification problem;

        Walk(AuditLedger.Head head, AuditLedger ledger) {
            this.head = head;
            this.ledger = ledger;
        }

        boolean accept(AuditEntry entry) {
            problem = judge(entry);
            if (problem != null) {
                return false;
            }
            prevPrevHash = prevHash;
            prevHash = entry.entryHash();
            lastSeq = entry.seq();
            if (hashesAtCheckpoints.containsKey(lastSeq)) {
                hashesAtCheckpoints.put(lastSeq, prevHash);
            }
            return true;
        }

        private AuditVerification judge(AuditEntry entry) {
            long expected = lastSeq + 1;
            if (entry.seq() < 1 || entry.seq() > head.lastSeq()) {
                return AuditVerification.broken(Kind.INSERTED, entry.seq(),
                        "seq is outside the trail's range 1 to " + head.lastSeq());
            }
            if (entry.seq() > expected) {
                return AuditVerification.broken(Kind.DELETED, expected,
                        "entries " + expected + " to " + (entry.seq() - 1) + " are missing");
            }
            if (entry.seq() < expected) {
                return AuditVerification.broken(Kind.INSERTED, entry.seq(), "seq " + entry.seq() + " appears twice");
            }
            boolean selfConsistent = Arrays.equals(AuditEntryHash.compute(entry), entry.entryHash());
            if (Arrays.equals(entry.prevHash(), prevHash)) {
                return selfConsistent ? null
                        : AuditVerification.broken(Kind.EDITED, expected, "the entry does not match its hash");
            }
            return brokenLink(entry, expected, selfConsistent);
        }

        private AuditVerification brokenLink(AuditEntry entry, long expected, boolean selfConsistent) {
            if (prevPrevHash != null && Arrays.equals(entry.prevHash(), prevPrevHash)) {
                return AuditVerification.broken(Kind.INSERTED, expected - 1, "entry " + expected + " links past it");
            }
            OptionalLong linked = Arrays.equals(entry.prevHash(), AuditEntryHash.GENESIS) ? OptionalLong.of(0)
                    : ledger.seqOf(entry.prevHash());
            if (linked.isPresent() && linked.getAsLong() >= expected) {
                return AuditVerification.broken(Kind.REORDERED, expected,
                        "the entry here links to entry " + linked.getAsLong() + " as its predecessor");
            }
            if (linked.isPresent()) {
                long first = linked.getAsLong() + 1;
                return AuditVerification.broken(Kind.INSERTED, first,
                        "entry " + expected + " links to entry " + linked.getAsLong() + ", so " + first + " to " + (expected - 1)
                                + " do not belong to the chain");
            }
            if (selfConsistent && expected > 1) {
                return AuditVerification.broken(Kind.EDITED, expected - 1,
                        "the entry was rewritten with a new hash: entry " + expected + " links to its old one");
            }
            return AuditVerification.broken(Kind.EDITED, expected, "the entry's link to its predecessor was changed");
        }
    }
}
