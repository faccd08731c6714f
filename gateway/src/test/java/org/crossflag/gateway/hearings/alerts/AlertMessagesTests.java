package org.crossflag.gateway.hearings.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.crossflag.adapter.Contact;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.RiskScore;
import org.junit.jupiter.api.Test;

class AlertMessagesTests {

    static final AlertMessages MESSAGES = new AlertMessages("GB-SFK", "https://crossflag.sfk.police.example/");
    static final Alert MATCH = new Alert("7d3c1b52-3a41-4e8f-9a50-6c2f0d9e1b11", Alert.PRIOR_HEARING_ELSEWHERE, Alert.OPEN,
            "MATCH", Instant.parse("2026-11-20T10:00:05Z"), "GB-ESX", "q-1", "h-1", "r-1", null, Forum.MARAC,
            LocalDate.of(2026, 5, 14), "MARAC-ESX-2026-0412", Forum.MARAC, LocalDate.of(2026, 11, 20), "MARAC-SFK-2026-1187",
            new Contact("Essex MARAC coordinator", "01632 960100", null), new RiskScore("DASH", "2009", "17"), true, false,
            null, null, null, "Spoke to Essex about Robert Ashdown");

    @Test
    void emailSaysWhatWasHeardWhereAndWhenAndWhoToCall() {
        String body = MESSAGES.emailBody(MATCH);

        assertThat(MESSAGES.emailSubject(MATCH)).isEqualTo("Crossflag GB-SFK: Prior hearing in GB-ESX (alert 7d3c1b52)");
        assertThat(body).contains("was heard at MARAC in GB-ESX on 2026-05-14, their ref MARAC-ESX-2026-0412")
                .contains("ref MARAC-SFK-2026-1187").contains("repeat").contains("Essex MARAC coordinator, 01632 960100")
                .contains("https://crossflag.sfk.police.example/inbox/#7d3c1b52-3a41-4e8f-9a50-6c2f0d9e1b11");
    }

    @Test
    void aPossibleMatchAsksForAReviewFirst() {
        Alert review = new Alert(MATCH.alertId(), MATCH.kind(), Alert.REVIEW, "POSSIBLE_MATCH", MATCH.createdAt(),
                MATCH.otherForce(), MATCH.queryId(), MATCH.hitId(), MATCH.referralId(), null, MATCH.heardForum(), MATCH.heardOn(),
                MATCH.heardReference(), MATCH.referralForum(), MATCH.referredOn(), MATCH.referralReference(), MATCH.contact(),
                null, false, false, null, null, null, null);

        assertThat(MESSAGES.emailSubject(review)).startsWith("Crossflag GB-SFK: Possible prior hearing in GB-ESX");
        assertThat(MESSAGES.emailBody(review)).contains("may have been heard").contains("review it in the inbox");
    }

    @Test
    void nothingPushedCarriesTheCoordinatorsFreeTextNote() {
        assertThat(MESSAGES.emailBody(MATCH)).doesNotContain("Ashdown");
        assertThat(MESSAGES.webhookJson(MATCH)).doesNotContain("Ashdown").contains("\"alertId\":\"" + MATCH.alertId() + "\"")
                .contains("\"heardReference\":\"MARAC-ESX-2026-0412\"");
        assertThat(MATCH.toString()).doesNotContain("Ashdown");
    }
}
