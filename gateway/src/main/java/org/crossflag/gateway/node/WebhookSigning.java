package org.crossflag.gateway.node;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The secret a webhook is signed with ({@code crossflag.local-systems.alert-webhook.secret}), in the Standard
 * Webhooks form {@code whsec_<base64>}: required while a webhook URL is set, checked when the push starts.
 */
public record WebhookSigning(@DefaultValue("") String secret) {

    /** Never the secret: settings may be printed. */
    @Override
    public String toString() {
        return "WebhookSigning[" + (secret.isBlank() ? "unset" : "set") + "]";
    }
}
