package org.crossflag.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.crossflag.it.TestFederation.ESSEX;
import static org.crossflag.it.TestFederation.SUFFOLK;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.mail.Header;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * What a node emails cannot be shaped by a peer, and never goes out in clear by default. Essex's database (a careless
 * or hostile force) names its coordinator with line breaks and a forged header; Suffolk refers the same person. The
 * field rules keep it off the wire, and text sent by email is stripped of control characters in any case
 * ({@code AlertEmailControlCharacterTests}). The mail server offers no STARTTLS: Suffolk has opted out of it for this
 * loopback server, Essex keeps the default.
 */
class AlertEmailHardeningTests {

    /** Synthetic; the line breaks would write a header line and a body line into the email. */
    static final String HOSTILE_CONTACT =
            "Essex MARAC\r\nBcc: attacker@evil.example\r\n\r\nCall 09098 000000 now\u0007\u001b[2J";

    @TempDir
    static Path dir;

    static GreenMail mail;
    static TestFederation federation;

    @BeforeAll
    static void start() throws Exception {
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Path secret = HearingsFederation.matchingSecret(dir.resolve("keys"), "matching-v1.key");
        Path policy = HearingsFederation.openPolicy(dir.resolve("policy"));
        federation = new TestFederation(dir, TestFederation.Database.H2, List.of(ESSEX, SUFFOLK), code -> {
            Map<String, Object> settings = HearingsFederation.settings(code, secret, policy, "PT15S");
            settings.put("crossflag.hearings.alert-email.host", "127.0.0.1");
            settings.put("crossflag.hearings.alert-email.port", mail.getSmtp().getPort());
            settings.put("crossflag.hearings.alert-email.from", "crossflag@" + code.toLowerCase() + ".police.example");
            settings.put("crossflag.hearings.alert-email.to[0]", "marac@" + code.toLowerCase() + ".police.example");
            if (code.equals(SUFFOLK)) {
                settings.put("crossflag.hearings.alert-email.start-tls", "false");
            }
            return settings;
        });
    }

    @AfterAll
    static void stop() {
        if (federation != null) {
            federation.close();
        }
        mail.stop();
    }

    @Test
    void aContactNameWithLineBreaksNeverLeavesTheHolderAndNoEmailCarriesIt() throws Exception {
        HearingsFederation.Api essex = new HearingsFederation.Api(federation.node(ESSEX));
        HearingsFederation.Api suffolk = new HearingsFederation.Api(federation.node(SUFFOLK));
        HearingsFederation.Response heard = essex.post(
                "/api/hearings",
                PriorHearingFlagsTests.hearing(
                        "MARAC-ESX-2026-0412",
                        "2026-05-14",
                        PriorHearingFlagsTests.person("ESX-P-1", "Robert James", "Ashdown", "1986-03-07", "CM2 9XX"),
                        "Essex MARAC coordinator"));
        assertThat(heard.status()).as(heard.body()).isEqualTo(201);
        // What a careless or hostile force's database says, whatever its own API would take.
        assertThat(federation
                        .node(ESSEX)
                        .jdbc()
                        .update(
                                "update hearing set contact_name = ? where local_reference = ?",
                                HOSTILE_CONTACT,
                                "MARAC-ESX-2026-0412"))
                .isEqualTo(1);
        long suffolkAlerts = alertCount(SUFFOLK);
        int emails = mail.getReceivedMessages().length;

        HearingsFederation.Response referred = suffolk.post(
                "/api/referrals",
                PriorHearingFlagsTests.referral(
                        "MARAC-SFK-2026-1187",
                        "2026-11-20",
                        PriorHearingFlagsTests.person("SFK-P-77", "Bob", "Ashdown-Hale", "1986-07-03", null)));
        assertThat(referred.status()).as(referred.body()).isEqualTo(201);
        JsonNode result = awaitComplete(suffolk, referred.json().path("queryId").asText());

        // The wire's field rules forbid control characters in a contact name: Essex says it could not answer,
        // and nothing of the contact reaches Suffolk, its inbox or any email.
        assertThat(result.toString())
                .contains("GB-ESX could not answer: ANSWER_DATA_INVALID")
                .doesNotContain("attacker");
        assertThat(alertCount(SUFFOLK)).as("alerts at Suffolk").isEqualTo(suffolkAlerts);
        assertThat(mail.getReceivedMessages()).as("emails sent").hasSize(emails);
        assertThat(messagesTo("attacker@evil.example"))
                .as("mail to the address in the contact name")
                .isEmpty();
        assertThat(Arrays.stream(mail.getReceivedMessages()).map(GreenMailUtil::getWholeMessage))
                .as("every email sent")
                .noneMatch(text -> text.contains("attacker") || text.contains("09098"));
    }

    @Test
    void anAlertEmailKeepsEachValueOnItsLineAndTheDefaultNeverSendsInClear() throws Exception {
        HearingsFederation.Api essex = new HearingsFederation.Api(federation.node(ESSEX));
        HearingsFederation.Api suffolk = new HearingsFederation.Api(federation.node(SUFFOLK));
        HearingsFederation.Response heard = essex.post(
                "/api/hearings",
                PriorHearingFlagsTests.hearing(
                        "MARAC-ESX-2026-0977",
                        "2026-06-02",
                        PriorHearingFlagsTests.person("ESX-P-2", "Gareth Owen", "Pellow", "1979-11-02", "CM1 4XX"),
                        "Essex MARAC coordinator"));
        assertThat(heard.status()).as(heard.body()).isEqualTo(201);

        HearingsFederation.Response referred = suffolk.post(
                "/api/referrals",
                PriorHearingFlagsTests.referral(
                        "MARAC-SFK-2026-1201",
                        "2026-11-21",
                        PriorHearingFlagsTests.person("SFK-P-78", "Gareth", "Pellow", "1979-11-02", null)));
        assertThat(referred.status()).as(referred.body()).isEqualTo(201);
        JsonNode result = awaitComplete(suffolk, referred.json().path("queryId").asText());
        assertThat(result.path("conclusion").asText()).as(result.toString()).isEqualTo("MATCH_FOUND");

        // Suffolk's coordinator gets one email; the contact stays on its one line.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> messagesTo("marac@gb-sfk.police.example").size() == 1);
        MimeMessage email = messagesTo("marac@gb-sfk.police.example").get(0);
        String body = ((String) email.getContent()).replace("\r\n", "\n");
        assertThat(body.lines().toList())
                .as("email body lines")
                .anyMatch(line -> line.startsWith("Contact: Essex MARAC coordinator, 01632 960100"));
        for (Header header : Collections.list(email.getAllHeaders())) {
            assertThat(header.getName()).as("email header").isNotEqualToIgnoringCase("Bcc");
        }

        // Essex keeps STARTTLS required (the default): its alert is not sent in clear to a server that cannot do TLS.
        await().atMost(Duration.ofSeconds(30))
                .until(() -> federation
                                .node(ESSEX)
                                .jdbc()
                                .queryForObject(
                                        "select count(*) from local_push where channel = 'EMAIL' and attempts >= 1 and status <> 'SENT'",
                                        Long.class)
                        == 1);
        assertThat(messagesTo("marac@gb-esx.police.example"))
                .as("emails Essex sent without TLS")
                .isEmpty();
        assertThat(federation
                        .node(ESSEX)
                        .jdbc()
                        .queryForObject("select count(*) from alert where kind = 'REFERRED_ELSEWHERE'", Long.class))
                .isEqualTo(1);
    }

    private static long alertCount(String node) {
        return federation.node(node).jdbc().queryForObject("select count(*) from alert", Long.class);
    }

    private static JsonNode awaitComplete(HearingsFederation.Api suffolk, String queryId) {
        return await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> suffolk.get("/api/queries/" + queryId).json(),
                        r -> r.path("status").asText().equals("COMPLETE"));
    }

    private static List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getAllRecipients())
                                .anyMatch(r -> r.toString().equalsIgnoreCase(address));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
