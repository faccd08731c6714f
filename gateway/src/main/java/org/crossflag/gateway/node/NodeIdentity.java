package org.crossflag.gateway.node;

import org.crossflag.adapter.RequesterRole;

/**
 * Who this node is on the federation: its member code, and the service requester it names on the messages it sends
 * on its own account (answers, refusals, alerts) rather than for an officer.
 *
 * @param code this node's member code, as the directory lists it (e.g. GB-ESX)
 */
public record NodeIdentity(String code) {

    /** The role of the service requester; the data-sharing agreements list it like an officer's role. */
    public static final RequesterRole SERVICE_ROLE = RequesterRole.INTEGRATION_SERVICE;

    private static final String SERVICE_PREFIX = "svc-";

    public NodeIdentity {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a node identity needs its member code");
        }
    }

    /** The officer id this node names when it sends on its own account: {@code svc-} and its code. */
    public String serviceOfficerId() {
        return SERVICE_PREFIX + code;
    }

    public RequesterRole serviceRole() {
        return SERVICE_ROLE;
    }
}
