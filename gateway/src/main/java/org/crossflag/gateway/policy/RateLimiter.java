package org.crossflag.gateway.policy;

import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.quota.QuotaRule;

/** Counts requests against an agreement's rate limit; the node counts them with its quotas (see PolicyConfiguration). */
@FunctionalInterface
public interface RateLimiter {

    /**
     * Counts one request by {@code requester} to or from {@code member} under the agreement.
     *
     * @return false when the requester has reached the limit in the current window
     */
    boolean tryAcquire(String agreementId, String member, Envelope.Requester requester, QuotaRule limit);
}
