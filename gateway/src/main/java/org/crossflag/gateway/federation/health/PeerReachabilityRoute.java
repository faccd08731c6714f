package org.crossflag.gateway.federation.health;

import java.time.Duration;

import org.apache.camel.builder.RouteBuilder;

/** Probes the peers on the configured interval, starting shortly after the node is up. */
public final class PeerReachabilityRoute extends RouteBuilder {

    private final PeerReachability reachability;
    private final Duration interval;

    public PeerReachabilityRoute(PeerReachability reachability, Duration interval) {
        this.reachability = reachability;
        this.interval = interval;
    }

    @Override
    public void configure() {
        from("timer:peer-reachability?delay=1000&period=" + interval.toMillis())
                .routeId("peer-reachability")
                .bean(reachability, "checkAll");
    }
}
