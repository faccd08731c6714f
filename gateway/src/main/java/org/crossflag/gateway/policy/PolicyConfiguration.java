package org.crossflag.gateway.policy;

import java.time.Clock;

import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.node.CrossflagProperties;
import org.crossflag.gateway.node.InvalidConfigurationException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads the node's data-sharing policy at start-up; a bad file stops the node with the entry at fault. */
@Configuration(proxyBeanMethods = false)
class PolicyConfiguration {

    @Bean
    PolicyEnforcer policyEnforcer(
            DataSharingPolicy policy, AuditTrail audit, PlatformTransactionManager transactionManager, Clock clock) {
        TransactionTemplate ownTransaction = new TransactionTemplate(transactionManager);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new PolicyEnforcer(policy, audit, ownTransaction, clock);
    }

    @Bean
    DataSharingPolicy dataSharingPolicy(CrossflagProperties properties) {
        if (properties.policy().file() == null) {
            return DataSharingPolicy.denyAll();
        }
        try {
            return PolicyFile.read(properties.policy().file());
        } catch (PolicyFile.InvalidPolicyException e) {
            // The message names the file already.
            throw new InvalidConfigurationException("crossflag.policy.file", e.getMessage(), e);
        }
    }
}
