package org.crossflag.gateway.federation.outbox;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.camel.ProducerTemplate;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.background.RetrySchedule;
import org.crossflag.gateway.federation.envelope.EnvelopeCodec;
import org.crossflag.gateway.federation.outbound.DirectExchange;
import org.crossflag.gateway.federation.outbound.FederationSender;
import org.crossflag.gateway.node.CrossflagProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;

/** Wires store-and-forward delivery. */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

    @Bean
    OutboxRepository outboxRepository(JdbcTemplate jdbc) {
        return new OutboxRepository(jdbc);
    }

    @Bean
    OutboxMetrics outboxMetrics(MeterRegistry registry, OutboxRepository repository) {
        return new OutboxMetrics(registry, repository);
    }

    @Bean
    OutboxDispatcher outboxDispatcher(
            CrossflagProperties properties,
            OutboxRepository repository,
            DirectExchange exchange,
            TransactionTemplate transactions,
            AuditTrail audit,
            OutboxMetrics metrics,
            ProducerTemplate producer,
            Clock clock) {
        CrossflagProperties.Outbox settings = properties.outbox();
        RetrySchedule.requireOrdered("crossflag.outbox.max-backoff", settings.initialBackoff(), settings.maxBackoff());
        RetrySchedule schedule = new RetrySchedule(
                settings.initialBackoff(),
                settings.maxBackoff(),
                settings.maxAge(),
                () -> ThreadLocalRandom.current().nextDouble());
        // Unique per process, so a restarted node never mistakes its predecessor's claims for its own.
        String instance = properties.node().code() + "/"
                + ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
        // Not a bean: an Executor bean would make Spring Boot drop the task executor the web layer relies on.
        ExecutorService workers = Executors.newFixedThreadPool(settings.workers(), runnable -> {
            Thread thread = new Thread(runnable, "outbox-worker");
            thread.setDaemon(true);
            return thread;
        });
        return new OutboxDispatcher(
                repository,
                exchange,
                schedule,
                transactions,
                audit,
                metrics,
                workers,
                producer,
                clock,
                instance,
                settings.batchSize(),
                settings.claimLease());
    }

    @Bean
    Outbox outbox(
            FederationSender sender,
            OutboxRepository repository,
            TransactionTemplate transactions,
            AuditTrail audit,
            OutboxDispatcher dispatcher,
            EnvelopeCodec codec,
            Clock clock,
            CrossflagProperties properties) {
        return new Outbox(
                sender,
                repository,
                transactions,
                audit,
                dispatcher,
                codec,
                clock,
                properties.outbox().queueWriters());
    }

    @Bean
    OutboxRoutes outboxRoutes(
            OutboxDispatcher dispatcher, OutboxRepository repository, CrossflagProperties properties, Clock clock) {
        return new OutboxRoutes(dispatcher, repository, properties.outbox().retention(), clock);
    }

    @Bean
    OutboxEndpoint outboxEndpoint(OutboxRepository repository, Outbox outbox) {
        return new OutboxEndpoint(repository, outbox);
    }
}
