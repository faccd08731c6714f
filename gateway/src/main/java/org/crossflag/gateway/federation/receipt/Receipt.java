package org.crossflag.gateway.federation.receipt;

import java.time.Instant;

/**
 * A receiver's signed statement that it accepted a message: it binds the SHA-256 of the exact message
 * bytes, as defined by {@code receipt.schema.json}.
 */
public record Receipt(
        String receiptId, String messageId, String messageSha256, String sender, String receiver, Instant acceptedAt) {}
