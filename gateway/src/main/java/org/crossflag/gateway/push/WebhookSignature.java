package org.crossflag.gateway.push;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.crossflag.gateway.node.InvalidConfigurationException;

/**
 * Signs a webhook as Standard Webhooks does: HMAC-SHA256 over {@code <id>.<timestamp>.<body>} with the secret's bytes,
 * sent as {@code webhook-signature: v1,<base64>}. The secret is written {@code whsec_<base64>} and holds 24 to 64
 * bytes; anything else is refused when the node starts.
 */
public final class WebhookSignature {

    public static final String SECRET_KEY = "crossflag.local-systems.alert-webhook.secret";
    public static final String ID_HEADER = "webhook-id";
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    public static final String SIGNATURE_HEADER = "webhook-signature";
    static final String PREFIX = "whsec_";
    static final int SHORTEST = 24;
    static final int LONGEST = 64;
    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;

    private WebhookSignature(byte[] secret) {
        this.key = new SecretKeySpec(secret, HMAC);
    }

    /** @throws InvalidConfigurationException naming {@link #SECRET_KEY}, never showing the value */
    public static WebhookSignature fromSecret(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new InvalidConfigurationException(SECRET_KEY, "required while a webhook URL is set");
        }
        if (!secret.startsWith(PREFIX)) {
            throw new InvalidConfigurationException(SECRET_KEY, "must be whsec_ followed by base64");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(SECRET_KEY, "the part after whsec_ is not base64");
        }
        if (bytes.length < SHORTEST || bytes.length > LONGEST) {
            throw new InvalidConfigurationException(
                    SECRET_KEY, "must hold " + SHORTEST + " to " + LONGEST + " bytes, holds " + bytes.length);
        }
        return new WebhookSignature(bytes);
    }

    /** The value of the webhook-signature header for this delivery id, Unix time in seconds and exact body. */
    public String sign(String deliveryId, long timestamp, byte[] body) {
        Mac mac = mac();
        mac.update((deliveryId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // Every Java runtime has HmacSHA256, and the key was checked when it was read.
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "WebhookSignature[secret not shown]";
    }
}
