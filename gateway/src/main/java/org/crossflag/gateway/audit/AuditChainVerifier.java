package org.crossflag.gateway.audit;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
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
 * An entry's hash is keyed (HMAC-SHA256 under the node's chain key, see {@link AuditEntryHash}). The unkeyed
 * SHA-256 of entries written before the chain was keyed is accepted only at the start of the chain: an entry that
 * matches only its unkeyed hash after a keyed entry is <b>EDITED</b> (what an insider who rewrites rows without
 * the key must leave), and a chain whose last entry is not keyed is <b>NOT_KEYED</b> (a node that runs with its key
 * keys the chain when it starts, see {@link AuditChainer#markKeyed}).
 *
 * <p>After the last entry: fewer entries than the head's last seq is <b>DELETED</b> (the tail was cut); a head
 * hash other than the last entry's is <b>EDITED</b> at the last seq; no head row at all is <b>HEAD_MISSING</b>.
 *
 * <p>Then every checkpoint: its JSON must be canonical, its signature must verify with its certificate, and the
 * certificate must be one of this node's own signing certificates, issued by the federation root CA, valid and not
 * revoked when the checkpoint was made (see {@link CheckpointCertificates}), or it is
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
    private final AuditChainKey key;
    private final CheckpointCertificates certificates;
    private final SignatureVerifier signatures = new SignatureVerifier();

    /**
     * @param node         the member code every checkpoint must name
     * @param key          the node's chain key
     * @param certificates which certificates may have signed this node's checkpoints
     */
    AuditChainVerifier(String node, AuditChainKey key, CheckpointCertificates certificates) {
        this.node = node;
        this.key = key;
        this.certificates = certificates;
    }

    AuditVerification verify(AuditLedger ledger) {
        AuditLedger.Head head = ledger.head().orElse(null);
        if (head == null) {
            return AuditVerification.broken(Kind.HEAD_MISSING, 0, "the audit_head row is missing");
        }
        List<StoredCheckpoint> checkpoints = ledger.checkpoints();
        Walk walk = new Walk(head, ledger, key, Long.MAX_VALUE);
        checkpoints.forEach(checkpoint -> walk.hashesAtCheckpoints.put(checkpoint.seq(), null));
        ledger.forEachEntryAfter(Long.MIN_VALUE, walk::accept);
        AuditVerification chainProblem = afterWalk(walk, head);
        if (chainProblem != null) {
            return chainProblem;
        }
        AuditVerification checkpointProblem = verifyCheckpoints(checkpoints, walk);
        long newest = checkpoints.isEmpty()
                ? 0
                : checkpoints.get(checkpoints.size() - 1).seq();
        return checkpointProblem != null
                ? checkpointProblem
                : AuditVerification.ok(walk.lastSeq, checkpoints.size(), newest);
    }

    /**
     * Verifies the chain from the newest checkpoint ({@code base}, null when there is none: from the first entry)
     * up to {@code head}, as it must hold before a checkpoint of {@code head} is signed. Entries appended after
     * {@code head} was read are left for the next checkpoint.
     */
    AuditVerification verifySince(AuditLedger ledger, AuditLedger.Head head, StoredCheckpoint base) {
        Walk walk = new Walk(head, ledger, key, head.lastSeq());
        byte[] signedHash = null;
        if (base != null) {
            CheckpointStatement statement;
            try {
                statement = CheckpointStatement.parse(base.statement());
            } catch (IllegalArgumentException e) {
                return AuditVerification.broken(Kind.CHECKPOINT_SIGNATURE_INVALID, base.seq(), e.getMessage());
            }
            String signatureProblem = signatureProblem(base, statement);
            if (signatureProblem != null) {
                return AuditVerification.broken(Kind.CHECKPOINT_SIGNATURE_INVALID, base.seq(), signatureProblem);
            }
            if (statement.seq() != base.seq() || !statement.node().equals(node)) {
                return AuditVerification.broken(
                        Kind.CHECKPOINT_MISMATCH,
                        base.seq(),
                        "the signed checkpoint is for seq " + statement.seq() + " of " + statement.node());
            }
            AuditEntry[] first = new AuditEntry[1];
            ledger.forEachEntryAfter(base.seq() - 1, entry -> {
                first[0] = entry;
                return false;
            });
            if (first[0] == null || first[0].seq() != base.seq()) {
                return AuditVerification.broken(
                        Kind.DELETED, base.seq(), "the entry of the newest checkpoint is missing");
            }
            // The checkpoint vouches for this entry's hash, and through it for its link to the one before.
            walk.lastSeq = base.seq() - 1;
            walk.prevHash = first[0].prevHash();
            signedHash = statement.entryHash();
            walk.hashesAtCheckpoints.put(base.seq(), null);
        }
        ledger.forEachEntryAfter(walk.lastSeq, walk::accept);
        if (signedHash != null
                && walk.problem == null
                && walk.lastSeq >= base.seq()
                && !Arrays.equals(signedHash, walk.hashesAtCheckpoints.get(base.seq()))) {
            return AuditVerification.broken(
                    Kind.CHECKPOINT_MISMATCH,
                    base.seq(),
                    "the chain was rewritten: entry " + base.seq() + " no longer matches the signed checkpoint");
        }
        AuditVerification problem = afterWalk(walk, head);
        return problem != null
                ? problem
                : AuditVerification.ok(walk.lastSeq, base == null ? 0 : 1, base == null ? 0 : base.seq());
    }

    private static AuditVerification afterWalk(Walk walk, AuditLedger.Head head) {
        if (walk.problem != null) {
            return walk.problem;
        }
        byte[] headHash = head.lastHash() == null ? AuditEntryHash.GENESIS : head.lastHash();
        if (walk.lastSeq < head.lastSeq()) {
            return AuditVerification.broken(
                    Kind.DELETED,
                    walk.lastSeq + 1,
                    "entries " + (walk.lastSeq + 1) + " to " + head.lastSeq() + " are missing");
        }
        if (!Arrays.equals(walk.prevHash, headHash)) {
            return AuditVerification.broken(Kind.EDITED, walk.lastSeq, "the last entry's hash differs from the head's");
        }
        if (walk.visited > 0 && !walk.lastKeyed) {
            return AuditVerification.broken(
                    Kind.NOT_KEYED,
                    walk.firstUnkeyed,
                    "entries " + walk.firstUnkeyed + " to " + walk.lastSeq
                            + " carry no keyed hash: start the node with crossflag.audit.chain-key, which keys the chain");
        }
        return null;
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
                return AuditVerification.broken(
                        Kind.CHECKPOINT_MISMATCH,
                        checkpoint.seq(),
                        "the signed checkpoint is for seq " + statement.seq() + " of " + statement.node());
            }
            if (statement.seq() > walk.lastSeq) {
                return AuditVerification.broken(
                        Kind.DELETED,
                        walk.lastSeq + 1,
                        "a signed checkpoint covers seq " + statement.seq() + " but the trail ends at " + walk.lastSeq);
            }
            if (!Arrays.equals(statement.entryHash(), walk.hashesAtCheckpoints.get(statement.seq()))) {
                return AuditVerification.broken(
                        Kind.CHECKPOINT_MISMATCH,
                        statement.seq(),
                        "the chain was rewritten: entries " + (lastMatching + 1) + " to " + statement.seq()
                                + " no longer match the signed checkpoint");
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
        String certificateProblem = certificates.problem(certificate, statement.createdAt());
        if (certificateProblem != null) {
            return certificateProblem;
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
        final AuditChainKey key;
        // Entries above this seq are not visited (appended after the head was read).
        final long bound;
        final Map<Long, byte[]> hashesAtCheckpoints = new HashMap<>();
        long lastSeq;
        byte[] prevHash = AuditEntryHash.GENESIS;
        byte[] prevPrevHash;
        long visited;
        boolean keyedSeen;
        boolean lastKeyed;
        long firstUnkeyed;
        AuditVerification problem;

        Walk(AuditLedger.Head head, AuditLedger ledger, AuditChainKey key, long bound) {
            this.head = head;
            this.ledger = ledger;
            this.key = key;
            this.bound = bound;
        }

        boolean accept(AuditEntry entry) {
            if (entry.seq() > bound) {
                return false;
            }
            boolean keyed = Arrays.equals(AuditEntryHash.keyed(entry, key), entry.entryHash());
            problem = judge(entry, keyed);
            if (problem != null) {
                return false;
            }
            visited++;
            if (!keyed && (lastKeyed || visited == 1)) {
                firstUnkeyed = entry.seq();
            }
            keyedSeen |= keyed;
            lastKeyed = keyed;
            prevPrevHash = prevHash;
            prevHash = entry.entryHash();
            lastSeq = entry.seq();
            if (hashesAtCheckpoints.containsKey(lastSeq)) {
                hashesAtCheckpoints.put(lastSeq, prevHash);
            }
            return true;
        }

        private AuditVerification judge(AuditEntry entry, boolean keyed) {
            long expected = lastSeq + 1;
            if (entry.seq() < 1 || entry.seq() > head.lastSeq()) {
                return AuditVerification.broken(
                        Kind.INSERTED, entry.seq(), "seq is outside the trail's range 1 to " + head.lastSeq());
            }
            if (entry.seq() > expected) {
                return AuditVerification.broken(
                        Kind.DELETED, expected, "entries " + expected + " to " + (entry.seq() - 1) + " are missing");
            }
            if (entry.seq() < expected) {
                return AuditVerification.broken(Kind.INSERTED, entry.seq(), "seq " + entry.seq() + " appears twice");
            }
            // An unkeyed hash counts only before the first keyed entry: after it, anyone could have made it.
            boolean unkeyed = !keyed && Arrays.equals(AuditEntryHash.compute(entry), entry.entryHash());
            boolean selfConsistent = keyed || unkeyed && !keyedSeen;
            if (Arrays.equals(entry.prevHash(), prevHash)) {
                if (unkeyed && keyedSeen) {
                    return AuditVerification.broken(
                            Kind.EDITED,
                            expected,
                            "the entry carries an unkeyed hash after the chain was keyed: rewritten without the key");
                }
                return selfConsistent
                        ? null
                        : AuditVerification.broken(Kind.EDITED, expected, "the entry does not match its hash");
            }
            return brokenLink(entry, expected, selfConsistent);
        }

        private AuditVerification brokenLink(AuditEntry entry, long expected, boolean selfConsistent) {
            if (prevPrevHash != null && Arrays.equals(entry.prevHash(), prevPrevHash)) {
                return AuditVerification.broken(Kind.INSERTED, expected - 1, "entry " + expected + " links past it");
            }
            OptionalLong linked = Arrays.equals(entry.prevHash(), AuditEntryHash.GENESIS)
                    ? OptionalLong.of(0)
                    : ledger.seqOf(entry.prevHash());
            if (linked.isPresent() && linked.getAsLong() >= expected) {
                return AuditVerification.broken(
                        Kind.REORDERED,
                        expected,
                        "the entry here links to entry " + linked.getAsLong() + " as its predecessor");
            }
            if (linked.isPresent()) {
                long first = linked.getAsLong() + 1;
                return AuditVerification.broken(
                        Kind.INSERTED,
                        first,
                        "entry " + expected + " links to entry " + linked.getAsLong() + ", so " + first + " to "
                                + (expected - 1) + " do not belong to the chain");
            }
            if (selfConsistent && expected > 1) {
                return AuditVerification.broken(
                        Kind.EDITED,
                        expected - 1,
                        "the entry was rewritten with a new hash: entry " + expected + " links to its old one");
            }
            return AuditVerification.broken(Kind.EDITED, expected, "the entry's link to its predecessor was changed");
        }
    }
}
