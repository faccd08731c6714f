package org.crossflag.gateway;

import java.time.Clock;

import org.crossflag.gateway.audit.AuditCommand;
import org.crossflag.gateway.evaluation.MatchEstimateCommand;
import org.crossflag.gateway.evaluation.MatchEvalCommand;
import org.crossflag.gateway.evaluation.MatchSplitCommand;
import org.crossflag.gateway.node.CrossflagProperties;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** One Crossflag node: a force's gateway into the federation. */
@SpringBootApplication
@EnableConfigurationProperties(CrossflagProperties.class)
public class CrossflagApplication {

    public static void main(String[] args) {
        // The auditor's commands read the node's configuration but start neither the node nor its routes.
        if (AuditCommand.handles(args)) {
            System.exit(AuditCommand.run(args, System.out, System.err));
        }
        // Matching evaluation and estimation on CSV files need no node at all: no configuration, database or routes.
        if (MatchEvalCommand.handles(args)) {
            System.exit(MatchEvalCommand.run(args, System.out, System.err));
        }
        if (MatchSplitCommand.handles(args)) {
            System.exit(MatchSplitCommand.run(args, System.out, System.err));
        }
        if (MatchEstimateCommand.handles(args)) {
            System.exit(MatchEstimateCommand.run(args, System.out, System.err));
        }
        SpringApplication.run(CrossflagApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
