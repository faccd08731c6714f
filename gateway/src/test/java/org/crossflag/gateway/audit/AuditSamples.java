package org.crossflag.gateway.audit;

import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.crossflag.gateway.NodeFixture;
import org.crossflag.gateway.NodeTestDatabase;
import org.crossflag.gateway.crypto.CertificateFiles;
import org.crossflag.gateway.crypto.MessageSigner;

/** Synthetic audit events and entries; the officer ids and ids are made up. */
final class AuditSamples {

    static final String NODE = NodeFixture.SELF;

    private AuditSamples() {
    }

    /**
     * A trail on the given database that chains on the committing thread, so tests can read the chain as soon
     * as a record call returns.
     */
    static AuditTrail trail(NodeTestDatabase db, AuditCheckpointer checkpointer, Clock clock) {
        AuditRepository repository = new AuditRepository(db.jdbc);
        return new AuditTrail(repository, db.transactions(),
                new AuditChainer(NODE, repository, db.newTransactions(), checkpointer, Runnable::run), clock);
    }

    /** The n-th synthetic event: the actions and outcomes vary, so entries differ. */
    static AuditEvent event(int n) {
        AuditAction action = AuditAction.values()[n % AuditAction.values().length];
        return AuditEvent.of(action, n % 3 == 0 ? "REJECTED" : "ACCEPTED")
                .withMessage(UUID.nameUUIDFromBytes(("m" + n).getBytes()).toString(),
                        UUID.nameUUIDFromBytes(("c" + n).getBytes()).toString())
                .withCounterpart(NodeFixture.PEER)
                .withActor("ESX-DVDS-" + (1000 + n % 7), "DVDS_OFFICER")
                .withPurpose("DVDS_RIGHT_TO_ASK")
                .withReason(n % 3 == 0 ? "POLICY_DENIED" : null);
    }

    /** A chain of {@code count} entries in memory, with its head. */
    static InMemoryLedger chain(int count, Instant start) {
        InMemoryLedger ledger = new InMemoryLedger();
        byte[] prev = AuditEntryHash.GENESIS;
        for (int seq = 1; seq <= count; seq++) {
            AuditEntry entry = AuditEntry.create(seq, start.plusMillis(seq), NODE, event(seq), prev);
            ledger.entries.add(entry);
            prev = entry.entryHash();
        }
        ledger.head = new AuditLedger.Head(count, count == 0 ? null : prev);
        return ledger;
    }

    /** A checkpoint of the given entry, signed by {@code signer}. */
    static StoredCheckpoint checkpoint(AuditEntry entry, MessageSigner signer, Instant at) {
        byte[] json = new CheckpointStatement(NODE, entry.seq(), entry.entryHash(), at).toJson();
        return new StoredCheckpoint(entry.seq(), json, signer.sign(json), der(signer));
    }

    static MessageSigner signer(NodeFixture fixture) {
        return new MessageSigner(CertificateFiles.readKeyEntry("crossflag.signing.keystore", fixture.signingKeystore(),
                NodeFixture.PASSWORD.toCharArray()));
    }

    static byte[] der(MessageSigner signer) {
        try {
            return signer.certificate().getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the entry with another outcome; its stored hash is left as it was. */
    static AuditEntry withOutcome(AuditEntry e, String outcome) {
        return new AuditEntry(e.seq(), e.recordedAt(), e.node(), e.action(), e.messageId(), e.correlationId(), e.counterpart(),
                e.actorOfficerId(), e.actorRole(), e.purpose(), outcome, e.reasonCode(), e.prevHash(), e.entryHash());
    }

    /** A copy of the entry under another seq (what swapping or renumbering rows does); its stored hash is left as it was. */
    static AuditEntry withSeq(AuditEntry e, long seq) {
        return new AuditEntry(seq, e.recordedAt(), e.node(), e.action(), e.messageId(), e.correlationId(), e.counterpart(),
                e.actorOfficerId(), e.actorRole(), e.purpose(), e.outcome(), e.reasonCode(), e.prevHash(), e.entryHash());
    }

    /** A copy of the entry linked to another predecessor, with its own hash recomputed (as an attacker would). */
    static AuditEntry relinked(AuditEntry e, byte[] prevHash) {
        AuditEntry copy = new AuditEntry(e.seq(), e.recordedAt(), e.node(), e.action(), e.messageId(), e.correlationId(),
                e.counterpart(), e.actorOfficerId(), e.actorRole(), e.purpose(), e.outcome(), e.reasonCode(), prevHash, null);
        return copy.withEntryHash(AuditEntryHash.compute(copy));
    }
}
