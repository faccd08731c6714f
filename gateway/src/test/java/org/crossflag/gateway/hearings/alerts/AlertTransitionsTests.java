package org.crossflag.gateway.hearings.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import org.crossflag.gateway.hearings.records.Amendment;
import org.junit.jupiter.api.Test;

class AlertTransitionsTests {

    static final String ALERT_ID = "7d3c1b52-3a41-4e8f-9a50-6c2f0d9e1b11";

    @Test
    void theSamePersonOpensTheAlertAndTellsTheHolder() {
        AlertTransitions.Reviewed reviewed = AlertTransitions.review(ALERT_ID, AlertStatus.REVIEW, true);

        assertThat(reviewed.status()).isEqualTo(AlertStatus.OPEN);
        assertThat(reviewed.tellsHolder()).isTrue();
    }

    @Test
    void someoneElseClosesTheAlertAndTellsNoOne() {
        AlertTransitions.Reviewed reviewed = AlertTransitions.review(ALERT_ID, AlertStatus.REVIEW, false);

        assertThat(reviewed.status()).isEqualTo(AlertStatus.NOT_SAME_PERSON);
        assertThat(reviewed.tellsHolder()).isFalse();
    }

    @Test
    void onlyAnAlertUnderReviewMayBeReviewed() {
        for (AlertStatus status : EnumSet.complementOf(EnumSet.of(AlertStatus.REVIEW))) {
            for (boolean samePerson : new boolean[] {true, false}) {
                assertThatThrownBy(() -> AlertTransitions.review(ALERT_ID, status, samePerson))
                        .isInstanceOfSatisfying(
                                Alerts.AlertStateException.class,
                                e -> assertThat(e.reasonCode()).isEqualTo("ALERT_NOT_UNDER_REVIEW"))
                        .hasMessage("alert " + ALERT_ID + " is " + status);
            }
        }
    }

    @Test
    void anOpenAlertIsAcknowledged() {
        assertThat(AlertTransitions.acknowledge(ALERT_ID, AlertStatus.OPEN)).isEqualTo(AlertStatus.ACKNOWLEDGED);
    }

    @Test
    void onlyAnOpenAlertMayBeAcknowledged() {
        for (AlertStatus status : EnumSet.complementOf(EnumSet.of(AlertStatus.OPEN))) {
            assertThatThrownBy(() -> AlertTransitions.acknowledge(ALERT_ID, status))
                    .isInstanceOfSatisfying(
                            Alerts.AlertStateException.class,
                            e -> assertThat(e.reasonCode()).isEqualTo("ALERT_NOT_OPEN"))
                    .hasMessage("alert " + ALERT_ID + " is " + status);
        }
    }

    @Test
    void anActionIsAnUpperCaseCodeWithAnOptionalNote() {
        AlertTransitions.checkAction("CONTACTED_HOLDING_FORCE", null);
        AlertTransitions.checkAction("ABC", "x".repeat(AlertTransitions.MAX_NOTE_LENGTH));
        AlertTransitions.checkAction("A" + "B".repeat(39), "Called the Essex coordinator");
    }

    @Test
    void aMalformedActionCodeIsRefused() {
        for (String code : new String[] {
            null,
            "",
            "AB",
            "contacted",
            "Contacted",
            "_CONTACTED",
            "CONTACTED-FORCE",
            "CONTACTED HOLDING",
            "A" + "B".repeat(40),
            "CONTACTED\n"
        }) {
            assertThatThrownBy(() -> AlertTransitions.checkAction(code, null))
                    .as("action code %s", code)
                    .isInstanceOfSatisfying(
                            Alerts.AlertStateException.class,
                            e -> assertThat(e.reasonCode()).isEqualTo("ACTION_CODE_INVALID"));
        }
    }

    @Test
    void aNoteLongerThanTwoThousandCharactersIsRefused() {
        assertThatThrownBy(() -> AlertTransitions.checkAction("CONTACTED_HOLDING_FORCE", "x".repeat(2001)))
                .isInstanceOfSatisfying(
                        Alerts.AlertStateException.class,
                        e -> assertThat(e.reasonCode()).isEqualTo("ACTION_NOTE_TOO_LONG"));
    }

    @Test
    void theActionCodeIsCheckedBeforeTheNote() {
        assertThatThrownBy(() -> AlertTransitions.checkAction("bad", "x".repeat(2001)))
                .isInstanceOfSatisfying(
                        Alerts.AlertStateException.class,
                        e -> assertThat(e.reasonCode()).isEqualTo("ACTION_CODE_INVALID"));
    }

    @Test
    void aWithdrawalOrPurgeWithdrawsAnAlertWhateverItsStatus() {
        for (AlertStatus status : EnumSet.complementOf(EnumSet.of(AlertStatus.WITHDRAWN))) {
            assertThat(AlertTransitions.amend(status, Amendment.WITHDRAWN)).contains(AlertStatus.WITHDRAWN);
            assertThat(AlertTransitions.amend(status, Amendment.PURGED)).contains(AlertStatus.WITHDRAWN);
        }
    }

    @Test
    void aCorrectionKeepsTheStatus() {
        for (AlertStatus status : EnumSet.complementOf(EnumSet.of(AlertStatus.WITHDRAWN))) {
            assertThat(AlertTransitions.amend(status, Amendment.CORRECTED)).contains(status);
        }
    }

    @Test
    void aWithdrawnAlertTakesNoFurtherAmendmentAndCannotBeActedOn() {
        for (Amendment amendment : Amendment.values()) {
            assertThat(AlertTransitions.amend(AlertStatus.WITHDRAWN, amendment)).isEmpty();
        }
        assertThatThrownBy(() -> AlertTransitions.acknowledge(ALERT_ID, AlertStatus.WITHDRAWN))
                .isInstanceOfSatisfying(
                        Alerts.AlertStateException.class,
                        e -> assertThat(e.reasonCode()).isEqualTo("ALERT_NOT_OPEN"));
        assertThatThrownBy(() -> AlertTransitions.review(ALERT_ID, AlertStatus.WITHDRAWN, true))
                .isInstanceOfSatisfying(
                        Alerts.AlertStateException.class,
                        e -> assertThat(e.reasonCode()).isEqualTo("ALERT_NOT_UNDER_REVIEW"));
    }
}
