package org.crossflag.gateway.policy;

import java.time.Clock;

import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.node.CrossflagProperties;
import org.crossflag.gateway.node.InvalidConfigurationException;
import org.crossflag.gateway.quota.QuotaExceededException;
import org.crossflag.gateway.quota.Quotas;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the node's data-sharing policy at start-up (a bad file stops the node with the line and the entry at
 * fault), reloads it when the file changes, and counts agreements' rate limits with the node's quotas.
 */
@Configuration(proxyBeanMethods = false)
class PolicyConfiguration {

    @Bean
    PolicyEnforcer policyEnforcer(
            CurrentPolicy policy,
            Quotas quotas,
            AuditTrail audit,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        TransactionTemplate ownTransaction = new TransactionTemplate(transactionManager);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        RateLimiter rateLimiter = (agreementId, member, requester, limit) -> {
            try {
                quotas.useAgreement(
                        agreementId,
                        member,
                        requester.officerId(),
                        requester.role().wire(),
                        limit);
                return true;
            } catch (QuotaExceededException reached) {
                return false;
            }
        };
        return new PolicyEnforcer(new PolicyRules(policy, rateLimiter, clock), audit, ownTransaction);
    }

    @Bean
    CurrentPolicy currentPolicy(CrossflagProperties properties) {
        if (properties.policy().file() == null) {
            return CurrentPolicy.denyAll();
        }
        try {
            return CurrentPolicy.load(properties.policy().file());
        } catch (PolicyFile.InvalidPolicyException e) {
            // The message names the file and the line already.
            throw new InvalidConfigurationException("crossflag.policy.file", e.getMessage(), e);
        }
    }

    @Bean
    PolicyReloadRoute policyReloadRoute(CurrentPolicy policy, AuditTrail audit) {
        return new PolicyReloadRoute(new PolicyReload(policy, audit));
    }

    @Bean
    HealthIndicator policyHealthIndicator(CurrentPolicy policy) {
        return () -> {
            Health.Builder health = Health.up()
                    .withDetail(
                            "file",
                            policy.file() == null
                                    ? "none: deny all"
                                    : policy.file().toString())
                    .withDetail("agreements", policy.get().agreements().size());
            CurrentPolicy.Reload last = policy.lastReload();
            if (last != null) {
                health.withDetail("lastReload", last.result().name());
                if (last.problem() != null) {
                    health.withDetail("lastReloadLine", last.problem().line())
                            .withDetail("lastReloadEntry", last.problem().entry());
                }
            }
            return health.build();
        };
    }
}
