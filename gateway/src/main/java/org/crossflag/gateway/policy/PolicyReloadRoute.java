package org.crossflag.gateway.policy;

import org.crossflag.gateway.background.SweepRoutes;

/** Looks at the policy file on the configured interval and reloads it when its content has changed. */
public final class PolicyReloadRoute extends SweepRoutes {

    static final String RELOAD_TIMER = "timer:policy-reload?delay={{crossflag.policy.reload-interval}}"
            + "&period={{crossflag.policy.reload-interval}}";

    private final Runnable reload;

    PolicyReloadRoute(Runnable reload) {
        this.reload = reload;
    }

    @Override
    public void configure() {
        sweepOnTimer(RELOAD_TIMER, "policy-reload", reload);
    }
}
