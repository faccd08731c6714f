package org.crossflag.gateway.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.connector.Connector;
import org.crossflag.adapter.RequesterRole;
import org.crossflag.gateway.node.CrossflagProperties;
import org.crossflag.gateway.node.InvalidConfigurationException;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The officers' side of the node: its own port (a second Tomcat connector), HTTP Basic logins for the users in
 * {@code crossflag.api.users}, and a strict split of paths by port: federation traffic only on the mutual-TLS
 * port, local systems' calls only on the local-systems port, the API, its OpenAPI document and the inbox only on the
 * API port. Anything else is refused.
 */
@Configuration(proxyBeanMethods = false)
class LocalApiConfiguration {

    static final String[] COORDINATOR_ROLES = {
        RequesterRole.MARAC_COORDINATOR.name(), RequesterRole.PANEL_COORDINATOR.name()
    };

    static final String[] CIRCUMSTANCE_ROLES = {
        RequesterRole.OFFENDER_MANAGER.name(), RequesterRole.MARAC_COORDINATOR.name()
    };

    static final String[] PERSON_RECORD_ROLES = {
        RequesterRole.DVDS_OFFICER.name(), RequesterRole.INTEGRATION_SERVICE.name()
    };

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> localApiConnector(CrossflagProperties properties) {
        return factory -> {
            Connector connector = new Connector(TomcatServletWebServerFactory.DEFAULT_PROTOCOL);
            connector.setPort(properties.api().port());
            try {
                connector.setProperty(
                        "address",
                        InetAddress.getByName(properties.api().address()).getHostAddress());
            } catch (UnknownHostException e) {
                throw new InvalidConfigurationException(
                        "crossflag.api.address",
                        "unknown host " + properties.api().address());
            }
            factory.addAdditionalTomcatConnectors(connector);
        };
    }

    @Bean
    PortSplitFilter portSplit() {
        return new PortSplitFilter();
    }

    @Bean
    FilterRegistrationBean<PortSplitFilter> portSplitFilter(PortSplitFilter filter) {
        FilterRegistrationBean<PortSplitFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Learns the ports actually bound (0 in the settings means any free port for the API; the local-systems connector
     * is on only at the port it names).
     */
    @Bean
    ApplicationListener<WebServerInitializedEvent> portSplitPorts(
            PortSplitFilter filter, CrossflagProperties properties) {
        int localSystemsPort = properties.localSystems().connector().port();
        return event -> {
            if (event.getApplicationContext().getServerNamespace() == null
                    && event.getWebServer() instanceof TomcatWebServer tomcat) {
                Connector main = tomcat.getTomcat().getConnector();
                int api = -1;
                int localSystems = -1;
                for (Connector connector : tomcat.getTomcat().getService().findConnectors()) {
                    if (localSystemsPort > 0 && connector.getPort() == localSystemsPort) {
                        localSystems = connector.getLocalPort();
                    } else if (connector != main) {
                        api = connector.getLocalPort();
                    }
                }
                filter.ports(main.getLocalPort(), api, localSystems);
            }
        };
    }

    /** Actuator lives on the loopback-only management port and stays open, as before. */
    @Bean
    @Order(1)
    SecurityFilterChain managementSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * Federation traffic: peers authenticate with their TLS client certificate, and every message is verified
     * (signature, sender, certificates) by the federation layer. No login, session or browser headers apply.
     */
    @Bean
    @Order(2)
    SecurityFilterChain federationSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/federation/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .sessionManagement(session -> session.disable())
                .anonymous(anonymous -> anonymous.disable())
                .build();
    }

    /** Everything else, last: the local-systems chain ({@code /local/**}) comes before it. */
    @Bean
    @Order(4)
    SecurityFilterChain nodeSecurity(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests
                        // The inbox page (from InboxController, with its content security policy), script and style
                        // sheet hold no data; the page calls the API with a login.
                        .requestMatchers(HttpMethod.GET, "/inbox", "/inbox/", "/inbox/*.js", "/inbox/*.css")
                        .permitAll()
                        // Likewise the DVDS workspace (DvdsWorkspaceController).
                        .requestMatchers(HttpMethod.GET, "/dvds", "/dvds/", "/dvds/*.js", "/dvds/*.css")
                        .permitAll()
                        // Before the coordinators' rule: person records are a DVDS officer's or the integration's.
                        .requestMatchers("/api/person-records", "/api/person-records/**")
                        .hasAnyRole(PERSON_RECORD_ROLES)
                        // Changes of circumstance under protection orders: offender managers and MARAC coordinators.
                        .requestMatchers("/api/circumstance-changes", "/api/circumstance-changes/**")
                        .hasAnyRole(CIRCUMSTANCE_ROLES)
                        // DVDS applications and other forces' disclosure requests: DVDS officers only.
                        .requestMatchers("/api/dvds/**")
                        .hasRole(RequesterRole.DVDS_OFFICER.name())
                        // The API's OpenAPI document and Swagger UI: for any signed-in API user.
                        .requestMatchers(HttpMethod.GET, OfficersApiDescription.PATHS)
                        .authenticated()
                        .requestMatchers("/api/**")
                        .hasAnyRole(COORDINATOR_ROLES)
                        .anyRequest()
                        .denyAll())
                // A call that says it comes from a script (X-Requested-With: XMLHttpRequest) gets a bare 401 on a bad
                // login, with no WWW-Authenticate header, so the browser shows the inbox's own sign-in form instead of
                // its login dialog.
                .httpBasic(Customizer.withDefaults())
                // Stateless Basic logins; state-changing calls must be JSON, which a cross-site form cannot send.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService apiUsers(CrossflagProperties properties) {
        ApiPasswords.check(
                properties.api().users().stream()
                        .map(CrossflagProperties.ApiUser::password)
                        .toList(),
                properties.api().plainTextPasswordsForTests());
        Map<String, CrossflagProperties.ApiUser> users = new HashMap<>();
        for (CrossflagProperties.ApiUser user : properties.api().users()) {
            users.put(user.username(), user);
        }
        // A fresh user each time: Spring Security erases the password of the one it authenticated.
        return username -> {
            CrossflagProperties.ApiUser user = users.get(username);
            if (user == null) {
                throw new UsernameNotFoundException("unknown user");
            }
            return new OfficerUser(user.username(), user.password(), user.officerId(), user.role());
        };
    }

    /**
     * Refuses a path arriving on a port that does not serve it, as if it did not exist (see {@link PortSplit}); until
     * the ports are known, every federation, local-systems and API path is refused.
     */
    static final class PortSplitFilter extends OncePerRequestFilter {

        private volatile int federationPort = -1;
        private volatile int apiPort = -1;
        private volatile int localSystemsPort = -1;

        void ports(int federation, int api, int localSystems) {
            this.federationPort = federation;
            this.apiPort = api;
            this.localSystemsPort = localSystems;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!PortSplit.serves(portOf(request), request.getRequestURI(), normalisedPath(request))) {
                // A plain status, not sendError: an error dispatch would go through security again.
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            chain.doFilter(request, response);
        }

        private PortSplit.Port portOf(HttpServletRequest request) {
            int port = request.getLocalPort();
            if (federationPort > 0 && port == federationPort) {
                return PortSplit.Port.FEDERATION;
            }
            if (localSystemsPort > 0 && port == localSystemsPort) {
                return PortSplit.Port.LOCAL_SYSTEMS;
            }
            return apiPort > 0 && port == apiPort ? PortSplit.Port.API : PortSplit.Port.OTHER;
        }

        /** The path as the container decoded and normalised it, path parameters removed: what handlers match. */
        private static String normalisedPath(HttpServletRequest request) {
            String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
            String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
            return servletPath + pathInfo;
        }
    }

    /** A login that knows its officer id and role, as they travel in envelopes and the audit trail. */
    static final class OfficerUser extends User {

        private final String officerId;
        private final RequesterRole role;

        OfficerUser(String username, String password, String officerId, RequesterRole role) {
            super(
                    username,
                    password,
                    List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                            "ROLE_" + role.name())));
            this.officerId = officerId;
            this.role = role;
        }

        String officerId() {
            return officerId;
        }

        RequesterRole role() {
            return role;
        }
    }
}
