package org.crossflag.adapter;

/**
 * An adapter's way of delivering alerts and disclosure requests to the force's own systems. The node calls every
 * channel bean for each delivery from its push queue; a channel that throws is retried with back-off, and the same
 * delivery keeps its {@link LocalDelivery#deliveryId()}.
 */
public interface LocalDeliveryChannel {

    /** A short stable name, e.g. {@code rest-webhook}: the node keeps one push row per channel. */
    String channelId();

    /** @throws LocalDeliveryFailedException when the local system did not take it; the node retries */
    void deliver(LocalDelivery delivery);
}
