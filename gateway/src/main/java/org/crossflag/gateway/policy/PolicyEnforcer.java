package org.crossflag.gateway.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.audit.AuditEvent;
import org.crossflag.gateway.audit.AuditTrail;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Asks the data-sharing policy and records every decision, allowed or denied, in the audit trail: who asked
 * (officer and role), which member, for which purpose, and the reason for a refusal.
 */
public final class PolicyEnforcer {

    private final DataSharingPolicy policy;
    private final AuditTrail audit;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    /** @param ownTransaction with propagation REQUIRES_NEW, for recording denials */
    public PolicyEnforcer(DataSharingPolicy policy, AuditTrail audit, TransactionTemplate ownTransaction, Clock clock) {
        this.policy = policy;
        this.audit = audit;
        this.ownTransaction = ownTransaction;
        this.clock = clock;
    }

    /**
     * Decides and audits. An allowed exchange is audited in the caller's transaction, with what it allowed; a
     * denial in a transaction of its own, because the caller's usually rolls back when it is refused.
     */
    public PolicyDecision decide(PolicyRequest request) {
        PolicyDecision decision = policy.decide(new DataSharingPolicy.SharingRequest(
                request.direction(),
                request.member(),
                request.messageType(),
                request.purpose(),
                request.requester().role(),
                request.consentState(),
                request.dataCategories(),
                today()));
        AuditEvent event = AuditEvent.of(AuditAction.POLICY_DECISION, decision.allowed() ? "ALLOWED" : "DENIED")
                .withMessage(null, request.correlationId())
                .withCounterpart(request.member())
                .withActor(
                        request.requester().officerId(),
                        request.requester().role().wire())
                .withPurpose(request.purpose().wire());
        if (decision.allowed()) {
            audit.record(event);
        } else {
            ownTransaction.executeWithoutResult(status -> audit.record(event.withReason(decision.reasonCode())));
        }
        return decision;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
