package org.crossflag.adapter.rest;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.crossflag.adapter.LocalEventType;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A node as small as the adapter needs: Spring MVC, springdoc, the adapter switched on, a {@link RecordingSink} for
 * the node's storage, and a filter standing in for the local-systems connector, which signs a request's client in as
 * {@link #asClient} says.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class TestNode {

    static final String ADAPTER_ID = "case-system-rest";

    @Bean
    RecordingSink recordingSink() {
        return new RecordingSink();
    }

    @Bean
    ConnectorStandIn connectorStandIn() {
        return new ConnectorStandIn();
    }

    /** Every test class of the adapter's endpoints shares this one node. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @SpringBootTest(
            classes = TestNode.class,
            properties = {
                "crossflag.adapters.rest.enabled=true",
                "crossflag.adapters.rest.adapter-id=" + ADAPTER_ID,
                "spring.main.banner-mode=off"
            })
    @AutoConfigureMockMvc
    @interface WithRestAdapter {}

    /** The request comes from a client signed in under this name, granted the authorities of these events. */
    static RequestPostProcessor asClient(String name, LocalEventType... events) {
        return request -> {
            request.setAttribute(
                    ConnectorStandIn.CLIENT,
                    UsernamePasswordAuthenticationToken.authenticated(
                            name,
                            null,
                            Arrays.stream(events)
                                    .map(event -> new SimpleGrantedAuthority(event.authority()))
                                    .toList()));
            return request;
        };
    }

    /** The request comes with this authentication (an anonymous one, say). */
    static RequestPostProcessor signedInAs(Authentication authentication) {
        return request -> {
            request.setAttribute(ConnectorStandIn.CLIENT, authentication);
            return request;
        };
    }

    /** A client configured for every event. */
    static RequestPostProcessor asTrustedClient() {
        return asClient("case-system", LocalEventType.values());
    }

    /** What the connector does for the adapter: the client's authentication is in place while the request runs. */
    static final class ConnectorStandIn extends OncePerRequestFilter {

        static final String CLIENT = ConnectorStandIn.class.getName() + ".client";

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Object client = request.getAttribute(CLIENT);
            try {
                if (client instanceof Authentication authentication) {
                    SecurityContextHolder.getContext().setAuthentication(authentication);
                }
                chain.doFilter(request, response);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }

    static List<String> paths() {
        return List.of(
                "hearings",
                "referrals",
                "person-records",
                "dvds-applications",
                "circumstance-changes",
                "corrections",
                "withdrawals");
    }
}
