package org.crossflag.gateway.federation.health;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.crossflag.gateway.crypto.CrlFreshness;
import org.crossflag.gateway.crypto.FederationTrust;
import org.crossflag.gateway.crypto.MessageSigner;
import org.crossflag.gateway.crypto.NodeTlsIdentity;
import org.crossflag.gateway.federation.directory.CrlRefresher;
import org.crossflag.gateway.federation.directory.DirectoryService;
import org.crossflag.gateway.federation.directory.FederationDirectory;
import org.crossflag.gateway.node.CrossflagProperties;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Actuator health for the federation: directory validity and expiry, days until this node's certificates
 * expire, and each peer's reachability. An unreachable peer is reported but does not take this node down.
 */
@Configuration(proxyBeanMethods = false)
class FederationHealthIndicators {

    @Bean
    HealthIndicator directoryHealthIndicator(DirectoryService directory, Clock clock) {
        return () -> {
            FederationDirectory current = directory.lastVerified();
            if (current == null) {
                return Health.down()
                        .withDetail("problem", "no verified directory")
                        .build();
            }
            Instant now = clock.instant();
            Health.Builder health =
                    current.isExpiredAt(now) ? Health.down().withDetail("problem", "directory expired") : Health.up();
            health.withDetail("location", directory.location())
                    .withDetail("federation", current.federation())
                    .withDetail("sequence", current.sequence())
                    .withDetail("issuedAt", current.issuedAt().toString())
                    .withDetail("expiresAt", current.expiresAt().toString())
                    .withDetail(
                            "daysUntilExpiry",
                            Duration.between(now, current.expiresAt()).toDays())
                    .withDetail("members", current.members().size());
            if (directory.lastRefreshProblem() != null) {
                health.withDetail("lastRefreshProblem", directory.lastRefreshProblem());
            }
            return health.build();
        };
    }

    @Bean
    HealthIndicator certificatesHealthIndicator(
            NodeTlsIdentity tls,
            MessageSigner signer,
            FederationTrust trust,
            CrlFreshness crlFreshness,
            CrlRefresher crlRefresher,
            CrossflagProperties properties,
            Clock clock) {
        return () -> {
            Instant now = clock.instant();
            long tlsDays = daysLeft(tls.certificate(), now);
            long signingDays = daysLeft(signer.certificate(), now);
            CrlFreshness.Verdict crl = crlFreshness.of(trust, now);
            Health.Builder health = tlsDays < 0 || signingDays < 0 || !crl.fresh() ? Health.down() : Health.up();
            if (!crl.fresh()) {
                health.withDetail("problem", "CRL " + crl.state() + ": federation traffic is suspended");
            }
            health.withDetail("crlThisUpdate", String.valueOf(trust.crlThisUpdate()))
                    .withDetail("crlNextUpdate", String.valueOf(trust.crlNextUpdate()))
                    .withDetail("crlFresh", crl.fresh())
                    .withDetail("crlStale", !crl.fresh())
                    .withDetail("crlFreshUntil", crl.staleAfter().toString())
                    .withDetail("crlLocation", crlRefresher.location())
                    .withDetail("tlsCertificateDaysUntilExpiry", tlsDays)
                    .withDetail("signingCertificateDaysUntilExpiry", signingDays)
                    .withDetail(
                            "expiringSoon",
                            Math.min(tlsDays, signingDays) < properties.health().certificateWarningDays());
            if (crlRefresher.lastProblem() != null) {
                health.withDetail("lastCrlProblem", crlRefresher.lastProblem());
            }
            return health.build();
        };
    }

    @Bean
    HealthIndicator peersHealthIndicator(PeerReachability reachability) {
        return () -> {
            Map<String, Object> peers = new LinkedHashMap<>();
            reachability.statuses().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(entry -> peers.put(entry.getKey(), entry.getValue()));
            return Health.up().withDetails(peers).build();
        };
    }

    private static long daysLeft(X509Certificate certificate, Instant now) {
        Duration left = Duration.between(now, certificate.getNotAfter().toInstant());
        return left.isNegative() ? -1 : left.toDays();
    }
}
