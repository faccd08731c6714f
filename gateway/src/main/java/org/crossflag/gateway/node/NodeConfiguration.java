package org.crossflag.gateway.node;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires what every capability shares about this node itself. */
@Configuration(proxyBeanMethods = false)
class NodeConfiguration {

    @Bean
    NodeIdentity nodeIdentity(CrossflagProperties properties) {
        return new NodeIdentity(properties.node().code());
    }
}
