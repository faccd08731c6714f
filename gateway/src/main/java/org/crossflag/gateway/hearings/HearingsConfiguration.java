package org.crossflag.gateway.hearings;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executors;

import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.disclosures.records.PersonRecords;
import org.crossflag.gateway.federation.directory.DirectoryService;
import org.crossflag.gateway.federation.outbox.Outbox;
import org.crossflag.gateway.hearings.alerts.AlertDeliveries;
import org.crossflag.gateway.hearings.alerts.AlertMessages;
import org.crossflag.gateway.hearings.alerts.AlertPush;
import org.crossflag.gateway.hearings.alerts.AlertRaiser;
import org.crossflag.gateway.hearings.alerts.AlertRepository;
import org.crossflag.gateway.hearings.alerts.Alerts;
import org.crossflag.gateway.hearings.alerts.CrossAreaAlertHandler;
import org.crossflag.gateway.hearings.alerts.CrossAreaAlerts;
import org.crossflag.gateway.hearings.alerts.SerialPatterns;
import org.crossflag.gateway.hearings.queries.AnswerAcceptance;
import org.crossflag.gateway.hearings.queries.AnswerFailures;
import org.crossflag.gateway.hearings.queries.HitHarm;
import org.crossflag.gateway.hearings.queries.IssuedHitRepository;
import org.crossflag.gateway.hearings.queries.PriorHearingAnswerHandler;
import org.crossflag.gateway.hearings.queries.PriorHearingQueries;
import org.crossflag.gateway.hearings.queries.PriorHearingQueryHandler;
import org.crossflag.gateway.hearings.queries.PriorHearingRefusals;
import org.crossflag.gateway.hearings.queries.QueryDeadlines;
import org.crossflag.gateway.hearings.queries.QueryRepository;
import org.crossflag.gateway.hearings.records.HarmRepository;
import org.crossflag.gateway.hearings.records.HearingMatching;
import org.crossflag.gateway.hearings.records.HearingRepository;
import org.crossflag.gateway.hearings.records.KeyedHearingMatching;
import org.crossflag.gateway.hearings.records.LocalHearingIndex;
import org.crossflag.gateway.hearings.records.LocalPeople;
import org.crossflag.gateway.hearings.records.MatchingKeys;
import org.crossflag.gateway.hearings.records.RecordedHarm;
import org.crossflag.gateway.hearings.records.RiskFlags;
import org.crossflag.gateway.hearings.victims.SerialCount;
import org.crossflag.gateway.matching.EncodedPersonIndex;
import org.crossflag.gateway.matching.IdentityEncoder;
import org.crossflag.gateway.matching.IdentityEncodingCodec;
import org.crossflag.gateway.matching.MatchParameters;
import org.crossflag.gateway.matching.MatchParametersFile;
import org.crossflag.gateway.matching.MatchThresholds;
import org.crossflag.gateway.matching.MatchingKeyring;
import org.crossflag.gateway.matching.PerQueryEncoder;
import org.crossflag.gateway.node.CrossflagProperties;
import org.crossflag.gateway.node.NodeIdentity;
import org.crossflag.gateway.policy.PolicyEnforcer;
import org.crossflag.gateway.push.PushQueue;
import org.crossflag.gateway.quota.Quotas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;

/** Wires prior-hearing flags: the local index, queries and answers, alerts and their push. */
@Configuration(proxyBeanMethods = false)
class HearingsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(HearingsConfiguration.class);

    /** Matching under the federation matching secret; with none configured, matching that matches nothing. */
    @Bean
    HearingMatching hearingMatching(
            CrossflagProperties properties, NodeIdentity node, LocalPeople people, Clock clock) {
        MatchingKeyring keyring = MatchingKeys.keyring(properties.matching());
        if (keyring == null) {
            return HearingMatching.none(node);
        }
        MatchThresholds thresholds;
        try {
            thresholds = new MatchThresholds(
                    properties.matching().matchThreshold(),
                    properties.matching().possibleThreshold());
        } catch (IllegalArgumentException e) {
            throw new org.crossflag.gateway.node.InvalidConfigurationException(
                    "crossflag.matching.match-threshold", e.getMessage(), e);
        }
        MatchParameters parameters = matchParameters(properties.matching().parametersFile());
        IdentityEncoder encoder = new IdentityEncoder(keyring);
        LocalHearingIndex index = new LocalHearingIndex(
                new EncodedPersonIndex(keyring, clock, thresholds, parameters, 1024), encoder, clock);
        LocalHearingIndex victims = new LocalHearingIndex(
                new EncodedPersonIndex(keyring, clock, thresholds, parameters, 256), encoder, clock);
        log.info("Matching parameters version {}", parameters.version());
        // Built before any route starts, so no query is ever answered from a half-built index.
        index.rebuild(people);
        victims.rebuildVictims(people);
        return new KeyedHearingMatching(
                encoder, new IdentityEncodingCodec(), index, victims, new PerQueryEncoder(keyring, thresholds));
    }

    /** The shipped parameters, or a force's own file, refused at start-up with the bad key named. */
    static MatchParameters matchParameters(Path file) {
        if (file == null) {
            return MatchParameters.defaults();
        }
        try {
            return MatchParametersFile.read(file);
        } catch (IllegalArgumentException e) {
            throw new org.crossflag.gateway.node.InvalidConfigurationException(
                    "crossflag.matching.parameters-file", e.getMessage(), e);
        }
    }

    @Bean
    LocalPeople localPeople(JdbcTemplate jdbc, ObjectMapper mapper) {
        return new LocalPeople(jdbc, mapper);
    }

    @Bean
    HearingRepository hearingRepository(JdbcTemplate jdbc) {
        return new HearingRepository(jdbc);
    }

    @Bean
    QueryRepository queryRepository(JdbcTemplate jdbc) {
        return new QueryRepository(jdbc);
    }

    @Bean
    IssuedHitRepository issuedHitRepository(JdbcTemplate jdbc) {
        return new IssuedHitRepository(jdbc);
    }

    @Bean
    AlertRepository alertRepository(JdbcTemplate jdbc) {
        return new AlertRepository(jdbc);
    }

    @Bean
    PriorHearingQueries priorHearingQueries(
            CrossflagProperties properties,
            DirectoryService directory,
            PolicyEnforcer policy,
            HearingMatching matching,
            Outbox outbox,
            QueryRepository queries,
            AuditTrail audit,
            Clock clock) {
        return new PriorHearingQueries(
                properties.node().code(),
                directory,
                policy,
                matching,
                outbox,
                queries,
                audit,
                properties.hearings().queryTimeout(),
                clock);
    }

    @Bean(destroyMethod = "close")
    QueryDeadlines queryDeadlines(
            PriorHearingQueries queries, QueryRepository repository, TransactionTemplate transactions, Clock clock) {
        QueryDeadlines deadlines = new QueryDeadlines(
                queries,
                repository,
                transactions,
                Executors.newSingleThreadScheduledExecutor(task -> {
                    Thread thread = new Thread(task, "query-deadlines");
                    thread.setDaemon(true);
                    return thread;
                }),
                clock);
        queries.useDeadlines(deadlines);
        return deadlines;
    }

    @Bean
    AlertPush alertPush(PushQueue queue) {
        return new AlertPush(queue);
    }

    @Bean
    AlertDeliveries alertDeliveries(CrossflagProperties properties, AlertRepository repository) {
        return new AlertDeliveries(
                repository,
                new AlertMessages(properties.node().code(), properties.api().publicUrl()));
    }

    @Bean
    CrossAreaAlerts crossAreaAlerts(NodeIdentity node, Outbox outbox, PolicyEnforcer policy) {
        return new CrossAreaAlerts(node, outbox, policy);
    }

    @Bean
    AlertRaiser alertRaiser(
            CrossflagProperties properties,
            AlertRepository repository,
            QueryRepository queries,
            CrossAreaAlerts crossAreaAlerts,
            AlertPush push,
            AuditTrail audit,
            HarmRepository harm,
            LocalPeople people,
            HearingMatching matching,
            HearingRepository hearings,
            Clock clock) {
        CrossflagProperties.Hearings settings = properties.hearings();
        return new AlertRaiser(
                repository,
                queries,
                crossAreaAlerts,
                push,
                audit,
                new RiskFlags.Settings(
                        settings.repeatWindow(), settings.escalationCount(), settings.escalationWindow()),
                new SerialPatterns(
                        properties.node().code(), harm, people, matching, hearings, serialSettings(settings), clock),
                clock);
    }

    /** Checked at start-up, so a window that is no window stops the node naming its key. */
    static SerialCount.Settings serialSettings(CrossflagProperties.Hearings settings) {
        try {
            return new SerialCount.Settings(settings.serialVictims(), settings.serialWindow());
        } catch (IllegalArgumentException e) {
            throw new org.crossflag.gateway.node.InvalidConfigurationException(
                    "crossflag.hearings.serial-window", e.getMessage(), e);
        }
    }

    @Bean
    Alerts alerts(
            AlertRepository repository,
            QueryRepository queries,
            HearingRepository hearings,
            CrossAreaAlerts crossAreaAlerts,
            AuditTrail audit,
            TransactionTemplate transactions,
            Clock clock) {
        return new Alerts(repository, queries, hearings, crossAreaAlerts, audit, transactions, clock);
    }

    @Bean
    LocalRecords localRecords(
            NodeIdentity node,
            LocalPeople people,
            HearingRepository hearings,
            HearingMatching matching,
            RecordedHarm harm,
            PriorHearingQueries queries,
            PersonRecords personRecords,
            AuditTrail audit,
            TransactionTemplate transactions,
            Clock clock) {
        return new LocalRecords(
                node, people, hearings, matching, harm, queries, personRecords, audit, transactions, clock);
    }

    @Bean
    HarmRepository harmRepository(JdbcTemplate jdbc) {
        return new HarmRepository(jdbc);
    }

    @Bean
    RecordedHarm recordedHarm(LocalPeople people, HarmRepository harm, HearingMatching matching) {
        return new RecordedHarm(people, harm, matching);
    }

    @Bean
    PriorHearingQueryHandler priorHearingQueryHandler(
            NodeIdentity node,
            CrossflagProperties properties,
            PolicyEnforcer policy,
            HearingMatching matching,
            HearingRepository hearings,
            Outbox outbox,
            AuditTrail audit,
            IssuedHitRepository issuedHits,
            Quotas quotas,
            Clock clock,
            AnswerFailures answerFailures,
            HarmRepository harm,
            LocalPeople people) {
        return new PriorHearingQueryHandler(
                node,
                policy,
                matching,
                hearings,
                outbox,
                audit,
                issuedHits,
                quotas,
                properties.hearings().hitLifetime(),
                clock,
                answerFailures,
                new HitHarm(harm, people, matching, hearings));
    }

    /** Named so that actuator health shows it as {@code priorHearingAnswers}. */
    @Bean
    AnswerFailures priorHearingAnswersHealthIndicator(MeterRegistry registry, Clock clock) {
        return new AnswerFailures(registry, clock);
    }

    @Bean
    PriorHearingAnswerHandler priorHearingAnswerHandler(
            CrossflagProperties properties,
            QueryRepository queries,
            HearingRepository hearings,
            PriorHearingQueries lifecycle,
            AlertRaiser alerts,
            AuditTrail audit,
            Quotas quotas) {
        return new PriorHearingAnswerHandler(
                queries,
                hearings,
                lifecycle,
                alerts,
                audit,
                new AnswerAcceptance(properties.hearings().lateAnswerWindow()),
                quotas);
    }

    @Bean
    PriorHearingRefusals priorHearingRefusals(QueryRepository queries, PriorHearingQueries lifecycle) {
        return new PriorHearingRefusals(queries, lifecycle);
    }

    @Bean
    CrossAreaAlertHandler crossAreaAlertHandler(
            DirectoryService directory,
            PolicyEnforcer policy,
            HearingRepository hearings,
            IssuedHitRepository issuedHits,
            AlertRaiser alerts,
            Quotas quotas,
            Clock clock) {
        return new CrossAreaAlertHandler(directory, policy, hearings, issuedHits, alerts, quotas, clock);
    }

    @Bean
    HearingsRoutes hearingsRoutes(QueryDeadlines deadlines) {
        return new HearingsRoutes(deadlines);
    }
}
