package org.crossflag.gateway.federation;

import java.security.cert.CertificateEncodingException;
import java.sql.Timestamp;
import java.time.Duration;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Stores accepted messages exactly as they arrived: the signed bytes, the signature and the signing
 * certificate, so any stored message can be re-verified later. The primary key on the message id makes
 * replay detection survive restarts; the cache in front answers repeats without a database round trip.
 */
public final class InboundMessageStore {

    private final JdbcTemplate jdbc;
    private final Cache<String, Boolean> recentlyAccepted;

    public InboundMessageStore(JdbcTemplate jdbc, int cacheSize) {
        this.jdbc = jdbc;
        this.recentlyAccepted = Caffeine.newBuilder().maximumSize(cacheSize).expireAfterWrite(Duration.ofDays(2)).build();
    }

    public void store(VerifiedMessage message) {
        Envelope envelope = message.envelope();
        if (recentlyAccepted.getIfPresent(envelope.messageId()) != null) {
            throw duplicate(envelope);
        }
        try {
            jdbc.update("""
                    insert into inbound_message (message_id, correlation_id, message_type, sender, recipient,
                        created_at, expires_at, received_at, purpose, legal_basis, requester_officer_id, requester_role,
                        consent_state, body, signature, signing_certificate, signing_certificate_sha256, tls_certificate_sha256)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    envelope.messageId(), envelope.correlationId(), envelope.type(), envelope.sender(), envelope.recipient(),
                    Timestamp.from(envelope.created()), Timestamp.from(envelope.expires()), Timestamp.from(message.receivedAt()),
                    envelope.purpose(), envelope.legalBasis(), envelope.requester().officerId(), envelope.requester().role(),
                    envelope.consent().state(), message.body(), message.signature(), der(message),
                    message.signingCertificateSha256(), message.tlsCertificateSha256());
        } catch (DuplicateKeyException e) {
            recentlyAccepted.put(envelope.messageId(), Boolean.TRUE);
            throw duplicate(envelope);
        }
        recentlyAccepted.put(envelope.messageId(), Boolean.TRUE);
    }

    public long count() {
        Long count = jdbc.queryForObject("select count(*) from inbound_message", Long.class);
        return count == null ? 0 : count;
    }

    public boolean contains(String messageId) {
        Long count = jdbc.queryForObject("select count(*) from inbound_message where message_id = ?", Long.class, messageId);
        return count != null && count > 0;
    }

    private static MessageRejectedException duplicate(Envelope envelope) {
        return new MessageRejectedException(RejectionReason.DUPLICATE_MESSAGE, "message id was already accepted",
                envelope.messageId(), envelope.sender());
    }

    private static byte[] der(VerifiedMessage message) {
        try {
            return message.signingCertificate().getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
