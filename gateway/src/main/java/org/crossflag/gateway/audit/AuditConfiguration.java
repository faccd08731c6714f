package org.crossflag.gateway.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;

import org.crossflag.gateway.crypto.FederationTrust;
import org.crossflag.gateway.crypto.MessageSigner;
import org.crossflag.gateway.node.CrossflagProperties;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;

/** Wires the audit trail, its key, its checkpoints and the checkpoint timer into the node. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    AuditRepository auditRepository(JdbcTemplate jdbc) {
        return new AuditRepository(jdbc);
    }

    @Bean
    AuditChainKey auditChainKey(CrossflagProperties properties) {
        return AuditChainKey.read(properties.audit().chainKey());
    }

    @Bean
    AuditChainStatus auditChainStatus(MeterRegistry registry) {
        return new AuditChainStatus(registry);
    }

    @Bean
    AuditCheckpointer auditCheckpointer(
            CrossflagProperties properties,
            AuditRepository repository,
            AuditChainKey key,
            PlatformTransactionManager transactionManager,
            MessageSigner signer,
            FederationTrust trust,
            AuditChainStatus status,
            Clock clock) {
        TransactionTemplate ownTransactions = new TransactionTemplate(transactionManager);
        ownTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        CheckpointCertificates certificates = CheckpointCertificates.forNode(
                trust.trustAnchor(),
                signer.certificate(),
                properties.audit().earlierSigningCertificates(),
                properties.pki().crl());
        AuditChainVerifier verifier = new AuditChainVerifier(properties.node().code(), key, certificates);
        return new AuditCheckpointer(
                properties.node().code(),
                repository,
                ownTransactions,
                signer,
                clock,
                properties.audit().checkpointInterval(),
                verifier,
                status);
    }

    @Bean
    AuditChainer auditChainer(
            CrossflagProperties properties,
            AuditChainKey key,
            AuditRepository repository,
            PlatformTransactionManager transactionManager,
            AuditCheckpointer checkpointer) {
        TransactionTemplate ownTransactions = new TransactionTemplate(transactionManager);
        ownTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        // Rounds at most every 100 ms: under load one commit chains a batch, and an event waits at most 100 ms.
        return new AuditChainer(
                properties.node().code(),
                key,
                repository,
                ownTransactions,
                checkpointer,
                Executors.newSingleThreadScheduledExecutor(task -> {
                    Thread thread = new Thread(task, "audit-chain");
                    thread.setDaemon(true);
                    return thread;
                }),
                Duration.ofMillis(100));
    }

    /** A trail written before the node had its chain key ends, from this start on, in keyed entries. */
    @Bean
    ApplicationRunner auditChainKeying(AuditChainer chainer, Clock clock) {
        return args -> chainer.markKeyed(clock);
    }

    @Bean
    AuditTrail auditTrail(
            AuditRepository repository,
            PlatformTransactionManager transactionManager,
            AuditChainer chainer,
            Clock clock) {
        // Propagation REQUIRED: the event joins the caller's transaction when there is one.
        return new AuditTrail(repository, new TransactionTemplate(transactionManager), chainer, clock);
    }

    @Bean
    AuditCheckpointRoute auditCheckpointRoute(AuditCheckpointer checkpointer, AuditChainer chainer) {
        return new AuditCheckpointRoute(checkpointer, chainer);
    }

    /** DOWN while the last checkpoint was refused because the chain does not verify. */
    @Bean
    HealthIndicator auditChainHealthIndicator(AuditChainStatus status) {
        return () -> {
            AuditVerification.Problem refused = status.refusal();
            if (refused == null) {
                return Health.up()
                        .withDetail("lastSignedSeq", status.lastSignedSeq())
                        .build();
            }
            return Health.down()
                    .withDetail("problem", "checkpoint refused: the audit chain does not verify")
                    .withDetail("kind", refused.kind().name())
                    .withDetail("seq", refused.seq())
                    .build();
        };
    }
}
