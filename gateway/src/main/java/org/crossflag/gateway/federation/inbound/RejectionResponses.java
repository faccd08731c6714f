package org.crossflag.gateway.federation.inbound;

import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.audit.AuditEvent;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.federation.envelope.MessageRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One place that turns a refusal into its answer, its metric and its log line. The log line holds the
 * reason code, the message id and the sender code when they are known, and nothing from the body.
 */
public final class RejectionResponses {

    private static final Logger log = LoggerFactory.getLogger(RejectionResponses.class);

    private final InboundMetrics metrics;
    private final ObjectMapper mapper;
    private final AuditTrail audit;

    public RejectionResponses(InboundMetrics metrics, ObjectMapper mapper, AuditTrail audit) {
        this.metrics = metrics;
        this.mapper = mapper;
        this.audit = audit;
    }

    public byte[] record(MessageRejectedException rejection) {
        metrics.rejected(rejection.reason());
        audit.record(AuditEvent.of(AuditAction.MESSAGE_REJECTED, "REJECTED")
                .withMessage(rejection.messageId(), null)
                .withCounterpart(rejection.sender())
                .withReason(rejection.reason().name()));
        log.warn(
                "Rejected inbound message reason={} messageId={} sender={} detail={}",
                rejection.reason(),
                rejection.messageId(),
                rejection.sender(),
                rejection.getMessage());
        ObjectNode body = mapper.createObjectNode()
                .put("status", "REJECTED")
                .put("reason", rejection.reason().name())
                .put("detail", rejection.getMessage());
        if (rejection.messageId() != null) {
            body.put("messageId", rejection.messageId());
        }
        try {
            return mapper.writeValueAsBytes(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
