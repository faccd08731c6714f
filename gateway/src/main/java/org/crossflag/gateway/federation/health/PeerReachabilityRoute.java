package org.crossflag.gateway.federation.health;

import org.crossflag.gateway.background.SweepRoutes;

/** Probes the peers on the configured interval, starting shortly after the node is up. */
public final class PeerReachabilityRoute extends SweepRoutes {

    static final String PROBE_TIMER = "timer:peer-reachability?delay={{crossflag.background.start-delay}}"
            + "&period={{crossflag.health.peer-check-interval}}";

    private final PeerReachability reachability;

    public PeerReachabilityRoute(PeerReachability reachability) {
        this.reachability = reachability;
    }

    @Override
    public void configure() {
        sweepOnTimer(PROBE_TIMER, "peer-reachability", reachability::checkAll);
    }
}
