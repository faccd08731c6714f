package org.crossflag.gateway.federation;

import java.time.Duration;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What capabilities call to send a federation message and learn how the peer answered. */
public class FederationClient {

    private static final Logger log = LoggerFactory.getLogger(FederationClient.class);

    private final FederationSender sender;
    private final ProducerTemplate producer;
    private final FederationMetrics metrics;
    private final ObjectMapper mapper;

    public FederationClient(FederationSender sender, ProducerTemplate producer, FederationMetrics metrics, ObjectMapper mapper) {
        this.sender = sender;
        this.producer = producer;
        this.metrics = metrics;
        this.mapper = mapper;
    }

    public SendResult send(OutgoingMessage message) {
        long started = System.nanoTime();
        SignedMessage signed = sender.prepare(message);
        Exchange answer = producer.send(OutboundMessageRoute.URI, exchange -> {
            exchange.setProperty(OutboundMessageRoute.ENDPOINT_PROPERTY, signed.endpoint());
            exchange.getMessage().setHeader(InboundRequest.SIGNATURE_HEADER, signed.signature());
            exchange.getMessage().setHeader(InboundRequest.SIGNING_CERTIFICATE_HEADER, signed.signingCertificate());
            exchange.getMessage().setBody(signed.body());
        });
        Duration latency = Duration.ofNanos(System.nanoTime() - started);
        SendResult result = interpret(signed, answer, latency);
        metrics.sent(signed.type(), signed.recipient(), result.outcome().name());
        if (result.outcome() != SendResult.Outcome.FAILED) {
            metrics.exchangeLatency(latency);
        }
        if (!result.accepted()) {
            log.warn("Message not accepted messageId={} recipient={} outcome={} status={} reason={}", signed.messageId(),
                    signed.recipient(), result.outcome(), result.httpStatus(), result.reason());
        }
        return result;
    }

    private SendResult interpret(SignedMessage signed, Exchange answer, Duration latency) {
        if (answer.getException() != null) {
            return new SendResult(signed.messageId(), SendResult.Outcome.FAILED, 0,
                    answer.getException().getClass().getSimpleName(), latency);
        }
        int status = answer.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        if (status == 202) {
            return new SendResult(signed.messageId(), SendResult.Outcome.ACCEPTED, status, null, latency);
        }
        return new SendResult(signed.messageId(), SendResult.Outcome.REJECTED, status, reasonFrom(answer), latency);
    }

    private String reasonFrom(Exchange answer) {
        try {
            byte[] body = answer.getMessage().getBody(byte[].class);
            JsonNode json = body == null ? null : mapper.readTree(body);
            return json != null && json.hasNonNull("reason") ? json.get("reason").asText() : "UNKNOWN";
        } catch (Exception e) {
            return "UNREADABLE_ANSWER";
        }
    }
}
