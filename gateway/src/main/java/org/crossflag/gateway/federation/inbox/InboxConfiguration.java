package org.crossflag.gateway.federation.inbox;

import java.time.Clock;
import java.util.List;

import org.apache.camel.ProducerTemplate;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.background.RetrySchedule;
import org.crossflag.gateway.federation.envelope.EnvelopeCodec;
import org.crossflag.gateway.federation.outbox.Outbox;
import org.crossflag.gateway.node.CrossflagProperties;
import org.crossflag.gateway.node.NodeIdentity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/** Wires inbound processing: every {@link InboundMessageHandler} bean takes its message type. */
@Configuration(proxyBeanMethods = false)
class InboxConfiguration {

    @Bean
    RefusalSender refusalSender(Outbox outbox, NodeIdentity node) {
        return new RefusalSender(outbox, node);
    }

    @Bean
    RefusalDispatcher refusalDispatcher(List<RefusalListener> listeners, AuditTrail audit) {
        return new RefusalDispatcher(listeners, audit);
    }

    @Bean
    InboxRepository inboxRepository(JdbcTemplate jdbc) {
        return new InboxRepository(jdbc);
    }

    @Bean
    InboundProcessor inboundProcessor(
            InboxRepository repository,
            List<InboundMessageHandler> handlers,
            RefusalSender refusals,
            TransactionTemplate transactions,
            AuditTrail audit,
            EnvelopeCodec codec,
            ProducerTemplate producer,
            Clock clock,
            MeterRegistry registry,
            CrossflagProperties properties) {
        InboxClaim claim =
                new InboxClaim(repository, transactions, properties.inbox().perPeerBatch());
        CrossflagProperties.Inbox settings = properties.inbox();
        RetrySchedule.requireOrdered("crossflag.inbox.max-backoff", settings.initialBackoff(), settings.maxBackoff());
        RetrySchedule retries = RetrySchedule.withoutJitter(settings.initialBackoff(), settings.maxBackoff());
        InboundProcessor processor = new InboundProcessor(
                repository, claim, handlers, refusals, transactions, audit, codec, producer, clock, registry, retries);
        Gauge.builder("crossflag_inbox_failed_messages", processor, InboundProcessor::failedCount)
                .description("Accepted messages whose processing failed for good")
                .register(registry);
        return processor;
    }

    @Bean
    InboxRetention inboxRetention(InboxRepository repository, CrossflagProperties properties, Clock clock) {
        return new InboxRetention(
                repository,
                properties.inbox().retention(),
                properties.exchange().maxClockSkew(),
                clock);
    }

    @Bean
    InboxRoutes inboxRoutes(InboundProcessor processor, InboxRetention retention) {
        return new InboxRoutes(processor, retention);
    }
}
