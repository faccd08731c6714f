package org.crossflag.gateway.federation.envelope;

import org.crossflag.gateway.node.NodeIdentity;

/** The requester a node names on the messages it sends on its own account: answers, refusals, alerts. */
public final class ServiceRequester {

    private ServiceRequester() {}

    public static Envelope.Requester of(NodeIdentity node) {
        return new Envelope.Requester(node.serviceOfficerId(), node.serviceRole());
    }
}
