package org.crossflag.gateway.circumstances;

import java.time.Clock;

import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.disclosures.DisclosureApplications;
import org.crossflag.gateway.federation.directory.DirectoryService;
import org.crossflag.gateway.federation.outbox.Outbox;
import org.crossflag.gateway.hearings.alerts.AlertRaiser;
import org.crossflag.gateway.hearings.records.HearingMatching;
import org.crossflag.gateway.hearings.records.HearingRepository;
import org.crossflag.gateway.node.CircumstancesSettings;
import org.crossflag.gateway.node.CrossflagProperties;
import org.crossflag.gateway.node.InvalidConfigurationException;
import org.crossflag.gateway.node.NodeIdentity;
import org.crossflag.gateway.policy.PolicyEnforcer;
import org.crossflag.gateway.quota.Quotas;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Wires changes of circumstance: the postcode district table (read once), the deadline, intake and the handler. */
@Configuration(proxyBeanMethods = false)
class CircumstancesConfiguration {

    @Bean
    ForceAreas forceAreas() {
        return ForceAreas.fromClasspath();
    }

    @Bean
    NotificationDeadline notificationDeadline(CrossflagProperties properties, Clock clock) {
        CircumstancesSettings settings = properties.circumstances();
        try {
            return new NotificationDeadline(settings.notificationDeadlineDays(), clock, settings.zone());
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(
                    "crossflag.circumstances.notification-deadline-days", e.getMessage());
        }
    }

    @Bean
    CircumstanceChangeRepository circumstanceChangeRepository(JdbcTemplate jdbc, ObjectMapper mapper) {
        return new CircumstanceChangeRepository(jdbc, mapper);
    }

    @Bean
    CircumstanceRefusals circumstanceRefusals(CircumstanceChangeRepository changes) {
        return new CircumstanceRefusals(changes);
    }

    @Bean
    PanelCheck circumstancePanelCheck(HearingMatching matching, HearingRepository hearings) {
        return new PanelCheck(matching, hearings);
    }

    @Bean
    CircumstanceChanges circumstanceChanges(
            NodeIdentity node,
            ForceAreas areas,
            NotificationDeadline deadline,
            DirectoryService directory,
            PolicyEnforcer policy,
            HearingMatching matching,
            PanelCheck panels,
            Outbox outbox,
            AlertRaiser alerts,
            DisclosureApplications applications,
            CircumstanceChangeRepository repository,
            AuditTrail audit,
            TransactionTemplate transactions,
            Clock clock) {
        return new CircumstanceChanges(
                node,
                areas,
                deadline,
                directory,
                policy,
                matching,
                panels,
                outbox,
                alerts,
                applications,
                repository,
                audit,
                transactions,
                clock);
    }

    @Bean
    CircumstanceChangeHandler circumstanceChangeHandler(
            PolicyEnforcer policy, PanelCheck panels, AlertRaiser alerts, Quotas quotas, AuditTrail audit) {
        return new CircumstanceChangeHandler(policy, panels, alerts, quotas, audit);
    }
}
