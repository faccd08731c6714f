package org.crossflag.gateway.federation;

/** The exact bytes that go on the wire, their signature, and where they go. */
public record SignedMessage(String messageId, String type, String recipient, String endpoint,
                            byte[] body, String signature, String signingCertificate) {
}
