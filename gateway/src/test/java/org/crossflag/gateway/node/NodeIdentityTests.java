package org.crossflag.gateway.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NodeIdentityTests {

    @Test
    void theServiceRequesterIsNamedAfterTheNodeCode() {
        NodeIdentity node = new NodeIdentity("GB-ESX");

        assertThat(node.code()).isEqualTo("GB-ESX");
        assertThat(node.serviceOfficerId()).isEqualTo("svc-GB-ESX");
    }

    @Test
    void theServiceRequesterActsAsAnIntegrationService() {
        assertThat(new NodeIdentity("GB-KNT").serviceRole().wire()).isEqualTo("INTEGRATION_SERVICE");
    }

    @Test
    void twoNodesNameDifferentServiceRequesters() {
        assertThat(new NodeIdentity("GB-ESX").serviceOfficerId())
                .isNotEqualTo(new NodeIdentity("GB-KNT").serviceOfficerId());
    }

    @Test
    void aNodeWithoutACodeIsRefused() {
        assertThatThrownBy(() -> new NodeIdentity(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NodeIdentity(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
