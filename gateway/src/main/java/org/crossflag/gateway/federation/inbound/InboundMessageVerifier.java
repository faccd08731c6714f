package org.crossflag.gateway.federation.inbound;

import static org.crossflag.gateway.federation.envelope.RejectionReason.*;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.crossflag.gateway.crypto.CertificateStatus;
import org.crossflag.gateway.crypto.FederationTrust;
import org.crossflag.gateway.crypto.Fingerprints;
import org.crossflag.gateway.crypto.PeerCertificates;
import org.crossflag.gateway.crypto.SignatureVerifier;
import org.crossflag.gateway.federation.directory.DirectoryMember;
import org.crossflag.gateway.federation.directory.DirectoryService;
import org.crossflag.gateway.federation.directory.DirectoryUnavailableException;
import org.crossflag.gateway.federation.directory.FederationDirectory;
import org.crossflag.gateway.federation.directory.RecordCreatingSenders;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.EnvelopeCodec;
import org.crossflag.gateway.federation.envelope.MessageRejectedException;
import org.crossflag.gateway.federation.envelope.RejectionReason;

/**
 * Decides whether an inbound message can be trusted. Checks run cheapest-and-least-trusting first: the
 * signature is verified over the exact bytes before the body is parsed, and the sender named inside the
 * envelope must own both the TLS client certificate and the signing certificate.
 */
public final class InboundMessageVerifier {

    private final String nodeCode;
    private final DirectoryService directory;
    private final FederationTrust trust;
    private final SignatureVerifier signatures;
    private final EnvelopeCodec codec;
    private final Clock clock;
    private final Duration maxClockSkew;
    private final PeerCertificates peerCertificates = new PeerCertificates();

    public InboundMessageVerifier(
            String nodeCode,
            DirectoryService directory,
            FederationTrust trust,
            SignatureVerifier signatures,
            EnvelopeCodec codec,
            Clock clock,
            Duration maxClockSkew) {
        this.nodeCode = nodeCode;
        this.directory = directory;
        this.trust = trust;
        this.signatures = signatures;
        this.codec = codec;
        this.clock = clock;
        this.maxClockSkew = maxClockSkew;
    }

    public VerifiedMessage verify(InboundRequest request) {
        FederationDirectory current = currentDirectory();
        requireJson(request.contentType());
        if (request.clientCertificate() == null) {
            throw new MessageRejectedException(CLIENT_CERTIFICATE_MISSING, "no TLS client certificate");
        }
        String tlsSha256 = Fingerprints.sha256(request.clientCertificate());
        requireTrusted(request.clientCertificate(), "TLS client certificate");

        if (isBlank(request.signature()) || isBlank(request.signingCertificate())) {
            throw new MessageRejectedException(SIGNATURE_MISSING, "signature or signing certificate header missing");
        }
        PeerCertificates.PeerCertificate signer = peerCertificates.decode(request.signingCertificate());
        if (signer.certificate() == null) {
            throw new MessageRejectedException(SIGNATURE_INVALID, "signing certificate header is not a certificate");
        }
        requireTrusted(signer.certificate(), "signing certificate");
        byte[] signature = decodeSignature(request.signature());
        if (!signatures.verify(signer.certificate(), request.body(), signature)) {
            throw new MessageRejectedException(SIGNATURE_INVALID, "signature does not match the message bytes");
        }

        Envelope envelope = codec.decode(request.body());
        String id = envelope.messageId();
        DirectoryMember sender = current.member(envelope.sender())
                .orElseThrow(() -> new MessageRejectedException(
                        SENDER_UNKNOWN, "sender is not in the federation directory", id, envelope.sender()));
        if (!sender.tlsCertificateSha256().contains(tlsSha256)
                || !sender.signingCertificateSha256().contains(signer.sha256())) {
            throw new MessageRejectedException(
                    SENDER_CERTIFICATE_MISMATCH,
                    "TLS or signing certificate does not belong to the sender named in the envelope",
                    id,
                    sender.code());
        }
        if (!sender.takesPartIn(envelope.type())) {
            throw new MessageRejectedException(
                    MESSAGE_TYPE_NOT_ALLOWED, "sender may not send " + envelope.type(), id, sender.code());
        }
        if (!RecordCreatingSenders.maySend(sender.kind(), envelope.type())) {
            throw new MessageRejectedException(
                    SENDER_MAY_NOT_CREATE_RECORDS,
                    "a " + sender.kind() + " member may not send " + envelope.type() + ": only police create records",
                    id,
                    sender.code());
        }
        if (!nodeCode.equals(envelope.recipient())) {
            throw new MessageRejectedException(
                    WRONG_RECIPIENT, "message is addressed to " + envelope.recipient(), id, sender.code());
        }
        boolean weAccept = current.member(nodeCode)
                .map(self -> self.takesPartIn(envelope.type()))
                .orElse(false);
        if (!weAccept) {
            throw new MessageRejectedException(
                    MESSAGE_TYPE_NOT_ALLOWED, "this node does not accept " + envelope.type(), id, sender.code());
        }
        Instant now = clock.instant();
        if (!envelope.expires().isAfter(now)) {
            throw new MessageRejectedException(
                    MESSAGE_EXPIRED, "message expired at " + envelope.expires(), id, sender.code());
        }
        if (envelope.created().isAfter(now.plus(maxClockSkew))) {
            throw new MessageRejectedException(
                    MESSAGE_FROM_FUTURE, "message created too far in the future", id, sender.code());
        }
        if (!envelope.expires().isAfter(envelope.created())) {
            throw new MessageRejectedException(
                    SCHEMA_INVALID, "message expires before it was created", id, sender.code());
        }
        return new VerifiedMessage(
                envelope, request.body(), signature, signer.certificate(), signer.sha256(), tlsSha256, now);
    }

    private FederationDirectory currentDirectory() {
        try {
            return directory.requireTrafficAllowed();
        } catch (DirectoryUnavailableException e) {
            throw new MessageRejectedException(RejectionReason.valueOf(e.reasonCode()), e.getMessage());
        }
    }

    private void requireTrusted(X509Certificate certificate, String which) {
        CertificateStatus status = trust.check(certificate);
        RejectionReason reason = switch (status) {
            case VALID -> null;
            case UNTRUSTED -> CERTIFICATE_UNTRUSTED;
            case EXPIRED -> CERTIFICATE_EXPIRED;
            case NOT_YET_VALID -> CERTIFICATE_NOT_YET_VALID;
            case REVOKED -> CERTIFICATE_REVOKED;
            case REVOCATION_UNKNOWN -> CERTIFICATE_REVOCATION_UNKNOWN;
        };
        if (reason != null) {
            throw new MessageRejectedException(reason, which + " is " + status);
        }
    }

    private static void requireJson(String contentType) {
        // JSON only: XML bodies (and with them external entities) are refused before anything parses them.
        String mediaType =
                contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
        if (!mediaType.equals("application/json")) {
            throw new MessageRejectedException(UNSUPPORTED_MEDIA_TYPE, "only application/json is accepted");
        }
    }

    private static byte[] decodeSignature(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
