package org.crossflag.gateway.background;

import org.apache.camel.ProducerTemplate;

/**
 * A merged wake-up for one background job: a one-slot queue, so wake-ups that arrive while one is pending are
 * dropped (the pending round will see their work), and none are kept while the job's route is not running.
 */
public final class WakeUp {

    private final String routeId;
    private final String uri;

    public WakeUp(String routeId) {
        this.routeId = routeId;
        this.uri = "seda:" + routeId + "?size=1&discardWhenFull=true&discardIfNoConsumers=true";
    }

    /** The route that runs a round per wake-up; also the name of its queue. */
    public String routeId() {
        return routeId;
    }

    /** The queue's endpoint, for a route that wakes the job itself (e.g. with a wire tap). */
    public String uri() {
        return uri;
    }

    /** Asks for a round soon; never blocks. */
    public void send(ProducerTemplate producer) {
        producer.sendBody(uri, null);
    }
}
