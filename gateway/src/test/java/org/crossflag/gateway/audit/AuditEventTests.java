package org.crossflag.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The audit trail holds codes and ids only: anything that looks like free text or a name is refused. */
class AuditEventTests {

    static final String NAME = "Quentin Marrowby";
    static final AuditEvent BASE = AuditEvent.of(AuditAction.POLICY_DECISION, "DENIED");

    static Stream<Arguments> freeText() {
        return Stream.of(
                field("outcome", NAME, value -> AuditEvent.of(AuditAction.POLICY_DECISION, value)),
                field("actorOfficerId", NAME, value -> BASE.withActor(value, "DVDS_OFFICER")),
                field("actorRole", NAME, value -> BASE.withActor("ESX-1234", value)),
                field("reasonCode", "Subject seen at 12 Acacia Road", BASE::withReason),
                field("purpose", "safeguarding of the victim", BASE::withPurpose),
                field("counterpart", "Kent Police", BASE::withCounterpart),
                field("messageId", "Quentin", value -> BASE.withMessage(value, null)),
                field("correlationId", "1B4E28BA-2FA1-41D2-883F-0016D3CCA427", value -> BASE.withMessage(null, value)),
                field("outcome", "denied", value -> AuditEvent.of(AuditAction.POLICY_DECISION, value)),
                field("reasonCode", "", BASE::withReason),
                field("actorOfficerId", "ESX-1234\nforged line", value -> BASE.withActor(value, "DVDS_OFFICER")));
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @MethodSource("freeText")
    void freeTextIsRefusedWithoutRepeatingIt(String field, String value, Function<String, AuditEvent> make) {
        assertThatThrownBy(() -> make.apply(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(field)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(value.isEmpty() ? "\"\"" : value));
    }

    @Test
    void codesAndIdsAreAccepted() {
        assertThatNoException()
                .isThrownBy(() -> AuditEvent.of(AuditAction.MESSAGE_REJECTED, "REJECTED")
                        .withMessage("1b4e28ba-2fa1-41d2-883f-0016d3cca427", "6f1c0a2e-6d5b-4c1e-9a43-0b7f1f6f2d11")
                        .withCounterpart("GB-KNT")
                        .withActor("ESX.dvds-0042", "DVDS_OFFICER")
                        .withPurpose("DVDS_RIGHT_TO_KNOW")
                        .withReason("SIGNATURE_INVALID"));
    }

    @Test
    void everythingButActionAndOutcomeMayBeLeftOut() {
        AuditEvent event = AuditEvent.of(AuditAction.DEAD_LETTERED, "DEAD_LETTERED");
        assertThat(event.messageId()).isNull();
        assertThat(event.reasonCode()).isNull();
        assertThatThrownBy(() -> AuditEvent.of(null, "SENT")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> AuditEvent.of(AuditAction.MESSAGE_SENT, null))
                .isInstanceOf(NullPointerException.class);
    }

    private static Arguments field(String name, String value, Function<String, AuditEvent> make) {
        return Arguments.of(name, value, make);
    }
}
