package org.crossflag.gateway.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;

import org.crossflag.gateway.CrossflagProperties;
import org.crossflag.gateway.crypto.MessageSigner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Wires the audit trail, its checkpoints and the checkpoint timer into the node. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    AuditRepository auditRepository(JdbcTemplate jdbc) {
        return new AuditRepository(jdbc);
    }

    @Bean
    AuditCheckpointer auditCheckpointer(CrossflagProperties properties, AuditRepository repository,
                                        PlatformTransactionManager transactionManager, MessageSigner signer, Clock clock) {
        TransactionTemplate ownTransactions = new TransactionTemplate(transactionManager);
        ownTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new AuditCheckpointer(properties.node().code(), repository, ownTransactions, signer, clock,
                properties.audit().checkpointEvery(), Executors.newSingleThreadExecutor(task -> {
                    Thread thread = new Thread(task, "audit-checkpoint");
                    thread.setDaemon(true);
                    return thread;
                }));
    }

    @Bean
    AuditChainer auditChainer(CrossflagProperties properties, AuditRepository repository,
                              PlatformTransactionManager transactionManager, AuditCheckpointer checkpointer) {
        TransactionTemplate ownTransactions = new TransactionTemplate(transactionManager);
        ownTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        // Rounds at most every 100 ms: under load one commit chains a batch, and an event waits at most 100 ms.
        return new AuditChainer(properties.node().code(), repository, ownTransactions, checkpointer,
                Executors.newSingleThreadScheduledExecutor(task -> {
                    Thread thread = new Thread(task, "audit-chain");
                    thread.setDaemon(true);
                    return thread;
                }), Duration.ofMillis(100));
    }

    @Bean
    AuditTrail auditTrail(AuditRepository repository, PlatformTransactionManager transactionManager, AuditChainer chainer,
                          Clock clock) {
        // Propagation REQUIRED: the event joins the caller's transaction when there is one.
        return new AuditTrail(repository, new TransactionTemplate(transactionManager), chainer, clock);
    }

    @Bean
    AuditCheckpointRoute auditCheckpointRoute(AuditCheckpointer checkpointer, AuditChainer chainer,
                                              CrossflagProperties properties) {
        return new AuditCheckpointRoute(checkpointer, chainer, properties.audit().checkpointInterval());
    }
}
