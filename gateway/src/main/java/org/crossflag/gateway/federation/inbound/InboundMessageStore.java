package org.crossflag.gateway.federation.inbound;

import java.security.cert.CertificateEncodingException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.audit.AuditEvent;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.crypto.Fingerprints;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.MessageRejectedException;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.envelope.RejectionReason;
import org.crossflag.gateway.federation.receipt.ReceiptIssuer;
import org.crossflag.gateway.federation.receipt.SignedReceipt;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Accepts each message once. The message is stored exactly as it arrived (bytes, signature, signing
 * certificate) together with the signed receipt issued for it and the audit entries, in one transaction.
 * A message id seen before gets the very same receipt again and is not processed again; the primary key
 * makes this hold across restarts, and a cache in front answers repeats without a database round trip.
 * The same id with different bytes is a conflict and is refused.
 */
public final class InboundMessageStore {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ReceiptIssuer receipts;
    private final AuditTrail audit;
    private final String signingCertificate;
    private final Cache<String, StoredReceipt> accepted;
    private final Set<MessageType> processedTypes;

    /** @param processedTypes types a capability handles; others are stored as processed (nothing to do) at once */
    public InboundMessageStore(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            ReceiptIssuer receipts,
            AuditTrail audit,
            String signingCertificate,
            int cacheSize,
            Set<MessageType> processedTypes) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.receipts = receipts;
        this.audit = audit;
        this.signingCertificate = signingCertificate;
        this.accepted = Caffeine.newBuilder()
                .maximumSize(cacheSize)
                .expireAfterWrite(Duration.ofDays(2))
                .build();
        this.processedTypes = Set.copyOf(processedTypes);
    }

    public Acceptance accept(VerifiedMessage message) {
        Envelope envelope = message.envelope();
        String digest = Fingerprints.sha256(message.body());
        StoredReceipt known = accepted.getIfPresent(envelope.messageId());
        if (known != null) {
            return repeat(envelope, digest, known);
        }
        SignedReceipt receipt = receipts.issue(envelope.messageId(), envelope.sender(), message.body());
        try {
            transactions.executeWithoutResult(status -> {
                insert(message, digest, receipt);
                audit.record(event(AuditAction.MESSAGE_RECEIVED, "ACCEPTED", envelope)
                        .withActor(
                                envelope.requester().officerId(),
                                envelope.requester().role().wire())
                        .withPurpose(envelope.purpose().wire()));
                audit.record(event(AuditAction.RECEIPT_ISSUED, "ISSUED", envelope));
            });
        } catch (DuplicateKeyException e) {
            StoredReceipt stored = find(envelope.messageId());
            if (stored == null) {
                throw e;
            }
            accepted.put(envelope.messageId(), stored);
            return repeat(envelope, digest, stored);
        }
        accepted.put(envelope.messageId(), new StoredReceipt(digest, receipt.bytes(), receipt.signature()));
        return new Acceptance(receipt.bytes(), receipt.signature(), signingCertificate, false);
    }

    private Acceptance repeat(Envelope envelope, String digest, StoredReceipt stored) {
        if (!stored.messageSha256().equals(digest)) {
            throw new MessageRejectedException(
                    RejectionReason.DUPLICATE_MESSAGE,
                    "message id was already accepted with different content",
                    envelope.messageId(),
                    envelope.sender());
        }
        return new Acceptance(stored.receipt(), stored.signature(), signingCertificate, true);
    }

    private void insert(VerifiedMessage message, String digest, SignedReceipt receipt) {
        Envelope envelope = message.envelope();
        boolean handled = processedTypes.contains(envelope.type());
        jdbc.update(
                """
                insert into inbound_message (message_id, correlation_id, correlation_seq, message_type, sender, recipient,
                    created_at, expires_at, received_at, purpose, legal_basis, requester_officer_id, requester_role,
                    consent_state, body, signature, signing_certificate, signing_certificate_sha256, tls_certificate_sha256,
                    message_sha256, receipt, receipt_signature, arrival_seq, processing_status, next_processing_at,
                    processing_outcome, processed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, nextval('inbound_arrival_seq'),
                    ?, ?, ?, ?)""",
                envelope.messageId(),
                envelope.correlationId(),
                envelope.correlationSequence(),
                envelope.type().wire(),
                envelope.sender(),
                envelope.recipient(),
                Timestamp.from(envelope.created()),
                Timestamp.from(envelope.expires()),
                Timestamp.from(message.receivedAt()),
                envelope.purpose().wire(),
                envelope.legalBasis().wire(),
                envelope.requester().officerId(),
                envelope.requester().role().wire(),
                envelope.consent().state().wire(),
                message.body(),
                message.signature(),
                der(message),
                message.signingCertificateSha256(),
                message.tlsCertificateSha256(),
                digest,
                receipt.bytes(),
                receipt.signature(),
                handled ? "RECEIVED" : "PROCESSED",
                Timestamp.from(message.receivedAt()),
                handled ? null : "UNHANDLED",
                handled ? null : Timestamp.from(message.receivedAt()));
    }

    private StoredReceipt find(String messageId) {
        List<StoredReceipt> rows = jdbc.query(
                "select message_sha256, receipt, receipt_signature from inbound_message where message_id = ?",
                (rs, row) -> new StoredReceipt(rs.getString(1), rs.getBytes(2), rs.getBytes(3)),
                messageId);
        return rows.isEmpty() ? null : rows.get(0);
    }

    public long count() {
        Long count = jdbc.queryForObject("select count(*) from inbound_message", Long.class);
        return count == null ? 0 : count;
    }

    private static AuditEvent event(AuditAction action, String outcome, Envelope envelope) {
        return AuditEvent.of(action, outcome)
                .withMessage(envelope.messageId(), envelope.correlationId())
                .withCounterpart(envelope.sender());
    }

    private static byte[] der(VerifiedMessage message) {
        try {
            return message.signingCertificate().getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The answer for an accepted message: its receipt (bytes, signature, signer) and whether it was a repeat. */
    public record Acceptance(byte[] receipt, byte[] signature, String signingCertificate, boolean repeat) {}

    private record StoredReceipt(String messageSha256, byte[] receipt, byte[] signature) {}
}
