package org.crossflag.gateway.hearings.alerts;

import org.crossflag.gateway.push.PushKind;
import org.crossflag.gateway.push.PushQueue;

/**
 * Pushes new alerts to the coordinators: queued with the alert, in its transaction, on the node's push queue
 * ({@link PushQueue}: email, the signed webhook and adapters' channels, each retried until it takes the alert, so a
 * mail server outage loses nothing). What is pushed names no person; {@link AlertDeliveries} builds it.
 */
public class AlertPush {

    private final PushQueue queue;

    public AlertPush(PushQueue queue) {
        this.queue = queue;
    }

    /** In the alert's transaction: one push per channel switched on, sent once it commits. */
    void queue(Alert alert) {
        queue.queue(PushKind.ALERT, alert.alertId());
    }
}
