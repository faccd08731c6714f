package org.crossflag.gateway.federation.envelope;

/** An envelope as the exact bytes that go on the wire, with their raw Ed25519 signature. */
public record SignedMessage(Envelope envelope, byte[] body, byte[] signature) {

    public String messageId() {
        return envelope.messageId();
    }

    public String recipient() {
        return envelope.recipient();
    }

    public MessageType type() {
        return envelope.type();
    }
}
