package org.crossflag.gateway.federation.envelope;

import org.crossflag.gateway.node.CodedException;

/**
 * A message this node will not accept. Carries a reason code and, once the envelope has been read, the
 * message id and sender, which are safe to log. The detail must never contain message content.
 */
public class MessageRejectedException extends CodedException {

    private final RejectionReason reason;
    private final String messageId;
    private final String sender;

    public MessageRejectedException(RejectionReason reason, String detail) {
        this(reason, detail, null, null);
    }

    public MessageRejectedException(RejectionReason reason, String detail, String messageId, String sender) {
        super(detail, null, false, false);
        this.reason = reason;
        this.messageId = messageId;
        this.sender = sender;
    }

    public RejectionReason reason() {
        return reason;
    }

    @Override
    public String reasonCode() {
        return reason.name();
    }

    public String messageId() {
        return messageId;
    }

    public String sender() {
        return sender;
    }
}
