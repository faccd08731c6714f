package org.crossflag.gateway.background;

import org.crossflag.gateway.node.CrossflagProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The shared route configuration, and the {@code crossflag.*} settings as Camel placeholders (Camel picks up a
 * PropertiesSource bean when its properties component starts, before any route is built).
 */
@Configuration(proxyBeanMethods = false)
class BackgroundConfiguration {

    @Bean
    RouteDefaults routeDefaults() {
        return new RouteDefaults();
    }

    @Bean
    CrossflagPlaceholders crossflagPlaceholders(CrossflagProperties properties) {
        return new CrossflagPlaceholders(properties);
    }
}
