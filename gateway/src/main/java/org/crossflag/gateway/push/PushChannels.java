package org.crossflag.gateway.push;

import java.util.ArrayList;
import java.util.List;

import org.crossflag.adapter.LocalDeliveryChannel;
import org.crossflag.gateway.node.CrossflagProperties;
import org.crossflag.gateway.node.InvalidConfigurationException;

/**
 * Which of the node's own channels deliver to local systems, decided once from the settings: email (alerts only)
 * while an SMTP host is set, the signed webhook while its URL is set. Adapters' channels come on top
 * ({@link #requireUsable}). PushQueue queues a push per channel on; PushRoutes builds a route per channel on.
 */
public record PushChannels(boolean email, boolean webhook) {

    public static PushChannels from(CrossflagProperties.Hearings settings) {
        return new PushChannels(
                !settings.alertEmail().host().isBlank(),
                !settings.alertWebhook().url().isBlank());
    }

    /** The channel codes stored with each push, in a fixed order. */
    public List<String> names() {
        List<String> names = new ArrayList<>(2);
        if (email) {
            names.add(EmailChannel.ID);
        }
        if (webhook) {
            names.add(WebhookChannel.ID);
        }
        return List.copyOf(names);
    }

    /**
     * Adapters' channel ids are stored with each push row: lower-case letters, digits and '-', starting with a letter,
     * up to 40 characters, each once. @throws InvalidConfigurationException naming the channel class
     */
    public static List<LocalDeliveryChannel> requireUsable(List<LocalDeliveryChannel> channels) {
        List<String> seen = new ArrayList<>();
        for (LocalDeliveryChannel channel : channels) {
            String id = channel.channelId();
            String key = "LocalDeliveryChannel " + channel.getClass().getName();
            if (id == null || !id.matches("[a-z][a-z0-9-]{0,39}")) {
                throw new InvalidConfigurationException(
                        key, "channelId must be lower-case letters, digits and '-', starting with a letter");
            }
            if (seen.contains(id)) {
                throw new InvalidConfigurationException(key, "channelId " + id + " is used by another channel");
            }
            seen.add(id);
        }
        return List.copyOf(channels);
    }
}
