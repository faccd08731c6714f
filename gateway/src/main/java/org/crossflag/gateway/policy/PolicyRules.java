package org.crossflag.gateway.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.crossflag.gateway.quota.QuotaRule;

/**
 * The whole decision on one exchange, without auditing: the policy in force decides on the agreements' terms, then
 * the allowing agreement's rate limit, if it has one, counts the request. A request refused on the terms is not
 * counted.
 */
public final class PolicyRules {

    private final CurrentPolicy policy;
    private final RateLimiter rateLimiter;
    private final Clock clock;

    public PolicyRules(CurrentPolicy policy, RateLimiter rateLimiter, Clock clock) {
        this.policy = policy;
        this.rateLimiter = rateLimiter;
        this.clock = clock;
    }

    public PolicyDecision decide(PolicyRequest request) {
        DataSharingPolicy inForce = policy.get();
        PolicyDecision decision = inForce.decide(new DataSharingPolicy.SharingRequest(
                request.direction(),
                request.member(),
                request.messageType(),
                request.purpose(),
                request.legalBasis(),
                request.requester() == null ? null : request.requester().role(),
                request.consentState(),
                request.consentJustified(),
                request.dataCategories(),
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)));
        if (!decision.allowed()) {
            return decision;
        }
        QuotaRule limit = inForce.agreement(decision.agreementId())
                .map(SharingAgreement::rateLimit)
                .orElse(null);
        if (limit != null
                && !rateLimiter.tryAcquire(decision.agreementId(), request.member(), request.requester(), limit)) {
            return PolicyDecision.deny(PolicyReason.RATE_LIMITED, decision.agreementId());
        }
        return decision;
    }
}
