package org.crossflag.gateway.federation.health;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;

import org.crossflag.gateway.crypto.CertificateFiles;
import org.crossflag.gateway.node.CrossflagProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Says loudly when the node runs with the repository's public keys (see ExampleKeys): a WARN line at start-up and a
 * warning in the {@code exampleKeys} health details. In the demo ({@code crossflag.demo}) the line is INFO.
 */
@Configuration(proxyBeanMethods = false)
class ExampleKeysConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ExampleKeysConfiguration.class);

    @Bean
    HealthIndicator exampleKeysHealthIndicator(CrossflagProperties properties) {
        ExampleKeys.Finding finding = find(properties);
        finding.warning().ifPresent(warning -> {
            if (finding.demo()) {
                log.info(warning);
            } else {
                log.warn(warning);
            }
        });
        Health.Builder health = Health.up()
                .withDetail("exampleRootCa", finding.exampleRootCa())
                .withDetail("demoMatchingKey", finding.demoMatchingKey())
                .withDetail("demo", finding.demo());
        finding.warning().ifPresent(warning -> health.withDetail("warning", warning));
        Health built = health.build();
        return () -> built;
    }

    private static ExampleKeys.Finding find(CrossflagProperties properties) {
        boolean exampleRootCa = ExampleKeys.isExampleRootCa(CertificateFiles.readCertificate(
                "crossflag.pki.trust-anchor", properties.pki().trustAnchor()));
        boolean demoMatchingKey = properties.matching().keys().stream().anyMatch(key -> {
            try {
                String text = Files.readString(key.secretFile(), StandardCharsets.US_ASCII)
                        .strip();
                return ExampleKeys.isDemoMatchingSecret(Base64.getDecoder().decode(text));
            } catch (Exception e) {
                // An unreadable key file is reported by the matching set-up, naming its key.
                return false;
            }
        });
        return new ExampleKeys.Finding(exampleRootCa, demoMatchingKey, properties.demo());
    }
}
