package org.crossflag.gateway.quota;

import java.time.Clock;
import java.util.Map;

import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.audit.AuditEvent;
import org.crossflag.gateway.audit.AuditTrail;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The one quota mechanism of the node, for peers and for officers. Each use is counted in its own transaction, so
 * a message that is then refused for another reason still counts, and the count survives the caller's rollback.
 * Every refusal is counted in {@code crossflag_quota_refusals_total}; the first of each window is audited, so a
 * flood shows as one audit entry and a rising metric.
 */
public class Quotas {

    private final Map<QuotaKind, QuotaRule> rules;
    private final QuotaStore store;
    private final TransactionTemplate newTransactions;
    private final AuditTrail audit;
    private final MeterRegistry metrics;
    private final Clock clock;

    /** @param newTransactions with propagation REQUIRES_NEW */
    Quotas(
            Map<QuotaKind, QuotaRule> rules,
            QuotaStore store,
            TransactionTemplate newTransactions,
            AuditTrail audit,
            MeterRegistry metrics,
            Clock clock) {
        this.rules = Map.copyOf(rules);
        this.store = store;
        this.newTransactions = newTransactions;
        this.audit = audit;
        this.metrics = metrics;
        this.clock = clock;
        for (QuotaKind kind : QuotaKind.values()) {
            if (kind.hasNodeRule() && !this.rules.containsKey(kind)) {
                throw new IllegalArgumentException("no rule for quota " + kind);
            }
        }
    }

    /** Counts one message of {@code kind} from a peer; throws when the peer's quota is reached. */
    public void usePeer(QuotaKind kind, String peer) {
        use(
                kind,
                rules.get(kind),
                peer,
                AuditEvent.of(AuditAction.QUOTA_EXCEEDED, "REFUSED")
                        .withCounterpart(peer)
                        .withReason(kind.name()));
    }

    /** Counts one use of {@code kind} by an officer; throws when the officer's quota is reached. */
    public void useOfficer(QuotaKind kind, String officerId, String role) {
        use(
                kind,
                rules.get(kind),
                officerId,
                AuditEvent.of(AuditAction.QUOTA_EXCEEDED, "REFUSED")
                        .withActor(officerId, role)
                        .withReason(kind.name()));
    }

    /**
     * Counts one request by an officer to or from a member under a data-sharing agreement, against the agreement's
     * own rate limit; throws when it is reached. The counter is the agreement's, the member's and the officer's.
     */
    public void useAgreement(String agreementId, String member, String officerId, String role, QuotaRule limit) {
        use(
                QuotaKind.AGREEMENT_REQUESTS,
                limit,
                agreementId + ":" + member + ":" + officerId,
                AuditEvent.of(AuditAction.QUOTA_EXCEEDED, "REFUSED")
                        .withCounterpart(member)
                        .withActor(officerId, role)
                        .withReason(QuotaKind.AGREEMENT_REQUESTS.name()));
    }

    /** The node's rule for the quota; null for {@link QuotaKind#AGREEMENT_REQUESTS}, whose rules are agreements'. */
    public QuotaRule rule(QuotaKind kind) {
        return rules.get(kind);
    }

    private void use(QuotaKind kind, QuotaRule rule, String subject, AuditEvent refusal) {
        String key = kind.name() + ":" + subject;
        QuotaRule.Count count;
        try {
            count = count(key, rule, refusal);
        } catch (DuplicateKeyException raced) {
            // Another instance made the counter at the same moment; it exists now.
            count = count(key, rule, refusal);
        }
        if (!rule.allows(count)) {
            Counter.builder("crossflag.quota.refusals")
                    .description("Uses refused by a quota, by quota")
                    .tag("quota", kind.name())
                    .register(metrics)
                    .increment();
            throw new QuotaExceededException(kind, rule);
        }
    }

    private QuotaRule.Count count(String key, QuotaRule rule, AuditEvent refusal) {
        return newTransactions.execute(status -> {
            QuotaRule.Count count = store.count(key, rule, clock.instant());
            if (rule.firstRefusal(count)) {
                audit.record(refusal);
            }
            return count;
        });
    }
}
