package org.crossflag.gateway.federation.outbound;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Base64;

import javax.net.ssl.SSLException;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.crossflag.gateway.federation.directory.DirectoryMember;
import org.crossflag.gateway.federation.directory.DirectoryService;
import org.crossflag.gateway.federation.directory.DirectoryUnavailableException;
import org.crossflag.gateway.federation.envelope.WireHeaders;
import org.crossflag.gateway.federation.receipt.InvalidReceiptException;
import org.crossflag.gateway.federation.receipt.ReceiptVerifier;
import org.crossflag.gateway.federation.receipt.SignedReceipt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One delivery attempt: POST the signed bytes to the recipient's endpoint from the directory, then check
 * the answer. Only a receipt that verifies counts as delivered; the outbox decides what happens otherwise.
 */
public class DirectExchange {

    private final DirectoryService directory;
    private final ProducerTemplate producer;
    private final ReceiptVerifier receipts;
    private final OutboundMetrics metrics;
    private final ObjectMapper mapper;
    private final String signingCertificate;

    public DirectExchange(
            DirectoryService directory,
            ProducerTemplate producer,
            ReceiptVerifier receipts,
            OutboundMetrics metrics,
            ObjectMapper mapper,
            String signingCertificate) {
        this.directory = directory;
        this.producer = producer;
        this.receipts = receipts;
        this.metrics = metrics;
        this.mapper = mapper;
        this.signingCertificate = signingCertificate;
    }

    public Delivery deliver(String messageId, String recipient, String type, byte[] body, byte[] signature) {
        long started = System.nanoTime();
        Delivery delivery = attempt(messageId, recipient, body, signature, started);
        metrics.sent(type, recipient, delivery.outcome().kind().name());
        if (delivery.httpStatus() > 0) {
            metrics.exchangeLatency(delivery.latency());
        }
        return delivery;
    }

    private Delivery attempt(String messageId, String recipient, byte[] body, byte[] signature, long started) {
        DirectoryMember member;
        try {
            member = directory.requireTrafficAllowed().member(recipient).orElse(null);
        } catch (DirectoryUnavailableException e) {
            return failed(DeliveryOutcome.retry(e.reasonCode()), started);
        }
        if (member == null) {
            return failed(DeliveryOutcome.retry("RECIPIENT_NOT_IN_DIRECTORY"), started);
        }
        Exchange answer = producer.send(OutboundMessageRoute.URI, exchange -> {
            exchange.setProperty(OutboundMessageRoute.ENDPOINT_PROPERTY, member.endpoint());
            exchange.getMessage()
                    .setHeader(WireHeaders.SIGNATURE, Base64.getEncoder().encodeToString(signature));
            exchange.getMessage().setHeader(WireHeaders.SIGNING_CERTIFICATE, signingCertificate);
            exchange.getMessage().setBody(body);
        });
        if (answer.getException() != null) {
            return failed(DeliveryOutcome.retry(transportReason(answer.getException())), started);
        }
        Message reply = answer.getMessage();
        int status = reply.getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        byte[] replyBody = reply.getBody(byte[].class);
        Duration latency = Duration.ofNanos(System.nanoTime() - started);
        if (status == 200 || status == 202) {
            try {
                SignedReceipt receipt = receipts.verify(
                        recipient,
                        messageId,
                        body,
                        replyBody,
                        decode(reply.getHeader(WireHeaders.SIGNATURE, String.class)),
                        reply.getHeader(WireHeaders.SIGNING_CERTIFICATE, String.class));
                return new Delivery(DeliveryOutcome.delivered(), receipt, status, latency);
            } catch (InvalidReceiptException e) {
                return new Delivery(DeliveryOutcome.retry(e.reasonCode()), null, status, latency);
            }
        }
        String reason = reasonFrom(replyBody);
        DeliveryOutcome outcome = reason == null
                ? DeliveryOutcome.retry(status >= 500 ? "PEER_SERVER_ERROR" : "PEER_REFUSED_WITHOUT_REASON")
                : DeliveryOutcome.refused(reason);
        return new Delivery(outcome, null, status, latency);
    }

    private static Delivery failed(DeliveryOutcome outcome, long started) {
        return new Delivery(outcome, null, 0, Duration.ofNanos(System.nanoTime() - started));
    }

    /** Transport failures as reason codes: nothing from the exception's message, which may name hosts. */
    static String transportReason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return "PEER_UNREACHABLE";
            }
            if (cause instanceof SocketTimeoutException
                    || cause.getClass().getSimpleName().contains("Timeout")) {
                return "PEER_TIMEOUT";
            }
            if (cause instanceof SSLException) {
                return "TLS_FAILED";
            }
        }
        return "TRANSPORT_FAILED";
    }

    private String reasonFrom(byte[] body) {
        try {
            JsonNode json = body == null || body.length == 0 ? null : mapper.readTree(body);
            String reason = json != null && json.hasNonNull("reason")
                    ? json.get("reason").asText()
                    : null;
            // Only well-formed codes are taken from a peer: they end up in metrics and the audit trail.
            return reason != null && reason.matches("[A-Z][A-Z_]{0,59}") ? reason : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static byte[] decode(String base64) {
        try {
            return base64 == null ? null : Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }

    /** The result of one attempt; {@code receipt} is set only when delivered. */
    public record Delivery(DeliveryOutcome outcome, SignedReceipt receipt, int httpStatus, Duration latency) {}
}
