package org.crossflag.gateway.federation.receipt;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.crossflag.gateway.crypto.Fingerprints;
import org.crossflag.gateway.crypto.MessageSigner;
import org.crossflag.gateway.federation.envelope.EnvelopeCodec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Issues the receiver's signed receipt for a message it has just accepted. */
public final class ReceiptIssuer {

    private final String nodeCode;
    private final MessageSigner signer;
    private final Clock clock;
    private final ObjectMapper mapper = EnvelopeCodec.federationMapper();

    public ReceiptIssuer(String nodeCode, MessageSigner signer, Clock clock) {
        this.nodeCode = nodeCode;
        this.signer = signer;
        this.clock = clock;
    }

    public SignedReceipt issue(String messageId, String sender, byte[] messageBytes) {
        Receipt receipt = new Receipt(
                UUID.randomUUID().toString(),
                messageId,
                Fingerprints.sha256(messageBytes),
                sender,
                nodeCode,
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        try {
            byte[] bytes = mapper.writeValueAsBytes(receipt);
            return new SignedReceipt(receipt, bytes, signer.sign(bytes), signer.certificateBase64());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("receipt cannot be written", e);
        }
    }
}
