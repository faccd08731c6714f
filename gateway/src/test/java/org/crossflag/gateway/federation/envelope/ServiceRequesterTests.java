package org.crossflag.gateway.federation.envelope;

import static org.assertj.core.api.Assertions.assertThat;

import org.crossflag.adapter.RequesterRole;
import org.crossflag.gateway.node.NodeIdentity;
import org.junit.jupiter.api.Test;

class ServiceRequesterTests {

    @Test
    void theRequesterOnTheWireIsTheNodesServiceAccount() {
        Envelope.Requester requester = ServiceRequester.of(new NodeIdentity("GB-ESX"));

        assertThat(requester).isEqualTo(new Envelope.Requester("svc-GB-ESX", RequesterRole.INTEGRATION_SERVICE));
    }
}
