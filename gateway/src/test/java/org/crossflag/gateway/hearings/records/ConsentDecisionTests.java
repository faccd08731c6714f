package org.crossflag.gateway.hearings.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.crossflag.adapter.ConsentState;
import org.crossflag.adapter.RejectedRecordException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** When a referral may go ahead on the victim-consent state its officer recorded. */
class ConsentDecisionTests {

    private static final String MISSING_DETAIL =
            "consent REFUSED_OVERRIDDEN needs a justification of at least 10 characters";

    @ParameterizedTest
    @EnumSource(
            value = ConsentState.class,
            names = {"GIVEN", "NOT_SOUGHT_THRESHOLD_MET"})
    void aStateOtherThanAnOverrideGoesAheadWithoutAJustification(ConsentState state) {
        ConsentDecision decision = ConsentDecision.of(state, null);

        assertThat(decision.allowed()).isTrue();
        assertThat(decision.reasonCode()).isNull();
        assertThat(decision.detail()).isNull();
    }

    @Test
    void aStateOtherThanAnOverrideGoesAheadWhateverItsJustification() {
        assertThat(ConsentDecision.of(ConsentState.GIVEN, "short").allowed()).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "too short", "  nine ch  "})
    void anOverrideWithoutTenCharactersOfJustificationIsRefused(String justification) {
        ConsentDecision decision = ConsentDecision.of(ConsentState.REFUSED_OVERRIDDEN, justification);

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reasonCode()).isEqualTo("CONSENT_JUSTIFICATION_MISSING");
        assertThat(decision.detail()).isEqualTo(MISSING_DETAIL);
    }

    @Test
    void whiteSpaceAroundTheJustificationDoesNotCount() {
        assertThat(ConsentDecision.of(ConsentState.REFUSED_OVERRIDDEN, "\t 123456789 \n")
                        .allowed())
                .isFalse();
        assertThat(ConsentDecision.of(ConsentState.REFUSED_OVERRIDDEN, "\t 1234567890 \n")
                        .allowed())
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "  1234567890  ", "Risk to life outweighs the victim's refusal"})
    void anOverrideWithAtLeastTenCharactersOfJustificationGoesAhead(String justification) {
        ConsentDecision decision = ConsentDecision.of(ConsentState.REFUSED_OVERRIDDEN, justification);

        assertThat(decision.allowed()).isTrue();
        assertThat(decision.reasonCode()).isNull();
    }

    @Test
    void aRefusedDecisionRejectsTheRecordWithItsReasonCode() {
        RejectedRecordException rejected = catchThrowableOfType(
                RejectedRecordException.class,
                () -> ConsentDecision.of(ConsentState.REFUSED_OVERRIDDEN, "brief")
                        .requireAllowed());

        assertThat(rejected.reasonCode()).isEqualTo("CONSENT_JUSTIFICATION_MISSING");
        assertThat(rejected.getMessage()).isEqualTo(MISSING_DETAIL).doesNotContain("brief");
    }

    @Test
    void anAllowedDecisionRejectsNothing() {
        assertThatCode(() -> ConsentDecision.of(ConsentState.REFUSED_OVERRIDDEN, "Risk to life outweighs the refusal")
                        .requireAllowed())
                .doesNotThrowAnyException();
        assertThatCode(() -> ConsentDecision.of(ConsentState.GIVEN, null).requireAllowed())
                .doesNotThrowAnyException();
    }
}
