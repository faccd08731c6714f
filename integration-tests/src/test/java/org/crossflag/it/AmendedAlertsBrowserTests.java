package org.crossflag.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.crossflag.it.TestFederation.ESSEX;
import static org.crossflag.it.TestFederation.SUFFOLK;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.crossflag.adapter.Contact;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.LocalHearing;
import org.crossflag.adapter.LocalPerson;
import org.crossflag.adapter.LocalRecordSink;
import org.crossflag.adapter.LocalRecordType;
import org.crossflag.adapter.LocalWithdrawal;
import org.crossflag.adapter.RiskScore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The inbox in Debian's chromium shows what the holding force said later: Essex corrects one hearing and withdraws
 * another after Suffolk was alerted to both, and Suffolk's coordinator sees "Corrected on" with the new values on one
 * alert and "Withdrawn on" on the other, which offers no action. All people are synthetic.
 */
class AmendedAlertsBrowserTests {

    static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    static Path dir;

    static TestFederation federation;
    static WebDriver browser;
    static WebDriverWait wait;
    static String correctedAlertId;
    static String withdrawnAlertId;

    @BeforeAll
    static void federationAndBrowser() throws Exception {
        AlertInboxBrowserTests.requireDebianChromium();
        Path secret = HearingsFederation.matchingSecret(dir.resolve("keys"), "matching-v1.key");
        Path policy = HearingsFederation.openPolicy(dir.resolve("policy"));
        federation = new TestFederation(
                dir,
                TestFederation.Database.H2,
                List.of(ESSEX, SUFFOLK),
                code -> HearingsFederation.settings(code, secret, policy, "PT5S"));

        post(
                ESSEX,
                "/api/hearings",
                hearing("MARAC-ESX-2026-0601", "2026-05-14", "ESX-P-21", "Callum", "Brereton", "1982-04-19"));
        post(
                ESSEX,
                "/api/hearings",
                hearing("MARAC-ESX-2026-0602", "2026-06-11", "ESX-P-22", "Stefan", "Marwood", "1988-10-02"));
        String correctedQuery = post(
                        SUFFOLK,
                        "/api/referrals",
                        referral("MARAC-SFK-2026-3001", "SFK-P-21", "Callum", "Brereton", "1982-04-19"))
                .path("queryId")
                .asText();
        String withdrawnQuery = post(
                        SUFFOLK,
                        "/api/referrals",
                        referral("MARAC-SFK-2026-3002", "SFK-P-22", "Stefan", "Marwood", "1988-10-02"))
                .path("queryId")
                .asText();
        correctedAlertId = awaitAlert(correctedQuery, "OPEN").path("alertId").asText();
        withdrawnAlertId = awaitAlert(withdrawnQuery, "OPEN").path("alertId").asText();

        LocalRecordSink essex = federation.node(ESSEX).context().getBean(LocalRecordSink.class);
        essex.hearingCorrected(
                "api",
                new LocalHearing(
                        "MARAC-ESX-2026-0601",
                        Forum.MARAC,
                        LocalDate.parse("2026-05-20"),
                        new LocalPerson(
                                "ESX-P-21",
                                List.of("Callum"),
                                List.of("Brereton"),
                                List.of(),
                                "1982-04-19",
                                "M",
                                "CM2 9XX",
                                null,
                                null,
                                null,
                                null),
                        new Contact("Essex MARAC coordinator", "01632 960100", null),
                        new RiskScore("DASH", "2009", "21")),
                LocalDate.parse("2026-12-01"));
        essex.recordWithdrawn(
                "api",
                new LocalWithdrawal(LocalRecordType.HEARING, "MARAC-ESX-2026-0602", LocalDate.parse("2026-12-02")));
        awaitAlert(correctedQuery, "OPEN", "CORRECTED");
        awaitAlert(withdrawnQuery, "WITHDRAWN", "WITHDRAWN");

        browser = AlertInboxBrowserTests.chromium(Files.createDirectories(dir.resolve("chromium-profile")));
        wait = new WebDriverWait(browser, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (federation != null) {
            federation.close();
        }
    }

    @Test
    void theInboxShowsACorrectionWithItsDateAndValuesAndAWithdrawalThatOffersNoAction() {
        browser.get("http://127.0.0.1:" + federation.node(SUFFOLK).apiPort() + "/inbox/");
        AlertInboxBrowserTests.signIn(browser, wait, HearingsFederation.COORDINATOR, HearingsFederation.PASSWORD);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#alerts article.alert"), 2));

        WebElement corrected = card(correctedAlertId);
        assertThat(corrected.getDomAttribute("data-status")).isEqualTo("OPEN");
        assertThat(corrected.findElement(By.cssSelector("p.amendment")).getText())
                .startsWith("Corrected on 1 December 2026")
                .contains("MARAC on 20 May 2026", "21 (DASH, version 2009)");
        assertThat(corrected.getText()).contains("MARAC on 20 May 2026, reference MARAC-ESX-2026-0601");
        assertThat(corrected.findElements(By.cssSelector("form.acknowledge"))).hasSize(1);

        WebElement withdrawn = card(withdrawnAlertId);
        assertThat(withdrawn.getDomAttribute("data-status")).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.getText())
                .contains(
                        "Status: Withdrawn: the record behind it no longer stands, do not act on it",
                        "Withdrawn on 2 December 2026",
                        "Do not act on this alert as current.");
        assertThat(withdrawn.findElements(By.cssSelector("form.acknowledge")))
                .as("nothing to act on")
                .isEmpty();
        assertThat(withdrawn.findElements(By.cssSelector("button"))).isEmpty();
        Screenshots.save(browser, "inbox with corrected and withdrawn alerts");
        AccessibilityCheck.assertNoSeriousOrCriticalViolations(browser, "inbox with corrected and withdrawn alerts");

        new Select(browser.findElement(By.id("status-filter"))).selectByValue("WITHDRAWN");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#alerts article.alert"), 1));
        assertThat(browser.findElement(By.cssSelector("#alerts article.alert")).getDomAttribute("data-alert-id"))
                .isEqualTo(withdrawnAlertId);
        assertThat(browser.findElement(By.id("list-status")).getText()).startsWith("1 withdrawn alert,");
    }

    static WebElement card(String alertId) {
        return browser.findElement(By.id("alert-" + alertId));
    }

    static JsonNode post(String code, String path, String json) {
        HearingsFederation.Response response = new HearingsFederation.Api(federation.node(code)).post(path, json);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    static String hearing(String reference, String heardOn, String id, String given, String family, String dob) {
        return PriorHearingFlagsTests.hearing(
                reference,
                heardOn,
                PriorHearingFlagsTests.person(id, given, family, dob, "CM2 9XX"),
                "Essex MARAC coordinator");
    }

    static String referral(String reference, String id, String given, String family, String dob) {
        return PriorHearingFlagsTests.referral(
                reference, "2026-11-30", PriorHearingFlagsTests.person(id, given, family, dob, null));
    }

    /** Suffolk's alert of the query once it has the status and amendment (null for none). */
    static JsonNode awaitAlert(String queryId, String status, String... amendment) {
        return await().atMost(WAIT)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> {
                            for (JsonNode alert : new HearingsFederation.Api(federation.node(SUFFOLK))
                                    .get("/api/alerts")
                                    .json()) {
                                if (queryId.equals(alert.path("queryId").asText())
                                        && status.equals(alert.path("status").asText())
                                        && (amendment.length == 0
                                                || amendment[0].equals(
                                                        alert.path("amendment").asText()))) {
                                    return alert;
                                }
                            }
                            return null;
                        },
                        alert -> alert != null);
    }
}
