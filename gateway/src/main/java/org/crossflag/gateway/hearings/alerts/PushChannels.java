package org.crossflag.gateway.hearings.alerts;

import java.util.ArrayList;
import java.util.List;

import org.crossflag.gateway.node.CrossflagProperties;

/**
 * Which channels new alerts are pushed on, decided once from the settings: email while an SMTP host is set, the
 * webhook while its URL is set. AlertPush queues a push per channel on; AlertPushRoutes builds a route per channel on.
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
            names.add(AlertPush.EMAIL);
        }
        if (webhook) {
            names.add(AlertPush.WEBHOOK);
        }
        return List.copyOf(names);
    }
}
