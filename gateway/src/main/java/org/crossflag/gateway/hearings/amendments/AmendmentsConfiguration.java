package org.crossflag.gateway.hearings.amendments;

import java.time.Clock;

import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.federation.outbox.Outbox;
import org.crossflag.gateway.hearings.alerts.AlertAmendments;
import org.crossflag.gateway.hearings.alerts.AlertRepository;
import org.crossflag.gateway.hearings.queries.IssuedHitRepository;
import org.crossflag.gateway.hearings.queries.QueryRepository;
import org.crossflag.gateway.hearings.records.HearingMatching;
import org.crossflag.gateway.hearings.records.HearingRepository;
import org.crossflag.gateway.hearings.records.LocalPeople;
import org.crossflag.gateway.hearings.records.RecordedHarm;
import org.crossflag.gateway.node.CrossflagProperties;
import org.crossflag.gateway.node.NodeIdentity;
import org.crossflag.gateway.policy.PolicyEnforcer;
import org.crossflag.gateway.quota.Quotas;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires corrections, withdrawals and retention. */
@Configuration(proxyBeanMethods = false)
class AmendmentsConfiguration {

    @Bean
    AlertAmendments alertAmendments(AlertRepository repository, AuditTrail audit) {
        return new AlertAmendments(repository, audit);
    }

    @Bean
    RecordAmendments recordAmendments(
            NodeIdentity node,
            LocalPeople people,
            HearingRepository hearings,
            HearingMatching matching,
            RecordedHarm harm,
            IssuedHitRepository issuedHits,
            AlertAmendments alerts,
            Outbox outbox,
            PolicyEnforcer policy,
            AuditTrail audit,
            TransactionTemplate transactions,
            Clock clock) {
        return new RecordAmendments(
                people,
                hearings,
                matching,
                harm,
                issuedHits,
                alerts,
                new AmendmentNotices(node, outbox, policy),
                audit,
                transactions,
                clock);
    }

    @Bean
    RecordAmendmentHandler recordAmendmentHandler(
            PolicyEnforcer policy,
            QueryRepository queries,
            IssuedHitRepository issuedHits,
            AlertAmendments alerts,
            AuditTrail audit,
            Quotas quotas) {
        return new RecordAmendmentHandler(policy, queries, issuedHits, alerts, audit, quotas);
    }

    /** Read at start-up, so a bad period stops the node naming its key. */
    @Bean
    RetentionPeriods retentionPeriods(CrossflagProperties properties, Clock clock) {
        return new RetentionPeriods(properties.retention(), clock);
    }

    @Bean
    RetentionPurge retentionPurge(RetentionPeriods periods, HearingRepository hearings, RecordAmendments amendments) {
        return new RetentionPurge(periods, hearings, amendments);
    }

    @Bean
    RetentionRoutes retentionRoutes(RetentionPurge purge) {
        return new RetentionRoutes(purge);
    }
}
