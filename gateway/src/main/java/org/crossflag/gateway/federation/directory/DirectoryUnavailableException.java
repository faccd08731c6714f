package org.crossflag.gateway.federation.directory;

import org.crossflag.gateway.node.CodedException;

/**
 * This node cannot route or check federation traffic: its directory has expired, or its CRL is stale so
 * revocation is unknown. Its own standing, which the next refresh may mend; the inbound path answers a peer with
 * the same code, the officers' API with 503.
 */
public class DirectoryUnavailableException extends CodedException {

    /** Named as the envelope's refusal reasons, so a peer sees the same code. */
    public enum Reason {
        DIRECTORY_EXPIRED,
        CERTIFICATE_REVOCATION_UNKNOWN
    }

    private final Reason reason;

    public DirectoryUnavailableException(Reason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String reasonCode() {
        return reason.name();
    }
}
