package org.crossflag.gateway.push;

import org.crossflag.adapter.LocalDeliveryChannel;

/** An adapter's {@link LocalDeliveryChannel}: it takes every delivery, as the adapter-api type. */
final class AdapterChannel implements PushChannel {

    private final LocalDeliveryChannel channel;

    AdapterChannel(LocalDeliveryChannel channel) {
        this.channel = channel;
    }

    @Override
    public String id() {
        return channel.channelId();
    }

    @Override
    public boolean takes(PushKind kind) {
        return true;
    }

    @Override
    public void send(PushItem item) {
        channel.deliver(item.delivery());
    }
}
