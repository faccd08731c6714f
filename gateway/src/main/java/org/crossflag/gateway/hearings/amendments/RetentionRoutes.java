package org.crossflag.gateway.hearings.amendments;

import org.crossflag.gateway.background.SweepRoutes;

/** The retention purge on its timer ({@code crossflag.retention.purge-interval}). */
final class RetentionRoutes extends SweepRoutes {

    static final String PURGE_TIMER = "timer:retention-purge?delay={{crossflag.background.purge-delay}}"
            + "&period={{crossflag.retention.purge-interval}}";

    private final RetentionPurge purge;

    RetentionRoutes(RetentionPurge purge) {
        this.purge = purge;
    }

    @Override
    public void configure() {
        sweepOnTimer(PURGE_TIMER, "retention-purge", purge::sweep);
    }
}
