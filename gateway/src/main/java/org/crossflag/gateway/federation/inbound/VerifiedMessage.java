package org.crossflag.gateway.federation.inbound;

import java.security.cert.X509Certificate;
import java.time.Instant;

import org.crossflag.gateway.federation.envelope.Envelope;

/** A message whose signature, certificates, sender, schema, recipient and timing have all been checked. */
public record VerifiedMessage(
        Envelope envelope,
        byte[] body,
        byte[] signature,
        X509Certificate signingCertificate,
        String signingCertificateSha256,
        String tlsCertificateSha256,
        Instant receivedAt) {}
