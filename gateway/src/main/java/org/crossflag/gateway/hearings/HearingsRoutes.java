package org.crossflag.gateway.hearings;

import org.crossflag.gateway.background.SweepRoutes;
import org.crossflag.gateway.hearings.queries.QueryDeadlines;

/** The sweep that closes overdue queries. Alert push goes through the push queue (push.PushRoutes). */
final class HearingsRoutes extends SweepRoutes {

    static final String DEADLINES_TIMER = "timer:query-deadlines?delay={{crossflag.background.start-delay}}"
            + "&period={{crossflag.hearings.deadline-check-interval}}";

    private final QueryDeadlines deadlines;

    HearingsRoutes(QueryDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void configure() {
        sweepOnTimer(DEADLINES_TIMER, "query-deadlines", deadlines::closeOverdue);
    }
}
