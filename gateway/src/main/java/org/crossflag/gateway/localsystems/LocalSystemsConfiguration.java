package org.crossflag.gateway.localsystems;

import java.io.IOException;

import org.apache.catalina.connector.Connector;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.crypto.FederationTrust;
import org.crossflag.gateway.node.CrossflagProperties;
import org.crossflag.gateway.node.LocalConnectorSettings;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The local-systems connector: a third Tomcat connector, on only when {@code crossflag.local-systems.connector.port}
 * is set, and the security of {@code /local/**}, which {@code web.PortSplit} serves on that port alone. Clients
 * authenticate by a client certificate from the force's own CA or by an API key ({@link LocalClients}); adapters'
 * endpoints check the authority of the event they take.
 */
@Configuration(proxyBeanMethods = false)
class LocalSystemsConfiguration {

    @Bean
    LocalClients localClients(CrossflagProperties properties) {
        return LocalClients.of(properties.localSystems().connector().clients());
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> localSystemsConnector(
            CrossflagProperties properties, FederationTrust federationTrust) {
        LocalConnectorSettings settings = properties.localSystems().connector();
        if (!settings.enabled()) {
            return factory -> {};
        }
        Connector connector = LocalConnectorTls.connector(settings, federationTrust.trustAnchor());
        return factory -> factory.addAdditionalTomcatConnectors(connector);
    }

    /**
     * Calls from the force's own systems: no login form, cookie, CSRF token or saved request; every call carries its
     * client's certificate or API key. Before the officers' chain, which takes everything else.
     */
    @Bean
    @Order(3)
    SecurityFilterChain localSystemsSecurity(
            HttpSecurity http, LocalClients clients, AuditTrail audit, ObjectMapper json) throws Exception {
        // A path matcher, not Spring MVC's: the SOAP adapter's servlet serves part of /local/**, beside the dispatcher.
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/local/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .addFilterBefore(new LocalClientFilter(clients, audit, json), AnonymousAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(
                        (request, response, failure) -> unauthenticated(json, response)))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> anonymous.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    private static void unauthenticated(ObjectMapper json, jakarta.servlet.http.HttpServletResponse response)
            throws IOException {
        LocalClientFilter.writeRefusal(json, response, LocalClientRefusal.LOCAL_CLIENT_UNAUTHENTICATED);
    }
}
