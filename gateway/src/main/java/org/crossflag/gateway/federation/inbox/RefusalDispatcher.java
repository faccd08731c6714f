package org.crossflag.gateway.federation.inbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crossflag.adapter.UnknownCodeException;
import org.crossflag.gateway.audit.AuditAction;
import org.crossflag.gateway.audit.AuditEvent;
import org.crossflag.gateway.audit.AuditTrail;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.node.InvalidConfigurationException;

/**
 * Takes every peer's signed refusal: audits it with its reason code (a refusal is an answer, and the trail says who
 * refused what and why), then gives it to the capability whose message was refused. A refusal of a type no
 * capability listens for is only audited.
 */
public final class RefusalDispatcher implements InboundMessageHandler {

    private static final String REASON_CODE = "[A-Z][A-Z_]{0,59}"; // as the audit trail takes codes

    private final Map<MessageType, RefusalListener> listeners = new HashMap<>();
    private final AuditTrail audit;

    public RefusalDispatcher(List<RefusalListener> listeners, AuditTrail audit) {
        this.audit = audit;
        for (RefusalListener listener : listeners) {
            for (MessageType type : listener.refusedTypes()) {
                if (this.listeners.put(type, listener) != null) {
                    throw new InvalidConfigurationException(
                            "refusal listeners", "two capabilities take refusals of " + type);
                }
            }
        }
    }

    @Override
    public MessageType messageType() {
        return MessageType.REFUSAL;
    }

    @Override
    public void handle(InboundMessage message) {
        Envelope refusal = message.envelope();
        String given = refusal.payload().path("reasonCode").asText("UNSPECIFIED");
        String reason = given.matches(REASON_CODE) ? given : "UNSPECIFIED";
        audit.record(AuditEvent.of(AuditAction.MESSAGE_REFUSED, "REFUSED_BY_PEER")
                .withMessage(refusal.messageId(), refusal.correlationId())
                .withCounterpart(refusal.sender())
                .withReason(reason));
        MessageType refusedType;
        try {
            refusedType =
                    MessageType.fromWire(refusal.payload().path("refusedType").asText(""));
        } catch (UnknownCodeException e) {
            return; // the schema allows only known types; nothing listens for any other
        }
        RefusalListener listener = listeners.get(refusedType);
        if (listener != null) {
            listener.refused(message, refusal.payload().path("refusedMessageId").asText(""), reason);
        }
    }
}
