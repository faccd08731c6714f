package org.crossflag.gateway.federation.inbound;

import java.security.cert.X509Certificate;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.platform.http.springboot.PlatformHttpMessage;
import org.crossflag.gateway.federation.envelope.MessageRejectedException;
import org.crossflag.gateway.federation.envelope.WireHeaders;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Binds an HTTP exchange to the verifier and the store: reads the exact body bytes and the TLS client
 * certificate, and writes the answer. Every decision is made by {@link InboundMessageVerifier}.
 */
public final class InboundMessageReceiver {

    private static final String CLIENT_CERTIFICATE_ATTRIBUTE = "jakarta.servlet.request.X509Certificate";

    private final String nodeCode;
    private final InboundMessageVerifier verifier;
    private final InboundMessageStore store;
    private final InboundMetrics metrics;
    private final RejectionResponses rejections;
    private final ObjectMapper mapper;

    public InboundMessageReceiver(
            String nodeCode,
            InboundMessageVerifier verifier,
            InboundMessageStore store,
            InboundMetrics metrics,
            RejectionResponses rejections,
            ObjectMapper mapper) {
        this.nodeCode = nodeCode;
        this.verifier = verifier;
        this.store = store;
        this.metrics = metrics;
        this.rejections = rejections;
        this.mapper = mapper;
    }

    public void receive(Exchange exchange) throws Exception {
        Message in = exchange.getMessage();
        InboundRequest request = new InboundRequest(
                in.getBody(byte[].class),
                in.getHeader(Exchange.CONTENT_TYPE, String.class),
                clientCertificate(exchange),
                in.getHeader(WireHeaders.SIGNATURE, String.class),
                in.getHeader(WireHeaders.SIGNING_CERTIFICATE, String.class));
        VerifiedMessage message = verifier.verify(request);
        InboundMessageStore.Acceptance acceptance = store.accept(message);
        if (acceptance.repeat()) {
            metrics.repeated(message.envelope().sender());
        } else {
            metrics.received(
                    message.envelope().type().wire(), message.envelope().sender());
        }
        // The answer is the signed receipt, signed like a message: exact bytes plus signature headers.
        respond(in, acceptance.repeat() ? 200 : 202, acceptance.receipt());
        in.setHeader(WireHeaders.SIGNATURE, Base64.getEncoder().encodeToString(acceptance.signature()));
        in.setHeader(WireHeaders.SIGNING_CERTIFICATE, acceptance.signingCertificate());
    }

    /** Peers probe this over mutual TLS to report reachability; it says only which member answered. */
    public void ping(Exchange exchange) throws Exception {
        respond(
                exchange.getMessage(),
                200,
                mapper.writeValueAsBytes(mapper.createObjectNode().put("member", nodeCode)));
    }

    /** Used by the route's exception clause: answers a refusal with its reason code and HTTP status. */
    public void reject(Exchange exchange) {
        MessageRejectedException rejection =
                exchange.getProperty(Exchange.EXCEPTION_CAUGHT, MessageRejectedException.class);
        respond(exchange.getMessage(), rejection.reason().httpStatus(), rejections.record(rejection));
    }

    private static void respond(Message message, int status, byte[] body) {
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, "application/json");
        message.setBody(body);
    }

    private static X509Certificate clientCertificate(Exchange exchange) {
        PlatformHttpMessage http = exchange.getIn(PlatformHttpMessage.class);
        HttpServletRequest request = http == null ? null : http.getRequest();
        Object chain = request == null ? null : request.getAttribute(CLIENT_CERTIFICATE_ATTRIBUTE);
        return chain instanceof X509Certificate[] certificates && certificates.length > 0 ? certificates[0] : null;
    }
}
