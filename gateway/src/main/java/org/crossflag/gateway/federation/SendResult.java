package org.crossflag.gateway.federation;

import java.time.Duration;

/**
 * How a peer answered: {@code ACCEPTED}, {@code REJECTED} with the peer's reason code, or {@code FAILED}
 * when no answer came (connection refused, TLS handshake refused, timeout).
 */
public record SendResult(String messageId, Outcome outcome, int httpStatus, String reason, Duration latency) {

    public enum Outcome { ACCEPTED, REJECTED, FAILED }

    public boolean accepted() {
        return outcome == Outcome.ACCEPTED;
    }
}
