package org.crossflag.gateway.audit;

import java.time.Clock;
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
    AuditTrail auditTrail(CrossflagProperties properties, AuditRepository repository, PlatformTransactionManager transactionManager,
                          AuditCheckpointer checkpointer, Clock clock) {
        // Propagation REQUIRED: the entry joins the caller's transaction when there is one.
        return new AuditTrail(properties.node().code(), repository, new TransactionTemplate(transactionManager), checkpointer, clock);
    }

    @Bean
    AuditCheckpointRoute auditCheckpointRoute(AuditCheckpointer checkpointer, CrossflagProperties properties) {
        return new AuditCheckpointRoute(checkpointer, properties.audit().checkpointInterval());
    }
}
