package org.crossflag.gateway.federation.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.crossflag.gateway.federation.outbound.DeliveryOutcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeliveryOutcomeTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SCHEMA_INVALID",
                "SIGNATURE_INVALID",
                "SIGNATURE_MISSING",
                "WRONG_RECIPIENT",
                "MESSAGE_EXPIRED",
                "DUPLICATE_MESSAGE",
                "BODY_TOO_LARGE",
                "UNSUPPORTED_MEDIA_TYPE",
                "LENGTH_REQUIRED",
                "SENDER_MAY_NOT_CREATE_RECORDS"
            })
    void refusalsAboutTheMessageItselfGoStraightToTheDeadLetters(String reason) {
        assertThat(DeliveryOutcome.refused(reason)).isEqualTo(new DeliveryOutcome(DeliveryOutcome.Kind.DEAD, reason));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "DIRECTORY_EXPIRED",
                "SENDER_UNKNOWN",
                "CERTIFICATE_REVOKED",
                "CERTIFICATE_REVOCATION_UNKNOWN",
                "MESSAGE_FROM_FUTURE",
                "MESSAGE_TYPE_NOT_ALLOWED",
                "SOMETHING_NEW"
            })
    void refusalsThatDependOnThePeersViewAreRetried(String reason) {
        assertThat(DeliveryOutcome.refused(reason)).isEqualTo(new DeliveryOutcome(DeliveryOutcome.Kind.RETRY, reason));
    }
}
