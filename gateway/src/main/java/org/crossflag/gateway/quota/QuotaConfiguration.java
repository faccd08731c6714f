package org.crossflag.gateway.quota;

import java.time.Clock;
import java.util.Map;

import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.node.CrossflagProperties;
import org.crossflag.gateway.node.InvalidConfigurationException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;

/** The node's quotas, from {@code crossflag.quotas.*}. */
@Configuration(proxyBeanMethods = false)
class QuotaConfiguration {

    @Bean
    Quotas quotas(
            CrossflagProperties properties,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            AuditTrail audit,
            MeterRegistry metrics,
            Clock clock) {
        CrossflagProperties.Quotas settings = properties.quotas();
        TransactionTemplate newTransactions = new TransactionTemplate(transactionManager);
        newTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new Quotas(
                Map.of(
                        QuotaKind.PEER_QUERIES, rule("crossflag.quotas.peer-queries", settings.peerQueries(), settings),
                        QuotaKind.PEER_ANSWERS, rule("crossflag.quotas.peer-answers", settings.peerAnswers(), settings),
                        QuotaKind.PEER_ALERTS, rule("crossflag.quotas.peer-alerts", settings.peerAlerts(), settings),
                        QuotaKind.PEER_CIRCUMSTANCE_CHANGES,
                                rule("crossflag.quotas.peer-alerts", settings.peerAlerts(), settings),
                        QuotaKind.OFFICER_QUERIES, officerRule(settings)),
                new QuotaStore(jdbc),
                newTransactions,
                audit,
                metrics,
                clock);
    }

    private static QuotaRule rule(String key, int limit, CrossflagProperties.Quotas settings) {
        try {
            return new QuotaRule(limit, settings.peerWindow());
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(key, e.getMessage(), e);
        }
    }

    private static QuotaRule officerRule(CrossflagProperties.Quotas settings) {
        try {
            return new QuotaRule(settings.officerQueries(), settings.officerWindow());
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException("crossflag.quotas.officer-queries", e.getMessage(), e);
        }
    }
}
