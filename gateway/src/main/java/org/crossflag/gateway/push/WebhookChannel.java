package org.crossflag.gateway.push;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.crossflag.adapter.LocalDeliveryFailedException;

/**
 * The signed webhook: every delivery as JSON ({@link WebhookBody}), with {@code webhook-id} (the delivery id, the same
 * on every retry), {@code webhook-timestamp} (Unix seconds of this attempt) and {@code webhook-signature} over both
 * and the exact bytes sent, so a retry carries a fresh timestamp and signature.
 */
final class WebhookChannel implements PushChannel {

    static final String ID = "WEBHOOK";
    static final String URI = "direct:alert-webhook";

    /** Sends the body and headers; throws when the receiver did not take it. */
    interface Post {
        void post(byte[] body, Map<String, Object> headers);
    }

    private final String nodeCode;
    private final WebhookSignature signature;
    private final Clock clock;
    private final Post post;

    WebhookChannel(String nodeCode, WebhookSignature signature, Clock clock, Post post) {
        this.nodeCode = nodeCode;
        this.signature = signature;
        this.clock = clock;
        this.post = post;
    }

    /** Through the alert-webhook route; an HTTP error status becomes its reason code, e.g. HTTP_503. */
    static Post overCamel(ProducerTemplate producer) {
        return (body, headers) -> {
            try {
                producer.requestBodyAndHeaders(URI, body, headers);
            } catch (CamelExecutionException e) {
                if (e.getCause() instanceof HttpOperationFailedException failed) {
                    throw new LocalDeliveryFailedException(
                            "HTTP_" + failed.getStatusCode(), "the webhook answered " + failed.getStatusCode(), null);
                }
                throw e;
            }
        };
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean takes(PushKind kind) {
        return true;
    }

    @Override
    public void send(PushItem item) {
        byte[] body = WebhookBody.json(nodeCode, item).getBytes(StandardCharsets.UTF_8);
        String deliveryId = item.delivery().deliveryId();
        long timestamp = clock.instant().getEpochSecond();
        post.post(
                body,
                Map.of(
                        WebhookSignature.ID_HEADER,
                        deliveryId,
                        WebhookSignature.TIMESTAMP_HEADER,
                        Long.toString(timestamp),
                        WebhookSignature.SIGNATURE_HEADER,
                        signature.sign(deliveryId, timestamp, body)));
    }
}
