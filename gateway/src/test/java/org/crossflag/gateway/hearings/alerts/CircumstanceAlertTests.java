package org.crossflag.gateway.hearings.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.crossflag.adapter.CircumstanceChangeKind;
import org.crossflag.adapter.Contact;
import org.crossflag.adapter.ProtectionOrderType;
import org.crossflag.gateway.push.WebhookBody;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class CircumstanceAlertTests {

    static final AlertMessages MESSAGES = new AlertMessages("GB-SFK", "https://crossflag.sfk.police.example/");
    static final Contact OFFENDER_MANAGER = new Contact("Essex offender manager", "01632 960200", null);

    static CircumstanceNotice notice(boolean late, CircumstanceNotice.PanelKnowledge known) {
        return new CircumstanceNotice(
                "0193a1b2-0000-7000-8000-000000000001",
                CircumstanceChangeKind.NEW_ADDRESS,
                ProtectionOrderType.DAPO,
                "DAPO-ESX-2026-0042",
                "GB-ESX",
                LocalDate.of(2026, 11, 10),
                LocalDate.of(2026, 11, 20),
                "IP1",
                known,
                late);
    }

    static Alert alert(CircumstanceNotice notice) {
        return Alert.circumstanceChange(
                "7d3c1b52-3a41-4e8f-9a50-6c2f0d9e1b11",
                Instant.parse("2026-11-20T10:00:05Z"),
                "GB-ESX",
                "MATCH",
                OFFENDER_MANAGER,
                notice);
    }

    @Test
    void aChangeOfCircumstanceAlertWaitsForReviewAndNeedsNoHearingOrReferral() {
        Alert alert = alert(notice(false, CircumstanceNotice.PanelKnowledge.HEARD));

        assertThat(alert.kind()).isEqualTo(AlertKind.CIRCUMSTANCE_CHANGE);
        assertThat(alert.status()).isEqualTo(AlertStatus.REVIEW);
        assertThat(alert.queryId()).isEqualTo("0193a1b2-0000-7000-8000-000000000001");
        assertThat(alert.heardForum()).isNull();
        assertThat(AlertKind.CIRCUMSTANCE_CHANGE.reviewTellsHolder()).isFalse();
        assertThat(AlertKind.PRIOR_HEARING_ELSEWHERE.reviewTellsHolder()).isTrue();
    }

    @Test
    void aChangeOfCircumstanceAlertWithoutItsNoticeIsRefused() {
        assertThatThrownBy(() -> Alert.builder()
                        .alertId("a")
                        .kind(AlertKind.CIRCUMSTANCE_CHANGE)
                        .status(AlertStatus.REVIEW)
                        .band("NONE")
                        .createdAt(Instant.EPOCH)
                        .otherForce("GB-ESX")
                        .contact(OFFENDER_MANAGER)
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("circumstance")
                .hasMessageNotContaining("heardForum");
    }

    @Test
    void theEmailSaysWhatChangedTheOrderThePanelsAndTheDeadlineButNoPersonalData() {
        Alert late = alert(notice(true, CircumstanceNotice.PanelKnowledge.HEARD));

        assertThat(MESSAGES.emailSubject(late))
                .isEqualTo("Crossflag GB-SFK: Change of circumstance under a DAPO (alert 7d3c1b52)");
        assertThat(MESSAGES.emailBody(late))
                .contains("A person under a DAPO (order ref DAPO-ESX-2026-0042, held by GB-ESX) notified GB-ESX")
                .contains("a new home address in postcode district IP1, from 2026-11-10")
                .contains("This force's panels heard the person.")
                .contains("Possible non-compliance")
                .contains("Essex offender manager, 01632 960200")
                .contains("https://crossflag.sfk.police.example/inbox/#7d3c1b52-3a41-4e8f-9a50-6c2f0d9e1b11");
        assertThat(MESSAGES.emailBody(alert(notice(false, CircumstanceNotice.PanelKnowledge.NOT_CHECKED))))
                .doesNotContain("Possible non-compliance")
                .contains("Notified within the notification deadline.")
                .contains("could not be checked");
    }

    @Test
    void theWebhookCarriesTheNoticeFields() throws Exception {
        JsonNode json = new ObjectMapper()
                .readTree(WebhookBody.json(
                        "GB-SFK",
                        MESSAGES.pushItem(
                                alert(notice(true, CircumstanceNotice.PanelKnowledge.NOT_HEARD)),
                                "0f8fad5b-d9cb-469f-a165-70867728950e")));

        assertThat(json.path("kind").asText()).isEqualTo("CIRCUMSTANCE_CHANGE");
        assertThat(json.path("newDistrict").asText()).isEqualTo("IP1");
        assertThat(json.path("knownToPanels").asText()).isEqualTo("NOT_HEARD");
        assertThat(json.path("possibleNonCompliance").asBoolean()).isTrue();
        assertThat(json.has("heardForum")).isFalse();
        assertThat(json.path("deliveryId").asText()).isEqualTo("0f8fad5b-d9cb-469f-a165-70867728950e");
    }
}
