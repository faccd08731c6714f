package org.crossflag.gateway.disclosures;

import org.crossflag.gateway.background.SweepRoutes;

/** The DVDS clock's sweep: overdue checks, reminders and breaches. */
final class DisclosureRoutes extends SweepRoutes {

    static final String CLOCK_TIMER = "timer:dvds-clock?delay={{crossflag.background.start-delay}}"
            + "&period={{crossflag.disclosures.sweep-interval}}";

    private final DisclosureClockSweep sweep;

    DisclosureRoutes(DisclosureClockSweep sweep) {
        this.sweep = sweep;
    }

    @Override
    public void configure() {
        sweepOnTimer(CLOCK_TIMER, "dvds-clock", sweep::sweep);
    }
}
