package org.crossflag.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossflag.gateway.audit.AuditSamples.relinked;
import static org.crossflag.gateway.audit.AuditSamples.withOutcome;
import static org.crossflag.gateway.audit.AuditSamples.withSeq;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.crossflag.gateway.NodeFixture;
import org.crossflag.gateway.audit.AuditVerification.Kind;
import org.crossflag.gateway.crypto.CertificateFiles;
import org.crossflag.gateway.crypto.MessageSigner;
import org.crossflag.pki.Credential;
import org.crossflag.pki.FederationPki;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verifier on rows in memory: each kind of tampering is named, at the first bad seq. */
class AuditChainVerifierTests {

    static final int COUNT = 20;

    @TempDir
    static Path dir;

    static NodeFixture fixture;
    static MessageSigner signer;
    static AuditChainVerifier verifier;

    static Instant start;

    @BeforeAll
    static void keys() throws Exception {
        fixture = new NodeFixture(dir);
        signer = AuditSamples.signer(fixture);
        verifier = AuditSamples.verifier(fixture);
        start = fixture.now;
    }

    /** Twenty entries with signed checkpoints at 10 and 20. */
    InMemoryLedger ledger() {
        InMemoryLedger ledger = AuditSamples.chain(COUNT, start);
        ledger.checkpoints.add(AuditSamples.checkpoint(ledger.at(10), signer, start.plusSeconds(10)));
        ledger.checkpoints.add(AuditSamples.checkpoint(ledger.at(20), signer, start.plusSeconds(20)));
        return ledger;
    }

    @Test
    void untouchedChainVerifiesWithItsCheckpoints() {
        AuditVerification result = verifier.verify(ledger());

        assertThat(result.ok()).isTrue();
        assertThat(result.entries()).isEqualTo(COUNT);
        assertThat(result.checkpoints()).isEqualTo(2);
        assertThat(result.summary()).isEqualTo("OK: 20 entries, 2 signed checkpoints verified, the newest at seq 20");
    }

    @Test
    void emptyTrailVerifies() {
        assertThat(verifier.verify(new InMemoryLedger()).summary())
                .isEqualTo("OK: 0 entries, 0 signed checkpoints verified");
    }

    @Test
    void changedFieldIsEditedAtItsSeq() {
        InMemoryLedger ledger = ledger();
        ledger.replace(withOutcome(ledger.at(7), "ALLOWED"));

        assertProblem(ledger, Kind.EDITED, 7);
    }

    @Test
    void entryRewrittenWithItsOwnHashRecomputedIsEditedAtThatEntry() {
        InMemoryLedger ledger = ledger();
        AuditEntry edited = withOutcome(ledger.at(7), "ALLOWED");
        ledger.replace(relinked(edited, edited.prevHash()));

        assertProblem(ledger, Kind.EDITED, 7);
    }

    @Test
    void lastEntryRewrittenWithItsHashRecomputedIsCaughtByTheHead() {
        InMemoryLedger ledger = AuditSamples.chain(5, start);
        AuditEntry edited = withOutcome(ledger.at(5), "ALLOWED");
        ledger.replace(relinked(edited, edited.prevHash()));

        assertProblem(ledger, Kind.EDITED, 5);
    }

    @Test
    void changedPrevHashIsEditedAtThatEntry() {
        InMemoryLedger ledger = ledger();
        AuditEntry entry = ledger.at(7);
        byte[] otherPrev = entry.prevHash().clone();
        otherPrev[0] ^= 1;
        ledger.replace(new AuditEntry(
                entry.seq(),
                entry.recordedAt(),
                entry.node(),
                entry.action(),
                entry.messageId(),
                entry.correlationId(),
                entry.counterpart(),
                entry.actorOfficerId(),
                entry.actorRole(),
                entry.purpose(),
                entry.outcome(),
                entry.reasonCode(),
                otherPrev,
                entry.entryHash()));

        assertProblem(ledger, Kind.EDITED, 7);
    }

    @Test
    void removedEntryIsDeletedAtItsSeq() {
        InMemoryLedger ledger = ledger();
        ledger.entries.remove(ledger.at(12));

        assertProblem(ledger, Kind.DELETED, 12);
    }

    @Test
    void removedRunOfEntriesIsDeletedAtTheFirst() {
        InMemoryLedger ledger = ledger();
        ledger.entries.removeIf(entry -> entry.seq() >= 4 && entry.seq() <= 6);

        AuditVerification result = assertProblem(ledger, Kind.DELETED, 4);
        assertThat(result.problem().detail()).contains("4 to 6");
    }

    @Test
    void removedTailIsDeletedAgainstTheHead() {
        InMemoryLedger ledger = ledger();
        ledger.entries.remove(ledger.at(20));

        assertProblem(ledger, Kind.DELETED, 20);
    }

    @Test
    void removedTailWithTheHeadMovedBackIsCaughtByTheSignedCheckpoint() {
        InMemoryLedger ledger = ledger();
        ledger.entries.removeIf(entry -> entry.seq() > 15);
        ledger.head = new AuditLedger.Head(15, ledger.at(15).entryHash());

        assertProblem(ledger, Kind.DELETED, 16);
    }

    @Test
    void forgedEntryAppendedBehindTheHeadIsInserted() {
        InMemoryLedger ledger = ledger();
        ledger.entries.add(AuditSamples.create(
                21,
                start.plusSeconds(30),
                AuditSamples.NODE,
                AuditSamples.event(99),
                ledger.at(20).entryHash()));

        assertProblem(ledger, Kind.INSERTED, 21);
    }

    @Test
    void forgedEntrySplicedIntoTheChainIsInsertedAtItsSeq() {
        // The attacker renumbers entries 9..20 to 10..21 to make room, and forges a well-formed entry 9.
        InMemoryLedger ledger = ledger();
        for (long seq = COUNT; seq >= 9; seq--) {
            AuditEntry moved = ledger.at(seq);
            ledger.entries.remove(moved);
            ledger.entries.add(withSeq(moved, seq + 1));
        }
        ledger.entries.add(AuditSamples.create(
                9,
                start.plusMillis(9),
                AuditSamples.NODE,
                AuditSamples.event(99),
                ledger.at(8).entryHash()));
        ledger.head = new AuditLedger.Head(COUNT + 1, ledger.head.lastHash());

        assertProblem(ledger, Kind.INSERTED, 9);
    }

    @Test
    void entryWithANonPositiveSeqIsInserted() {
        InMemoryLedger ledger = ledger();
        ledger.entries.add(
                AuditSamples.create(0, start, AuditSamples.NODE, AuditSamples.event(99), AuditEntryHash.GENESIS));

        assertProblem(ledger, Kind.INSERTED, 0);
    }

    @Test
    void swappedEntriesAreReorderedAtTheFirst() {
        InMemoryLedger ledger = ledger();
        AuditEntry third = ledger.at(3);
        AuditEntry eighth = ledger.at(8);
        ledger.replace(withSeq(eighth, 3));
        ledger.replace(withSeq(third, 8));

        assertProblem(ledger, Kind.REORDERED, 3);
    }

    @Test
    void swappedNeighboursAreReordered() {
        InMemoryLedger ledger = ledger();
        AuditEntry fifth = ledger.at(5);
        AuditEntry sixth = ledger.at(6);
        ledger.replace(withSeq(sixth, 5));
        ledger.replace(withSeq(fifth, 6));

        assertProblem(ledger, Kind.REORDERED, 5);
    }

    @Test
    void chainRecomputedAfterAnEditIsCaughtByTheSignedCheckpoint() {
        // The attacker edits entry 4 and recomputes every hash after it, and the head: the chain itself is consistent.
        InMemoryLedger ledger = ledger();
        byte[] prev = ledger.at(3).entryHash();
        for (long seq = 4; seq <= COUNT; seq++) {
            AuditEntry entry = seq == 4 ? withOutcome(ledger.at(seq), "ALLOWED") : ledger.at(seq);
            AuditEntry forged = relinked(entry, prev);
            ledger.replace(forged);
            prev = forged.entryHash();
        }
        ledger.head = new AuditLedger.Head(COUNT, prev);

        AuditVerification result = assertProblem(ledger, Kind.CHECKPOINT_MISMATCH, 10);
        assertThat(result.problem().detail()).contains("entries 1 to 10");
    }

    @Test
    void chainRecomputedAfterTheNewestCheckpointIsOnlyCaughtOnceCheckpointed() {
        // The documented window: entries after the newest checkpoint rest on the chain alone.
        InMemoryLedger ledger = AuditSamples.chain(COUNT, start);
        ledger.checkpoints.add(AuditSamples.checkpoint(ledger.at(10), signer, start.plusSeconds(10)));
        AuditEntry forged = relinked(
                withOutcome(ledger.at(COUNT), "ALLOWED"), ledger.at(COUNT - 1).entryHash());
        ledger.replace(forged);
        ledger.head = new AuditLedger.Head(COUNT, forged.entryHash());
        assertThat(verifier.verify(ledger).ok()).isTrue();

        ledger.checkpoints.add(
                AuditSamples.checkpoint(AuditSamples.chain(COUNT, start).at(COUNT), signer, start.plusSeconds(20)));
        assertProblem(ledger, Kind.CHECKPOINT_MISMATCH, COUNT);
    }

    @Test
    void checkpointWithABadSignatureIsReported() {
        InMemoryLedger ledger = ledger();
        StoredCheckpoint good = ledger.checkpoints.remove(0);
        byte[] signature = good.signature().clone();
        signature[10] ^= 1;
        ledger.checkpoints.add(
                new StoredCheckpoint(good.seq(), good.statement(), signature, good.signingCertificate()));

        AuditVerification result = assertProblem(ledger, Kind.CHECKPOINT_SIGNATURE_INVALID, 10);
        assertThat(result.problem().detail()).contains("signature does not verify");
    }

    @Test
    void checkpointWhoseSignedBytesWereChangedIsReported() {
        InMemoryLedger ledger = ledger();
        StoredCheckpoint good = ledger.checkpoints.remove(1);
        byte[] otherHash = ledger.at(19).entryHash();
        byte[] json = new CheckpointStatement(AuditSamples.NODE, 20, otherHash, start.plusSeconds(20)).toJson();
        ledger.checkpoints.add(new StoredCheckpoint(20, json, good.signature(), good.signingCertificate()));

        assertProblem(ledger, Kind.CHECKPOINT_SIGNATURE_INVALID, 20);
    }

    @Test
    void checkpointSignedOutsideTheFederationIsReported() throws Exception {
        // An attacker who recomputes the chain and signs fresh checkpoints with a key of their own.
        Instant now = Instant.now();
        Credential otherCa =
                FederationPki.createRootCa("Other CA", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(9)));
        Credential forger = FederationPki.issueSigningCredential(
                otherCa, AuditSamples.NODE, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(9)));
        Path keystore = dir.resolve("forger.p12");
        FederationPki.writePkcs12(keystore, "signing", "x".toCharArray(), forger.privateKey(), forger.certificate());
        MessageSigner forgerSigner = new MessageSigner(CertificateFiles.readKeyEntry("k", keystore, "x".toCharArray()));
        InMemoryLedger ledger = AuditSamples.chain(COUNT, now);
        ledger.checkpoints.add(AuditSamples.checkpoint(ledger.at(10), forgerSigner, now));

        AuditVerification result = assertProblem(ledger, Kind.CHECKPOINT_SIGNATURE_INVALID, 10);
        assertThat(result.problem().detail()).contains("not issued by the federation root CA");
    }

    @Test
    void checkpointMadeOutsideItsCertificatesValidityIsReported() {
        InMemoryLedger ledger = AuditSamples.chain(COUNT, start);
        ledger.checkpoints.add(AuditSamples.checkpoint(ledger.at(10), signer, fixture.now.plus(Duration.ofDays(500))));

        assertProblem(ledger, Kind.CHECKPOINT_SIGNATURE_INVALID, 10);
    }

    @Test
    void checkpointOfAnotherNodeIsAMismatch() {
        InMemoryLedger ledger = AuditSamples.chain(COUNT, start);
        byte[] json =
                new CheckpointStatement(NodeFixture.PEER, 10, ledger.at(10).entryHash(), start).toJson();
        ledger.checkpoints.add(new StoredCheckpoint(10, json, signer.sign(json), AuditSamples.der(signer)));

        assertProblem(ledger, Kind.CHECKPOINT_MISMATCH, 10);
    }

    @Test
    void missingHeadRowIsReported() {
        InMemoryLedger ledger = ledger();
        ledger.head = null;

        assertProblem(ledger, Kind.HEAD_MISSING, 0);
    }

    @Test
    void firstProblemWinsWhenThereAreSeveral() {
        InMemoryLedger ledger = ledger();
        ledger.entries.remove(ledger.at(15));
        ledger.replace(withOutcome(ledger.at(6), "ALLOWED"));

        assertProblem(ledger, Kind.EDITED, 6);
    }

    @Test
    void reportCarriesSeqsAndKindsButNoEntryContent() {
        InMemoryLedger ledger = ledger();
        AuditEntry entry = ledger.at(3);
        ledger.replace(withOutcome(entry, "ALLOWED"));

        String summary = verifier.verify(ledger).summary();
        assertThat(summary)
                .startsWith("BROKEN at seq 3: EDITED")
                .doesNotContain(entry.actorOfficerId())
                .doesNotContain(entry.messageId())
                .doesNotContain("ALLOWED");
    }

    private static AuditVerification assertProblem(InMemoryLedger ledger, Kind kind, long seq) {
        AuditVerification result = verifier.verify(ledger);
        assertThat(result.ok()).as(result.summary()).isFalse();
        assertThat(result.problem().kind()).as(result.summary()).isEqualTo(kind);
        assertThat(result.problem().seq()).as(result.summary()).isEqualTo(seq);
        return result;
    }
}
