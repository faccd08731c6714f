package org.crossflag.gateway.push;

/** One way a delivery leaves the node: email, the signed webhook, or an adapter's channel. */
interface PushChannel {

    /** Stored with each push row: {@code EMAIL}, {@code WEBHOOK} or the adapter's channel id. */
    String id();

    /** Whether deliveries of this kind go this way. */
    boolean takes(PushKind kind);

    /** @throws RuntimeException when the receiving system did not take it; the queue retries */
    void send(PushItem item);
}
