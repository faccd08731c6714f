package org.crossflag.gateway.federation.directory;

import java.time.Clock;

import org.crossflag.gateway.crypto.CertificateFiles;
import org.crossflag.gateway.crypto.CrlFreshness;
import org.crossflag.gateway.crypto.FederationTrust;
import org.crossflag.gateway.crypto.TlsContexts;
import org.crossflag.gateway.node.CrossflagProperties;
import org.crossflag.gateway.node.InvalidConfigurationException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Loads and verifies the directory at start-up (a node with an untrusted directory does not start). */
@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

    @Bean
    DirectorySource directorySource(CrossflagProperties properties) {
        return new DirectorySource(properties.directory().location(), TlsContexts.client(properties.tls()));
    }

    @Bean
    CrlRefresher crlRefresher(CrossflagProperties properties, FederationTrust trust, DirectorySource source) {
        CrlRefresher refresher = new CrlRefresher(
                trust,
                source,
                properties.directory().effectiveCrlLocation(),
                () -> CertificateFiles.readCrl(
                        "crossflag.pki.crl", properties.pki().crl()));
        // Before the directory is verified: a fresher CRL published with it may already revoke someone.
        refresher.refresh();
        return refresher;
    }

    @Bean
    DirectoryService directoryService(
            CrossflagProperties properties,
            FederationTrust trust,
            CrlFreshness crlFreshness,
            DirectorySource source,
            CrlRefresher crlRefresher,
            JdbcTemplate jdbc,
            Clock clock) {
        CrossflagProperties.Directory settings = properties.directory();
        DirectoryVerifier verifier = new DirectoryVerifier(
                trust,
                CertificateFiles.readCertificate(
                        "crossflag.directory.operator-certificate", settings.operatorCertificate()));
        DirectoryService service = new DirectoryService(
                source,
                verifier,
                clock,
                new JdbcDirectoryKeeper(jdbc, clock),
                () -> crlFreshness.of(trust, clock.instant()));
        try {
            FederationDirectory directory = service.load();
            if (directory.member(properties.node().code()).isEmpty()) {
                throw new InvalidConfigurationException(
                        "crossflag.node.code",
                        properties.node().code() + " is not a member of the federation directory at "
                                + settings.location());
            }
        } catch (DirectoryVerificationException e) {
            throw new InvalidConfigurationException("crossflag.directory.location", e.getMessage(), e);
        }
        return service;
    }

    @Bean
    DirectoryRefreshRoute directoryRefreshRoute(DirectoryService directory, CrlRefresher crlRefresher) {
        return new DirectoryRefreshRoute(directory, crlRefresher);
    }
}
