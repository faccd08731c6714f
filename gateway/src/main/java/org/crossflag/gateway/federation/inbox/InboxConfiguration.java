package org.crossflag.gateway.federation.inbox;

import java.time.Clock;
import java.util.List;

import org.apache.camel.ProducerTemplate;
import org.crossflag.gateway.CrossflagProperties;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.federation.EnvelopeCodec;
import org.crossflag.gateway.federation.outbox.Outbox;
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
    RefusalSender refusalSender(Outbox outbox, CrossflagProperties properties) {
        return new RefusalSender(outbox, properties.node().code());
    }

    @Bean
    InboundProcessor inboundProcessor(JdbcTemplate jdbc, List<InboundMessageHandler> handlers, RefusalSender refusals,
                                      TransactionTemplate transactions, AuditTrail audit, EnvelopeCodec codec,
                                      ProducerTemplate producer, Clock clock, MeterRegistry registry) {
        InboxRepository repository = new InboxRepository(jdbc);
        InboundProcessor processor = new InboundProcessor(repository, handlers, refusals, transactions, audit, codec,
                producer, clock);
        Gauge.builder("crossflag_inbox_failed_messages", processor, InboundProcessor::failedCount)
                .description("Accepted messages whose processing failed for good").register(registry);
        return processor;
    }

    @Bean
    InboxRoutes inboxRoutes(InboundProcessor processor) {
        return new InboxRoutes(processor);
    }
}
