package org.crossflag.gateway.hearings.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.crossflag.adapter.Contact;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.RiskScore;
import org.crossflag.gateway.push.WebhookBody;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class AlertMessagesTests {

    static final AlertMessages MESSAGES = new AlertMessages("GB-SFK", "https://crossflag.sfk.police.example/");
    static final Alert MATCH = priorHearingInEssex()
            .status(AlertStatus.OPEN)
            .band("MATCH")
            .score(new RiskScore("DASH", "2009", "17"))
            .flags(true, false)
            .acknowledged(null, null, null, "Spoke to Essex about Robert Ashdown")
            .build();

    static Alert.Builder priorHearingInEssex() {
        return Alert.builder()
                .alertId("7d3c1b52-3a41-4e8f-9a50-6c2f0d9e1b11")
                .kind(AlertKind.PRIOR_HEARING_ELSEWHERE)
                .createdAt(Instant.parse("2026-11-20T10:00:05Z"))
                .otherForce("GB-ESX")
                .queryId("q-1")
                .hitId("h-1")
                .referralId("r-1")
                .heard(Forum.MARAC, LocalDate.of(2026, 5, 14), "MARAC-ESX-2026-0412")
                .referral(Forum.MARAC, LocalDate.of(2026, 11, 20), "MARAC-SFK-2026-1187")
                .contact(new Contact("Essex MARAC coordinator", "01632 960100", null));
    }

    @Test
    void emailSaysWhatWasHeardWhereAndWhenAndWhoToCall() {
        String body = MESSAGES.emailBody(MATCH);

        assertThat(MESSAGES.emailSubject(MATCH))
                .isEqualTo("Crossflag GB-SFK: Prior hearing in GB-ESX (alert 7d3c1b52)");
        assertThat(body)
                .contains("was heard at MARAC in GB-ESX on 2026-05-14, their ref MARAC-ESX-2026-0412")
                .contains("ref MARAC-SFK-2026-1187")
                .contains("repeat")
                .contains("Essex MARAC coordinator, 01632 960100")
                .contains("https://crossflag.sfk.police.example/inbox/#7d3c1b52-3a41-4e8f-9a50-6c2f0d9e1b11");
    }

    @Test
    void aPossibleMatchAsksForAReviewFirst() {
        Alert review = priorHearingInEssex()
                .status(AlertStatus.REVIEW)
                .band("POSSIBLE_MATCH")
                .build();

        assertThat(MESSAGES.emailSubject(review)).startsWith("Crossflag GB-SFK: Possible prior hearing in GB-ESX");
        assertThat(MESSAGES.emailBody(review)).contains("may have been heard").contains("review it in the inbox");
    }

    @Test
    void nothingPushedCarriesTheCoordinatorsFreeTextNote() {
        assertThat(MESSAGES.emailBody(MATCH)).doesNotContain("Ashdown");
        assertThat(webhookJson(MATCH))
                .doesNotContain("Ashdown")
                .contains("\"alertId\":\"" + MATCH.alertId() + "\"")
                .contains("\"heardReference\":\"MARAC-ESX-2026-0412\"");
        assertThat(MATCH.toString()).doesNotContain("Ashdown");
    }

    @Test
    void theWebhookCarriesTheAlertDeliveryWithTheReferencesItAlwaysHad() throws Exception {
        JsonNode body = new ObjectMapper().readTree(webhookJson(MATCH));

        assertThat(body.path("type").asText()).isEqualTo("ALERT");
        assertThat(body.path("node").asText()).isEqualTo("GB-SFK");
        assertThat(body.path("deliveryId").asText()).isEqualTo(DELIVERY_ID);
        assertThat(body.path("kind").asText()).isEqualTo("PRIOR_HEARING_ELSEWHERE");
        assertThat(body.path("status").asText()).isEqualTo("OPEN");
        assertThat(body.path("band").asText()).isEqualTo("MATCH");
        // This force's panel: the referral's, for a prior hearing elsewhere.
        assertThat(body.path("forum").asText()).isEqualTo("MARAC");
        assertThat(body.path("otherForce").asText()).isEqualTo("GB-ESX");
        assertThat(body.path("raisedAt").asText()).isEqualTo("2026-11-20T10:00:05Z");
        assertThat(body.path("referralReference").asText()).isEqualTo("MARAC-SFK-2026-1187");
        assertThat(body.path("heardOn").asText()).isEqualTo("2026-05-14");
        assertThat(body.path("url").asText())
                .isEqualTo("https://crossflag.sfk.police.example/inbox/#7d3c1b52-3a41-4e8f-9a50-6c2f0d9e1b11");
        assertThat(body.has("contact")).isFalse();
    }

    static final String DELIVERY_ID = "0b9d8c1e-5f7a-4c2d-8e3b-1a6f9d2c4e70";

    /** The webhook's body, as the push queue sends it. */
    static String webhookJson(Alert alert) {
        return WebhookBody.json("GB-SFK", MESSAGES.pushItem(alert, DELIVERY_ID));
    }
}
