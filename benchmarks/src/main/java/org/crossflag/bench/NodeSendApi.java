package org.crossflag.bench;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.crossflag.gateway.federation.envelope.OutgoingMessage;
import org.crossflag.gateway.federation.envelope.SignedMessage;
import org.crossflag.gateway.federation.outbound.DeliveryOutcome;
import org.crossflag.gateway.federation.outbound.DirectExchange;
import org.crossflag.gateway.federation.outbound.FederationSender;
import org.springframework.context.ApplicationContext;

/**
 * The sending node's synchronous exchange, as one outbox delivery attempt makes it: sign the envelope
 * ({@link FederationSender#prepare}), POST it and verify the receiver's signed receipt
 * ({@link DirectExchange#deliver}). A call counts as done only when the receipt verifies. Queueing in the
 * outbox is not part of this measurement; {@link ReliableDeliveryRun} measures that path.
 */
final class NodeSendApi {

    private final FederationSender sender;
    private final DirectExchange exchange;
    private final AtomicLong order = new AtomicLong();

    private NodeSendApi(FederationSender sender, DirectExchange exchange) {
        this.sender = sender;
        this.exchange = exchange;
    }

    static NodeSendApi bind(ApplicationContext node) {
        return new NodeSendApi(node.getBean(FederationSender.class), node.getBean(DirectExchange.class));
    }

    String description() {
        return "FederationSender.prepare + DirectExchange.deliver (DELIVERED only with a verified signed receipt)";
    }

    /** The message and its receipt: each signed by one node and verified by the other, in series. */
    int signaturesPerExchange() {
        return 2;
    }

    byte[] signedBody(OutgoingMessage message) {
        return prepare(message).body();
    }

    /** Null when the receiver's receipt verified, otherwise what happened instead. */
    String send(OutgoingMessage message) {
        SignedMessage signed = prepare(message);
        DirectExchange.Delivery delivery = exchange.deliver(
                signed.messageId(), signed.recipient(), signed.type().wire(), signed.body(), signed.signature());
        return delivery.outcome().kind() == DeliveryOutcome.Kind.DELIVERED
                ? null
                : delivery.outcome().kind() + " " + delivery.outcome().reasonCode() + " (HTTP " + delivery.httpStatus()
                        + ")";
    }

    private SignedMessage prepare(OutgoingMessage message) {
        return sender.prepare(message, UUID.randomUUID().toString(), order.incrementAndGet());
    }
}
