package org.crossflag.gateway.scores;

import org.crossflag.gateway.node.CrossflagProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The score tools table, read once at start-up: a bad shipped or force file stops the node naming the entry. */
@Configuration(proxyBeanMethods = false)
class ScoresConfiguration {

    @Bean
    ScoreTools scoreTools(CrossflagProperties properties) {
        return ScoreTools.load(properties.scoreTools().file());
    }
}
