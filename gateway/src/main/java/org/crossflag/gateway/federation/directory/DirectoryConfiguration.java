package org.crossflag.gateway.federation.directory;

import java.time.Clock;

import org.crossflag.gateway.CrossflagProperties;
import org.crossflag.gateway.crypto.CertificateFiles;
import org.crossflag.gateway.crypto.FederationTrust;
import org.crossflag.gateway.InvalidConfigurationException;
import org.crossflag.gateway.crypto.TlsContexts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads and verifies the directory at start-up (a node with an untrusted directory does not start). */
@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

    @Bean
    DirectoryService directoryService(CrossflagProperties properties, FederationTrust trust, Clock clock) {
        CrossflagProperties.Directory settings = properties.directory();
        DirectoryVerifier verifier = new DirectoryVerifier(trust, CertificateFiles.readCertificate(
                "crossflag.directory.operator-certificate", settings.operatorCertificate()));
        DirectoryService service = new DirectoryService(
                new DirectorySource(settings.location(), TlsContexts.client(properties.tls())), verifier, clock);
        try {
            FederationDirectory directory = service.load();
            if (directory.member(properties.node().code()).isEmpty()) {
                throw new InvalidConfigurationException("crossflag.node.code",
                        properties.node().code() + " is not a member of the federation directory at " + settings.location());
            }
        } catch (DirectoryVerificationException e) {
            throw new InvalidConfigurationException("crossflag.directory.location", e.getMessage(), e);
        }
        return service;
    }

    @Bean
    DirectoryRefreshRoute directoryRefreshRoute(DirectoryService directory, FederationTrust trust, CrossflagProperties properties) {
        return new DirectoryRefreshRoute(directory, trust, properties.directory().refreshInterval());
    }
}
