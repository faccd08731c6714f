package org.crossflag.gateway.hearings.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.crossflag.adapter.Contact;
import org.crossflag.adapter.Forum;
import org.junit.jupiter.api.Test;

class AlertEmailControlCharacterTests {

    static final AlertMessages MESSAGES = new AlertMessages("GB-SFK", "https://crossflag.sfk.police.example/");

    @Test
    void controlCharactersInAPeersTextWriteNoLineIntoTheEmail() {
        Alert alert = Alert.builder()
                .alertId("7d3c1b52-3a41-4e8f-9a50-6c2f0d9e1b11")
                .kind(AlertKind.PRIOR_HEARING_ELSEWHERE)
                .status(AlertStatus.OPEN)
                .band("MATCH")
                .createdAt(Instant.parse("2026-11-20T10:00:05Z"))
                .otherForce("GB-ESX")
                .queryId("q-1")
                .hitId("h-1")
                .referralId("r-1")
                .heard(Forum.MARAC, LocalDate.of(2026, 5, 14), "MARAC-ESX\r\n2026")
                .referral(Forum.MARAC, LocalDate.of(2026, 11, 20), "MARAC-SFK-2026-1187")
                .contact(new Contact(
                        "Essex MARAC\r\nBcc: attacker@evil.example\n\nCall now\u2028x\u202e\t\u0000",
                        "01632\n960100",
                        "marac@esx.example\r\nX-Injected: 1"))
                .build();

        String body = MESSAGES.emailBody(alert);

        assertThat(body.lines()).hasSize(3);
        assertThat(body.lines().toList().get(1))
                .startsWith("Contact: Essex MARAC Bcc: attacker@evil.example Call now x, 01632 960100, "
                        + "marac@esx.example X-Injected: 1");
        assertThat(body)
                .contains("their ref MARAC-ESX 2026.")
                .doesNotContain("\r")
                .doesNotContain("\u2028")
                .doesNotContain("\u202e")
                .doesNotContain("\t")
                .doesNotContain("\u0000");
        assertThat(MESSAGES.emailSubject(alert)).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void plainTextIsLeftAsItIs() {
        assertThat(PushText.line("MARAC coordinator, Chelmsford")).isEqualTo("MARAC coordinator, Chelmsford");
        assertThat(PushText.line("Zoë O'Brien-Ng")).isEqualTo("Zoë O'Brien-Ng");
        assertThat(PushText.line(null)).isEmpty();
    }
}
