package org.crossflag.gateway.policy;

import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.audit.AuditEvent;
import org.crossflag.gateway.audit.AuditTrail;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Asks the data-sharing policy in force and records every decision, allowed or denied, in the audit trail: who
 * asked (officer and role), which member, for which purpose, and the reason for a refusal.
 */
public final class PolicyEnforcer {

    private final PolicyRules rules;
    private final AuditTrail audit;
    private final TransactionTemplate ownTransaction;

    /** @param ownTransaction with propagation REQUIRES_NEW, for recording denials */
    public PolicyEnforcer(PolicyRules rules, AuditTrail audit, TransactionTemplate ownTransaction) {
        this.rules = rules;
        this.audit = audit;
        this.ownTransaction = ownTransaction;
    }

    /**
     * Decides and audits. An allowed exchange is audited in the caller's transaction, with what it allowed; a
     * denial in a transaction of its own, because the caller's usually rolls back when it is refused.
     */
    public PolicyDecision decide(PolicyRequest request) {
        PolicyDecision decision = rules.decide(request);
        AuditEvent event = AuditEvent.of(AuditAction.POLICY_DECISION, decision.allowed() ? "ALLOWED" : "DENIED")
                .withMessage(null, request.correlationId())
                .withCounterpart(request.member())
                .withActor(
                        request.requester() == null ? null : request.requester().officerId(),
                        request.requester() == null
                                ? null
                                : request.requester().role().wire())
                .withPurpose(
                        request.purpose() == null ? null : request.purpose().wire());
        if (decision.allowed()) {
            audit.record(event);
        } else {
            ownTransaction.executeWithoutResult(status -> audit.record(event.withReason(decision.reasonCode())));
        }
        return decision;
    }
}
