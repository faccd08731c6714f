package org.crossflag.gateway.federation.outbound;

import org.crossflag.gateway.node.CodedException;

/**
 * This node will not send a message at all (unknown recipient, type not accepted, expired directory, a message
 * that fails its schema...). The reason code says which kind: SCHEMA_INVALID for a message that fails its schema,
 * DIRECTORY_EXPIRED while this node has no current directory, SEND_REFUSED otherwise.
 */
public class SendRefusedException extends CodedException {

    private final String reasonCode;

    public SendRefusedException(String message) {
        this("SEND_REFUSED", message);
    }

    public SendRefusedException(String reasonCode, String message) {
        super(message);
        this.reasonCode = reasonCode;
    }

    @Override
    public String reasonCode() {
        return reasonCode;
    }
}
