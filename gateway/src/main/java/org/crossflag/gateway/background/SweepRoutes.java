package org.crossflag.gateway.background;

import org.apache.camel.builder.RouteBuilder;

/**
 * The routes of a background job: a sweep on a timer, and for jobs that new work can wake, a sweep on every merged
 * wake-up. A job's RouteBuilder says only what to sweep and when (a timer URI with {@code {{crossflag.*}}}
 * placeholders); every route here opts into the shared {@link RouteDefaults}.
 */
public abstract class SweepRoutes extends RouteBuilder {

    /** Rounds on the timer and on every wake-up; the two run apart, so a long round on one holds up neither. */
    protected final void wakeAndSweep(WakeUp wake, String timerUri, String timerRouteId, Runnable sweep) {
        sweepOnWakeUp(wake, sweep);
        sweepOnTimer(timerUri, timerRouteId, sweep);
    }

    protected final void sweepOnTimer(String timerUri, String routeId, Runnable sweep) {
        from(timerUri).routeId(routeId).routeConfigurationId(RouteDefaults.ID).process(exchange -> sweep.run());
    }

    /** One round per wake-up; the queue has one consumer, so rounds run one after another. */
    protected final void sweepOnWakeUp(WakeUp wake, Runnable sweep) {
        from(wake.uri())
                .routeId(wake.routeId())
                .routeConfigurationId(RouteDefaults.ID)
                .process(exchange -> sweep.run());
    }

    /**
     * Like {@link #sweepOnWakeUp(WakeUp, Runnable)}, but a round starts only after the linger, so work arriving
     * meanwhile joins it. The delay holds the queue's one consumer (Camel's default would hand it to a thread
     * pool), so wake-ups that arrive during a round merge into the next one instead of each starting its own.
     */
    protected final void sweepOnWakeUp(WakeUp wake, String lingerPlaceholder, Runnable sweep) {
        long lingerMillis = Long.parseLong(getContext().resolvePropertyPlaceholders(lingerPlaceholder));
        from(wake.uri())
                .routeId(wake.routeId())
                .routeConfigurationId(RouteDefaults.ID)
                .delay(lingerMillis)
                .syncDelayed()
                .process(exchange -> sweep.run());
    }
}
