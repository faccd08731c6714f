package org.crossflag.gateway.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

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
     *
     * @param correlationId the correlation the exchange belongs to (or null)
     */
    public PolicyDecision decide(DataSharingPolicy.Direction direction, String member, String messageType, String purpose,
                                 String officerId, String role, String consentState, List<String> dataCategories,
                                 String correlationId) {
        PolicyDecision decision = policy.decide(new DataSharingPolicy.SharingRequest(direction, member, messageType, purpose,
                role, consentState, dataCategories, today()));
        AuditEvent event = AuditEvent.of(AuditAction.POLICY_DECISION, decision.allowed() ? "ALLOWED" : "DENIED")
                .withMessage(null, correlationId)
                .withCounterpart(member)
                .withActor(officerId, role)
                .withPurpose(purpose);
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
