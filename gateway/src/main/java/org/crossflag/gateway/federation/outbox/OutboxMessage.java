package org.crossflag.gateway.federation.outbox;

import java.time.Instant;

/** One queued federation message: signed once, sent (and re-sent) as exactly these bytes. */
public record OutboxMessage(
        String messageId,
        String correlationId,
        long correlationSeq,
        String recipient,
        String messageType,
        byte[] body,
        byte[] signature,
        Instant createdAt,
        int attempts) {}
