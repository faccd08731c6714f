package org.crossflag.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.crossflag.it.TestFederation.ESSEX;
import static org.crossflag.it.TestFederation.SUFFOLK;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The inbox in Debian's chromium says what an alert means beyond the hearing: Suffolk refers a person Essex heard for
 * another victim, and the coordinator reads the serial line, the MAPPA Category 3 prompt and what the DASH score
 * measures; Suffolk refers a woman Essex recorded as a victim, and the alert waits for review with the reason in
 * words. All people are synthetic.
 */
class SerialPatternsBrowserTests {

    static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    static Path dir;

    static TestFederation federation;
    static VictimStories stories;
    static WebDriver browser;
    static WebDriverWait wait;
    static String serialAlertId;
    static String heldAlertId;

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

        stories = new VictimStories(federation);
        String perpetrator = VictimStories.person("ESX-P-31", "Lucian", "Ambersley", "1980-10-10", "M");
        stories.heard(
                ESSEX,
                "MARAC-ESX-2026-0311",
                "2026-03-11",
                perpetrator,
                "COERCIVE_CONTROL",
                stories.victim("ESX-V-31", "Clementine", "Haverford", "1985-02-14", "F", null, "EX_PARTNER"));
        String serialQuery = stories.referred(
                "MARAC-SFK-2026-3101",
                VictimStories.person("SFK-P-31", "Lucian", "Ambersley", "1980-10-10", "M"),
                "PERPETRATOR",
                "DOMESTIC_ABUSE",
                stories.victim("SFK-V-31", "Ottilie", "Brockhurst", "1991-07-07", "F", null, "INTIMATE_PARTNER"));

        stories.heard(
                ESSEX,
                "MARAC-ESX-2026-0412",
                "2026-04-12",
                VictimStories.person("ESX-P-32", "Ferdinand", "Ravenscroft", "1979-01-01", "M"),
                "DOMESTIC_ABUSE",
                stories.victim("ESX-V-32", "Seraphina", "Ravenscroft", "1990-12-12", "F", null, "INTIMATE_PARTNER"));
        String heldQuery = stories.referred(
                "MARAC-SFK-2026-3102",
                VictimStories.person("SFK-P-32", "Seraphina", "Ravenscroft", "1990-12-12", "F"),
                "PERPETRATOR",
                "DOMESTIC_ABUSE");

        serialAlertId = awaitAlert(
                        serialQuery,
                        a -> !a.path("patterns").path("serialLine").asText("").isEmpty())
                .path("alertId")
                .asText();
        heldAlertId = awaitAlert(heldQuery, a -> a.path("status").asText().equals("REVIEW"))
                .path("alertId")
                .asText();

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
            federation = null;
            stories = null;
        }
    }

    @Test
    void theInboxShowsTheSerialLineTheMappaPromptTheScoresMeaningAndWhyAnAlertIsHeld() {
        browser.get("http://127.0.0.1:" + federation.node(SUFFOLK).apiPort() + "/inbox/");
        AlertInboxBrowserTests.signIn(browser, wait, HearingsFederation.COORDINATOR, HearingsFederation.PASSWORD);
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#alerts article.alert"), 2));

        WebElement serial = card(serialAlertId);
        assertThat(serial.getDomAttribute("data-status")).isEqualTo("OPEN");
        assertThat(serial.findElement(By.cssSelector("p.serial")).getText())
                .startsWith("serial: 2 victims across 2 forces within 3 years (");
        assertThat(serial.findElement(By.cssSelector("p.mappa")).getText())
                .startsWith("MAPPA: consider a MAPPA Category 3 referral");
        assertThat(serial.getText()).contains("Abuse type", "Coercive control");
        assertThat(serial.getText())
                .as("the score says what it measures")
                .contains("15 (DASH, version 2009) \u2014 scores the victim's risk: ", "Validation: contested.");
        assertThat(serial.getText()).doesNotContain("Clementine", "Haverford", "Ottilie", "Brockhurst");

        WebElement held = card(heldAlertId);
        assertThat(held.getDomAttribute("data-status")).isEqualTo("REVIEW");
        assertThat(held.findElement(By.cssSelector("p.hold")).getText())
                .isEqualTo("Held for review: recorded as a victim by GB-ESX on 2026-04-12: check before acting");
        assertThat(held.findElements(By.cssSelector("form.acknowledge"))).isEmpty();
        assertThat(held.getText()).contains("Role recorded", "Victim", "No score was shared");

        Screenshots.save(browser, "inbox with a serial perpetrator and a held victim record");
        AccessibilityCheck.assertNoSeriousOrCriticalViolations(
                browser, "inbox with a serial perpetrator and a held victim record");
    }

    static WebElement card(String alertId) {
        return browser.findElement(By.id("alert-" + alertId));
    }

    static JsonNode awaitAlert(String queryId, java.util.function.Predicate<JsonNode> ready) {
        return await().atMost(WAIT)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> {
                            for (JsonNode alert : stories.alertsOf(SUFFOLK, queryId)) {
                                if (ready.test(alert)) {
                                    return alert;
                                }
                            }
                            return null;
                        },
                        alert -> alert != null);
    }
}
