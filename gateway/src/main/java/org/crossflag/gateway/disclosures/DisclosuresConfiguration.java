package org.crossflag.gateway.disclosures;

import java.time.Clock;
import java.util.Optional;

import org.crossflag.adapter.LocalPerson;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.disclosures.applications.ApplicationRepository;
import org.crossflag.gateway.disclosures.applications.ClockSettings;
import org.crossflag.gateway.disclosures.applications.DisclosureClock;
import org.crossflag.gateway.disclosures.applications.Parties;
import org.crossflag.gateway.disclosures.holding.DisclosureChecksAndRequests;
import org.crossflag.gateway.disclosures.holding.HoldingAnswers;
import org.crossflag.gateway.disclosures.holding.IncomingRequests;
import org.crossflag.gateway.disclosures.holding.IssuedDisclosureHits;
import org.crossflag.gateway.disclosures.holding.RequestDeliveries;
import org.crossflag.gateway.disclosures.lookups.DisclosureAnswers;
import org.crossflag.gateway.disclosures.lookups.DisclosureLookups;
import org.crossflag.gateway.disclosures.lookups.ForceRepository;
import org.crossflag.gateway.disclosures.records.PersonRecords;
import org.crossflag.gateway.federation.directory.DirectoryService;
import org.crossflag.gateway.federation.inbox.InboundMessageHandler;
import org.crossflag.gateway.federation.outbox.Outbox;
import org.crossflag.gateway.hearings.alerts.Alert;
import org.crossflag.gateway.hearings.alerts.Alerts;
import org.crossflag.gateway.hearings.records.HearingMatching;
import org.crossflag.gateway.hearings.records.HearingRepository;
import org.crossflag.gateway.hearings.records.LocalPeople;
import org.crossflag.gateway.node.CrossflagProperties;
import org.crossflag.gateway.node.DisclosuresSettings;
import org.crossflag.gateway.node.InvalidConfigurationException;
import org.crossflag.gateway.node.NodeIdentity;
import org.crossflag.gateway.policy.PolicyEnforcer;
import org.crossflag.gateway.push.PushQueue;
import org.crossflag.gateway.quota.Quotas;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Wires DVDS lookups: the requesting side, the holding side and the clock. */
@Configuration(proxyBeanMethods = false)
class DisclosuresConfiguration {

    @Bean
    DisclosureClock disclosureClock(CrossflagProperties properties, Clock clock) {
        DisclosuresSettings settings = properties.disclosures();
        try {
            return new DisclosureClock(
                    new ClockSettings(settings.deadlineDays(), settings.reminderDays()), clock, settings.zone());
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException("crossflag.disclosures.reminder-days", e.getMessage());
        }
    }

    @Bean
    ApplicationRepository applicationRepository(JdbcTemplate jdbc, ObjectMapper mapper) {
        return new ApplicationRepository(jdbc, mapper);
    }

    @Bean
    ForceRepository forceRepository(JdbcTemplate jdbc) {
        return new ForceRepository(jdbc);
    }

    @Bean
    DisclosureLookups disclosureLookups(
            NodeIdentity node,
            DirectoryService directory,
            PolicyEnforcer policy,
            HearingMatching matching,
            Outbox outbox,
            ApplicationRepository applications,
            ForceRepository forces,
            AuditTrail audit,
            DisclosureClock disclosureClock,
            CrossflagProperties properties,
            Clock clock) {
        return new DisclosureLookups(
                node.code(),
                directory,
                policy,
                matching,
                outbox,
                applications,
                forces,
                audit,
                disclosureClock,
                properties.disclosures().checkTimeout(),
                properties.disclosures().zone(),
                clock);
    }

    @Bean
    DisclosureAnswers disclosureAnswers(
            ApplicationRepository applications,
            ForceRepository forces,
            DisclosureLookups lookups,
            Quotas quotas,
            AuditTrail audit) {
        return new DisclosureAnswers(applications, forces, lookups, quotas, audit);
    }

    @Bean
    InboundMessageHandler disclosureCheckAnswerHandler(DisclosureAnswers answers) {
        return answers.checkAnswers();
    }

    @Bean
    InboundMessageHandler disclosureAnswerHandler(DisclosureAnswers answers) {
        return answers.disclosureAnswers();
    }

    @Bean
    IssuedDisclosureHits issuedDisclosureHits(JdbcTemplate jdbc) {
        return new IssuedDisclosureHits(jdbc);
    }

    @Bean
    IncomingRequests incomingRequests(JdbcTemplate jdbc) {
        return new IncomingRequests(jdbc);
    }

    @Bean
    DisclosureChecksAndRequests disclosureChecksAndRequests(
            NodeIdentity node,
            PolicyEnforcer policy,
            HearingMatching matching,
            Outbox outbox,
            IssuedDisclosureHits hits,
            IncomingRequests requests,
            Quotas quotas,
            PushQueue push,
            AuditTrail audit,
            CrossflagProperties properties,
            Clock clock) {
        return new DisclosureChecksAndRequests(
                node,
                policy,
                matching,
                outbox,
                hits,
                requests,
                quotas,
                push,
                audit,
                properties.disclosures().hitLifetime(),
                clock);
    }

    @Bean
    RequestDeliveries requestDeliveries(IncomingRequests requests, CrossflagProperties properties) {
        return new RequestDeliveries(requests, properties.disclosures().zone());
    }

    @Bean
    InboundMessageHandler disclosureCheckHandler(DisclosureChecksAndRequests holding) {
        return holding.checks();
    }

    @Bean
    InboundMessageHandler disclosureRequestHandler(DisclosureChecksAndRequests holding) {
        return holding.requests();
    }

    @Bean
    HoldingAnswers holdingAnswers(
            IncomingRequests requests,
            IssuedDisclosureHits hits,
            PersonRecords records,
            PolicyEnforcer policy,
            Outbox outbox,
            AuditTrail audit,
            Clock clock) {
        return new HoldingAnswers(requests, hits, records, policy, outbox, audit, clock);
    }

    @Bean
    SubjectsOfAlerts subjectsOfAlerts(Alerts alerts, HearingRepository hearings, LocalPeople people) {
        return alertId -> alerts.find(alertId)
                .flatMap(alert -> personOf(alert, hearings))
                .flatMap(people::find)
                .map(DisclosuresConfiguration::subject);
    }

    private static Optional<String> personOf(Alert alert, HearingRepository hearings) {
        if (alert.referralId() != null) {
            return hearings.referral(alert.referralId()).map(HearingRepository.StoredReferral::personId);
        }
        return alert.hearingId() == null
                ? Optional.empty()
                : hearings.hearing(alert.hearingId()).map(HearingRepository.StoredHearing::personId);
    }

    private static Parties.Person subject(LocalPerson person) {
        return new Parties.Person(
                String.join(" ", person.givenNames()),
                String.join(" ", person.familyNames()),
                person.dateOfBirth(),
                null);
    }

    @Bean
    DisclosureApplications disclosureApplications(
            NodeIdentity node,
            ApplicationRepository applications,
            DisclosureLookups lookups,
            SubjectsOfAlerts subjects,
            DisclosureClock disclosureClock,
            AuditTrail audit,
            TransactionTemplate transactions,
            Clock clock) {
        return new DisclosureApplications(
                node, applications, lookups, subjects, disclosureClock, audit, transactions, clock);
    }

    @Bean
    ApplicationViews applicationViews(
            NodeIdentity node,
            ApplicationRepository applications,
            ForceRepository forces,
            DisclosureClock disclosureClock,
            ObjectMapper mapper) {
        return new ApplicationViews(node, applications, forces, disclosureClock, mapper);
    }

    @Bean
    DisclosureClockSweep disclosureClockSweep(
            ApplicationRepository applications,
            DisclosureLookups lookups,
            DisclosureClock disclosureClock,
            AuditTrail audit,
            TransactionTemplate transactions,
            Clock clock) {
        return new DisclosureClockSweep(applications, lookups, disclosureClock, audit, transactions, clock);
    }

    @Bean
    DisclosureRoutes disclosureRoutes(DisclosureClockSweep sweep) {
        return new DisclosureRoutes(sweep);
    }
}
