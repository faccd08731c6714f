package org.crossflag.gateway.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class PolicyReasonTests {

    @Test
    void everyReasonCanTravelInARefusalAndBeAudited() {
        // The refusal schema's reasonCode pattern, after the handlers' POLICY_ prefix, and the audit trail's code.
        assertThat(Arrays.stream(PolicyReason.values()).map(reason -> "POLICY_" + reason.wire()))
                .allMatch(code -> code.matches("[A-Z][A-Z0-9_]{0,59}"));
        assertThat(Arrays.stream(PolicyReason.values()).map(PolicyReason::wire))
                .allMatch(code -> code.matches("[A-Z][A-Z_]{0,59}"));
    }

    @Test
    void aDecisionGivesItsReasonAsTheWireCode() {
        assertThat(PolicyDecision.deny(PolicyReason.RATE_LIMITED, "EASTERN-MARAC")
                        .reasonCode())
                .isEqualTo("RATE_LIMITED");
        assertThat(PolicyDecision.allow("EASTERN-MARAC").reasonCode()).isNull();
    }
}
