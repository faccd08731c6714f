package org.crossflag.gateway.policy;

import java.time.Clock;

import org.crossflag.gateway.CrossflagProperties;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.InvalidConfigurationException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the node's data-sharing policy at start-up; a bad file stops the node with the entry at fault. */
@Configuration(proxyBeanMethods = false)
class PolicyConfiguration {

    @Bean
    PolicyEnforcer policyEnforcer(DataSharingPolicy policy, AuditTrail audit, Clock clock) {
        return new PolicyEnforcer(policy, audit, clock);
    }

    @Bean
    DataSharingPolicy dataSharingPolicy(CrossflagProperties properties) {
        if (properties.policy().file() == null) {
            return DataSharingPolicy.denyAll();
        }
        try {
            return PolicyFile.read(properties.policy().file());
        } catch (PolicyFile.InvalidPolicyException e) {
            throw new InvalidConfigurationException("crossflag.policy.file", properties.policy().file() + ": " + e.getMessage(), e);
        }
    }
}
