package org.crossflag.gateway.federation.outbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.crossflag.gateway.crypto.MessageSigner;
import org.crossflag.gateway.federation.directory.DirectoryMember;
import org.crossflag.gateway.federation.directory.DirectoryService;
import org.crossflag.gateway.federation.directory.DirectoryUnavailableException;
import org.crossflag.gateway.federation.directory.FederationDirectory;
import org.crossflag.gateway.federation.directory.RecordCreatingSenders;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.EnvelopeCodec;
import org.crossflag.gateway.federation.envelope.MessageRejectedException;
import org.crossflag.gateway.federation.envelope.OutgoingMessage;
import org.crossflag.gateway.federation.envelope.RejectionReason;
import org.crossflag.gateway.federation.envelope.SignedMessage;
import org.crossflag.gateway.node.TimeOrderedIds;

/**
 * Prepares a message for the wire: checks the recipient against the directory, builds the envelope,
 * validates it against its schema and signs the exact bytes. Sending is the route's job.
 */
public final class FederationSender {

    private final String nodeCode;
    private final DirectoryService directory;
    private final EnvelopeCodec codec;
    private final MessageSigner signer;
    private final Clock clock;
    private final Duration messageLifetime;

    public FederationSender(
            String nodeCode,
            DirectoryService directory,
            EnvelopeCodec codec,
            MessageSigner signer,
            Clock clock,
            Duration messageLifetime) {
        this.nodeCode = nodeCode;
        this.directory = directory;
        this.codec = codec;
        this.signer = signer;
        this.clock = clock;
        this.messageLifetime = messageLifetime;
    }

    /**
     * Signs a queued message again with a fresh lifetime, keeping its ids and order: for a dead letter an
     * operator retries after the original envelope expired.
     */
    public SignedMessage renew(Envelope original) {
        Instant created = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Envelope renewed = new Envelope(
                original.messageId(),
                original.correlationId(),
                original.correlationSequence(),
                original.type(),
                original.sender(),
                original.recipient(),
                created,
                created.plus(messageLifetime),
                original.purpose(),
                original.legalBasis(),
                original.requester(),
                original.consent(),
                original.dataCategories(),
                original.payload());
        byte[] body = codec.encode(renewed);
        return new SignedMessage(renewed, body, signer.sign(body));
    }

    /** Builds and signs the envelope; {@code correlationSequence} is the message's place in its correlation's order. */
    public SignedMessage prepare(OutgoingMessage message, String correlationId, long correlationSequence) {
        FederationDirectory current;
        try {
            current = directory.requireCurrent();
        } catch (DirectoryUnavailableException e) {
            throw new SendRefusedException(e.reason().name(), e.getMessage());
        }
        if (nodeCode.equals(message.recipient())) {
            throw new SendRefusedException("a node does not send federation messages to itself");
        }
        DirectoryMember recipient = current.member(message.recipient())
                .orElseThrow(() -> new SendRefusedException(
                        "recipient " + message.recipient() + " is not in the federation directory"));
        Optional<DirectoryMember> self = current.member(nodeCode);
        boolean weMaySend =
                self.map(member -> member.takesPartIn(message.type())).orElse(false);
        if (!weMaySend) {
            throw new SendRefusedException(
                    "this node is not allowed to send " + message.type() + " by the federation directory");
        }
        if (!RecordCreatingSenders.maySend(self.get().kind(), message.type())) {
            throw new SendRefusedException(
                    RejectionReason.SENDER_MAY_NOT_CREATE_RECORDS.name(),
                    "this node is a " + self.get().kind() + " member and may not send " + message.type()
                            + ": only police create records");
        }
        if (!recipient.takesPartIn(message.type())) {
            throw new SendRefusedException("recipient " + recipient.code() + " does not accept " + message.type());
        }
        Instant created = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String messageId = TimeOrderedIds.next();
        Envelope envelope = new Envelope(
                messageId,
                correlationId,
                correlationSequence,
                message.type(),
                nodeCode,
                recipient.code(),
                created,
                created.plus(messageLifetime),
                message.purpose(),
                message.legalBasis(),
                message.requester(),
                message.consent(),
                message.dataCategories(),
                message.payload());
        byte[] body;
        try {
            body = codec.encode(envelope);
        } catch (MessageRejectedException e) {
            throw new SendRefusedException(e.reason().name(), e.getMessage());
        }
        return new SignedMessage(envelope, body, signer.sign(body));
    }
}
