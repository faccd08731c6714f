package org.crossflag.adapter.rmssoap;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A small web application that publishes the adapter as a node would, with a recording sink for the node and, in
 * place of the node's local-systems connector, a filter that authenticates every request as the client
 * {@value #CLIENT} holding the authorities its {@value #AUTHORITIES_HEADER} header lists.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class SoapTestApplication {

    static final String CLIENT = "essex-rms";
    static final String AUTHORITIES_HEADER = "X-Test-Authorities";

    @Bean
    RecordingSink recordingSink() {
        return new RecordingSink();
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> testConnector() {
        return new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String granted = request.getHeader(AUTHORITIES_HEADER);
                if (granted != null) {
                    List<SimpleGrantedAuthority> authorities = Arrays.stream(granted.split(","))
                            .map(String::strip)
                            .filter(a -> !a.isEmpty())
                            .map(SimpleGrantedAuthority::new)
                            .toList();
                    SecurityContextHolder.getContext()
                            .setAuthentication(
                                    UsernamePasswordAuthenticationToken.authenticated(CLIENT, null, authorities));
                }
                try {
                    chain.doFilter(request, response);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }
        });
    }
}
