package org.crossflag.gateway.audit;

import java.nio.charset.StandardCharsets;
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
    /** The chain key of the samples' node. */
    static final byte[] KEY_BYTES = "sample audit chain key, 32 bytes or more".getBytes(StandardCharsets.US_ASCII);

    static final AuditChainKey KEY = new AuditChainKey(KEY_BYTES);

    /** Writes {@link #KEY} as a chain key file, for commands and nodes that must read the samples' trail. */
    static java.nio.file.Path writeKey(java.nio.file.Path file) throws java.io.IOException {
        return java.nio.file.Files.writeString(
                file, java.util.Base64.getEncoder().encodeToString(KEY_BYTES));
    }

    private AuditSamples() {}

    /**
     * A trail on the given database that chains on the committing thread, so tests can read the chain as soon
     * as a record call returns.
     */
    static AuditTrail trail(NodeTestDatabase db, AuditCheckpointer checkpointer, Clock clock) {
        AuditRepository repository = new AuditRepository(db.jdbc);
        return new AuditTrail(
                repository,
                db.transactions(),
                new AuditChainer(NODE, KEY, repository, db.newTransactions(), checkpointer, Runnable::run),
                clock);
    }

    /** The n-th synthetic event: the actions and outcomes vary, so entries differ. */
    static AuditEvent event(int n) {
        AuditAction action = AuditAction.values()[n % AuditAction.values().length];
        return AuditEvent.of(action, n % 3 == 0 ? "REJECTED" : "ACCEPTED")
                .withMessage(
                        UUID.nameUUIDFromBytes(("m" + n).getBytes()).toString(),
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
            AuditEntry entry = AuditEntry.create(seq, start.plusMillis(seq), NODE, event(seq), prev, KEY);
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
        return new MessageSigner(CertificateFiles.readKeyEntry(
                "crossflag.signing.keystore", fixture.signingKeystore(), NodeFixture.PASSWORD.toCharArray()));
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
        return new AuditEntry(
                e.seq(),
                e.recordedAt(),
                e.node(),
                e.action(),
                e.messageId(),
                e.correlationId(),
                e.counterpart(),
                e.actorOfficerId(),
                e.actorRole(),
                e.purpose(),
                outcome,
                e.reasonCode(),
                e.prevHash(),
                e.entryHash());
    }

    /** A copy of the entry under another seq (what swapping or renumbering rows does); its stored hash is left as it was. */
    static AuditEntry withSeq(AuditEntry e, long seq) {
        return new AuditEntry(
                seq,
                e.recordedAt(),
                e.node(),
                e.action(),
                e.messageId(),
                e.correlationId(),
                e.counterpart(),
                e.actorOfficerId(),
                e.actorRole(),
                e.purpose(),
                e.outcome(),
                e.reasonCode(),
                e.prevHash(),
                e.entryHash());
    }

    /** A copy of the entry linked to another predecessor, with its own hash recomputed (as an attacker would). */
    static AuditEntry relinked(AuditEntry e, byte[] prevHash) {
        AuditEntry copy = new AuditEntry(
                e.seq(),
                e.recordedAt(),
                e.node(),
                e.action(),
                e.messageId(),
                e.correlationId(),
                e.counterpart(),
                e.actorOfficerId(),
                e.actorRole(),
                e.purpose(),
                e.outcome(),
                e.reasonCode(),
                prevHash,
                null);
        return copy.withEntryHash(AuditEntryHash.keyed(copy, KEY));
    }

    /** A keyed entry, as the node (or someone holding its chain key) makes one. */
    static AuditEntry create(long seq, Instant recordedAt, String node, AuditEvent event, byte[] prevHash) {
        return AuditEntry.create(seq, recordedAt, node, event, prevHash, KEY);
    }

    /** A verifier of the samples' node trusting the fixture's own signing certificate and any earlier ones given. */
    static AuditChainVerifier verifier(NodeFixture fixture, java.security.cert.X509Certificate... earlier) {
        java.util.List<java.security.cert.X509Certificate> own = new java.util.ArrayList<>(java.util.List.of(earlier));
        own.add(fixture.selfSigning.certificate());
        return new AuditChainVerifier(
                NODE,
                KEY,
                new CheckpointCertificates(
                        fixture.ca.certificate(),
                        own,
                        () -> CertificateFiles.readCrl("crossflag.pki.crl", fixture.crlPem())));
    }

    /** The checkpointer of the samples' node, signing every {@code interval} on {@code clock}. */
    static AuditCheckpointer checkpointer(
            NodeTestDatabase db,
            MessageSigner signer,
            Clock clock,
            java.time.Duration interval,
            NodeFixture fixture,
            java.security.cert.X509Certificate... earlier) {
        return new AuditCheckpointer(
                NODE,
                new AuditRepository(db.jdbc),
                db.newTransactions(),
                signer,
                clock,
                interval,
                verifier(fixture, earlier),
                new AuditChainStatus(new io.micrometer.core.instrument.simple.SimpleMeterRegistry()));
    }
}
