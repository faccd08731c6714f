package org.crossflag.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.crossflag.it.TestFederation.ESSEX;
import static org.crossflag.it.TestFederation.SUFFOLK;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The alert inbox in a real browser: Debian's chromium, driven through Debian's chromedriver, against two real
 * nodes. Essex holds two hearings; Suffolk refers both people, so Suffolk's coordinator has an open alert (a match:
 * "Bob Ashdown-Hale" is Essex's "Robert James Ashdown") and one to review (a possible match: Muhammad/Mohammed Rahman
 * with dates of birth a day apart). All people are synthetic.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class AlertInboxBrowserTests {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Duration WAIT = Duration.ofSeconds(20);
    /** Markup in data that travels between forces must show as text, never run. */
    static final String ESSEX_CONTACT = "Essex MARAC <img src=x onerror=\"document.title='injected'\"> coordinator";

    static final String NOTE = "Spoke to <b>Essex</b> coordinator; on Thursday's agenda";
    static final String OFFICER = "SFK-MARAC-01";

    @TempDir
    static Path dir;

    static TestFederation federation;
    static WebDriver browser;
    static WebDriverWait wait;
    static String openAlertId;
    static String reviewAlertId;
    static String reviewQueryId;

    @BeforeAll
    static void federationAndBrowser() throws Exception {
        requireDebianChromium();
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
                hearing(
                        "MARAC-ESX-2026-0412",
                        "MARAC",
                        "2026-05-14",
                        person("ESX-P-1", List.of("Robert", "James"), "Ashdown", "1986-03-07", "CM2 9XX"),
                        ESSEX_CONTACT));
        post(
                ESSEX,
                "/api/hearings",
                hearing(
                        "DAPP-ESX-2026-0031",
                        "DAPP",
                        "2026-04-09",
                        person("ESX-P-3", List.of("Mohammed"), "Rahman", "1990-11-20", "SS1 3XX"),
                        "Essex DAPP coordinator"));

        String matchQuery = post(
                        SUFFOLK,
                        "/api/referrals",
                        referral(
                                "MARAC-SFK-2026-1187",
                                "2026-11-20",
                                person("SFK-P-77", List.of("Bob"), "Ashdown-Hale", "1986-07-03", null)))
                .path("queryId")
                .asText();
        openAlertId = awaitAlert(SUFFOLK, matchQuery).path("alertId").asText();
        // Raised after the first, so it is the newest.
        reviewQueryId = post(
                        SUFFOLK,
                        "/api/referrals",
                        referral(
                                "MARAC-SFK-2026-1210",
                                "2026-11-22",
                                person("SFK-P-79", List.of("Muhammad"), "Rahman", "1990-11-21", null)))
                .path("queryId")
                .asText();
        JsonNode review = awaitAlert(SUFFOLK, reviewQueryId);
        assertThat(review.path("status").asText())
                .as("the second person is a possible match")
                .isEqualTo("REVIEW");
        reviewAlertId = review.path("alertId").asText();

        browser = chromium(Files.createDirectories(dir.resolve("chromium-profile")));
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
    @Order(1)
    void thePageIsServedWithoutALoginUnderAStrictPolicyWhileTheApiStillNeedsOne() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(inboxUri("/inbox/")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy)
                        .contains("script-src 'self'")
                        .contains("connect-src 'self'")
                        .contains("frame-ancestors 'none'"));
        assertThat(page.body()).contains("<form id=\"sign-in-form\"");
        for (String asset : List.of("/inbox/inbox.js", "/inbox/inbox.css")) {
            assertThat(http.send(
                                    HttpRequest.newBuilder(inboxUri(asset))
                                            .GET()
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode())
                    .as(asset)
                    .isEqualTo(200);
        }
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        HttpResponse<String> api = http.send(
                HttpRequest.newBuilder(inboxUri("/api/alerts")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(401);
        String wrongLogin = Base64.getEncoder().encodeToString("coordinator:wrong".getBytes(StandardCharsets.UTF_8));
        HttpResponse<Void> fromScript = http.send(
                HttpRequest.newBuilder(inboxUri("/api/alerts"))
                        .header("Authorization", "Basic " + wrongLogin)
                        .header("X-Requested-With", "XMLHttpRequest")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(fromScript.statusCode()).isEqualTo(401);
        assertThat(fromScript.headers().firstValue("WWW-Authenticate"))
                .as("no browser login dialog over the page")
                .isEmpty();
        assertThat(http.send(
                                HttpRequest.newBuilder(inboxUri("/inbox/index.html"))
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .as("the page only with its policy")
                .isEqualTo(401);
        assertThat(http.send(
                                HttpRequest.newBuilder(inboxUri("/inbox/"))
                                        .POST(HttpRequest.BodyPublishers.noBody())
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .as("only GET is open")
                .isIn(401, 403);
    }

    @Test
    @Order(2)
    void aWrongPasswordKeepsTheSignInFormAndSaysSo() {
        browser.get(inboxUri("/inbox").toString());
        assertThat(browser.getCurrentUrl()).endsWith("/inbox/");

        signIn(HearingsFederation.COORDINATOR, "not-the-password");

        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-error")));
        assertThat(error.getText()).contains("username or password was not accepted");
        assertThat(browser.findElement(By.id("inbox")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("sign-in-form")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("password")).getDomProperty("value"))
                .as("password field cleared")
                .isEmpty();
        Screenshots.save(browser, "inbox sign-in refused");
        AccessibilityCheck.assertNoSeriousOrCriticalViolations(browser, "inbox sign-in with an error");
    }

    @Test
    @Order(3)
    void signingInListsTheAlertsNewestFirstWithWhatACoordinatorNeeds() {
        signIn(HearingsFederation.COORDINATOR, HearingsFederation.PASSWORD);

        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#alerts article.alert"), 2));
        assertThat(browser.findElements(By.cssSelector("#alerts article.alert")))
                .extracting(card -> card.getDomAttribute("data-alert-id"))
                .containsExactly(reviewAlertId, openAlertId);
        assertThat(browser.findElement(By.id("signed-in-user")).getText()).isEqualTo(HearingsFederation.COORDINATOR);

        String open = card(openAlertId).getText();
        assertThat(open)
                .contains(
                        "Prior hearing in GB-ESX",
                        "Status: Open: record the action taken",
                        "Band\nMatch",
                        "MARAC on 14 May 2026, reference MARAC-ESX-2026-0412, in GB-ESX",
                        "MARAC on 20 November 2026, reference MARAC-SFK-2026-1187, at your force",
                        "Repeat\nYes",
                        "17 (DASH, version 2009)",
                        "17 (DASH, version 2009) — scores the victim's risk: ",
                        "Validation: contested.",
                        ESSEX_CONTACT,
                        "01632 960100",
                        "marac@esx.police.example");
        assertThat(card(openAlertId).findElements(By.cssSelector("a[href^='tel:']")))
                .hasSize(1);
        assertThat(card(openAlertId)
                        .findElement(By.cssSelector("label[for='action-" + openAlertId + "']"))
                        .getText())
                .isEqualTo("Action taken");
        String review = card(reviewAlertId).getText();
        assertThat(review)
                .contains(
                        "Prior hearing in GB-ESX",
                        "Band\nPossible match",
                        "DAPP on 9 April 2026",
                        "Essex DAPP coordinator",
                        "Same person",
                        "Not the same person");
        assertThat(card(reviewAlertId).findElements(By.cssSelector("form.acknowledge")))
                .as("no action before review")
                .isEmpty();
        Screenshots.save(browser, "inbox with alerts");
        // An open alert with its action form, and a possible match with its review buttons.
        AccessibilityCheck.assertNoSeriousOrCriticalViolations(browser, "inbox with alerts");

        // The contact's markup stayed text: no element was made from it and nothing ran.
        assertThat(browser.findElements(By.cssSelector("#alerts img"))).isEmpty();
        assertThat(browser.getTitle()).isEqualTo("Alert inbox - Crossflag");
        // The login lives in the page's memory only.
        assertThat(script("return window.localStorage.length + window.sessionStorage.length"))
                .isEqualTo(0L);
        assertThat(browser.manage().getCookies()).isEmpty();

        new Select(browser.findElement(By.id("status-filter"))).selectByValue("REVIEW");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#alerts article.alert"), 1));
        assertThat(browser.findElement(By.cssSelector("#alerts article.alert")).getDomAttribute("data-alert-id"))
                .isEqualTo(reviewAlertId);
        new Select(browser.findElement(By.id("status-filter"))).selectByValue("");
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#alerts article.alert"), 2));
    }

    @Test
    @Order(4)
    void confirmingAPossibleMatchOpensTheAlertAndTellsTheHoldingForce() {
        card(reviewAlertId)
                .findElement(By.xpath(".//button[normalize-space()='Same person']"))
                .click();

        wait.until(driver -> "OPEN".equals(card(reviewAlertId).getDomAttribute("data-status")));
        assertThat(card(reviewAlertId).getText()).contains("Confirmed as the same person: GB-ESX is being told");
        assertThat(card(reviewAlertId).findElements(By.cssSelector("form.acknowledge")))
                .hasSize(1);
        assertThat(get(SUFFOLK, "/api/alerts/" + reviewAlertId).path("status").asText())
                .isEqualTo("OPEN");
        JsonNode essex = awaitAlert(ESSEX, reviewQueryId);
        assertThat(essex.path("kind").asText()).isEqualTo("REFERRED_ELSEWHERE");
        assertThat(essex.path("referralReference").asText()).isEqualTo("MARAC-SFK-2026-1210");
    }

    @Test
    @Order(5)
    void recordingTheActionTakenAcknowledgesTheAlertUnderTheOfficersIdAndKeepsTheNoteOutOfTheLogs(
            CapturedOutput output) {
        WebElement form = card(openAlertId).findElement(By.cssSelector("form.acknowledge"));
        form.findElement(By.xpath(".//button[normalize-space()='Record action']"))
                .click();
        String missing = wait.until(driver -> visibleError(openAlertId));
        assertThat(missing).isEqualTo("Choose the action taken.");
        Screenshots.save(browser, "inbox action form with an error");
        AccessibilityCheck.assertNoSeriousOrCriticalViolations(browser, "inbox action form with an error");

        new Select(form.findElement(By.id("action-" + openAlertId))).selectByValue("CONTACTED_HOLDING_FORCE");
        form.findElement(By.id("note-" + openAlertId)).sendKeys(NOTE);
        assertThat(form.findElement(By.id("note-" + openAlertId + "-count")).getText())
                .isEqualTo((2000 - NOTE.length()) + " characters left");
        form.findElement(By.xpath(".//button[normalize-space()='Record action']"))
                .click();

        wait.until(driver -> "ACKNOWLEDGED".equals(card(openAlertId).getDomAttribute("data-status")));
        String acknowledged = card(openAlertId).getText();
        assertThat(acknowledged)
                .contains(
                        "Status: Acknowledged",
                        "Acknowledged by\n" + OFFICER + " on ",
                        "Contacted the force that heard the person (CONTACTED_HOLDING_FORCE)",
                        NOTE);
        assertThat(card(openAlertId).findElements(By.cssSelector("b"))).isEmpty();
        assertThat(card(openAlertId).findElements(By.cssSelector("form.acknowledge")))
                .isEmpty();

        Map<String, Object> stored = federation
                .node(SUFFOLK)
                .jdbc()
                .queryForMap(
                        "select status, acknowledged_by, acknowledged_at, action_code, action_note from alert where alert_id = ?",
                        openAlertId);
        assertThat(stored)
                .containsEntry("status", "ACKNOWLEDGED")
                .containsEntry("acknowledged_by", OFFICER)
                .containsEntry("action_code", "CONTACTED_HOLDING_FORCE")
                .containsEntry("action_note", NOTE);
        assertThat(stored.get("acknowledged_at")).isNotNull();
        JsonNode viaApi = get(SUFFOLK, "/api/alerts/" + openAlertId);
        assertThat(viaApi.path("acknowledgedBy").asText()).isEqualTo(OFFICER);
        assertThat(viaApi.path("actionNote").asText()).isEqualTo(NOTE);
        await().atMost(WAIT)
                .until(
                        () -> federation
                                .node(SUFFOLK)
                                .jdbc()
                                .queryForList(
                                        "select actor_officer_id from audit_entry where action = 'ALERT_ACKNOWLEDGED' and reason_code = ?",
                                        String.class,
                                        "CONTACTED_HOLDING_FORCE"),
                        officers -> officers.equals(List.of(OFFICER)));

        assertThat(output.getAll()).doesNotContain("Thursday's agenda", "Ashdown", "Rahman", "1986-03-07", "CM2 9XX");
    }

    @Test
    @Order(6)
    void aRefusalFromTheApiIsShownWithItsReason() {
        // Another coordinator acknowledges the confirmed alert while this page still offers the form.
        HearingsFederation.Response elsewhere = new HearingsFederation.Api(federation.node(SUFFOLK))
                .post(
                        "/api/alerts/" + reviewAlertId + "/acknowledgement",
                        "{\"actionCode\":\"ADDED_TO_PANEL_AGENDA\"}");
        assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(200);

        WebElement form = card(reviewAlertId).findElement(By.cssSelector("form.acknowledge"));
        new Select(form.findElement(By.id("action-" + reviewAlertId))).selectByValue("SAFETY_PLAN_UPDATED");
        form.findElement(By.xpath(".//button[normalize-space()='Record action']"))
                .click();

        String error = wait.until(driver -> visibleError(reviewAlertId));
        assertThat(error)
                .startsWith("Not recorded: ")
                .contains("is ACKNOWLEDGED")
                .endsWith("(ALERT_NOT_OPEN)");
        // The card now shows what the other coordinator recorded.
        assertThat(card(reviewAlertId).getDomAttribute("data-status")).isEqualTo("ACKNOWLEDGED");
        assertThat(card(reviewAlertId).getText()).contains("Added to the panel agenda (ADDED_TO_PANEL_AGENDA)");
        assertThat(get(SUFFOLK, "/api/alerts/" + reviewAlertId)
                        .path("actionCode")
                        .asText())
                .isEqualTo("ADDED_TO_PANEL_AGENDA");
    }

    @Test
    @Order(7)
    void aDeepLinkScrollsToAndHighlightsItsAlertAfterSigningInAgain() {
        browser.get("about:blank");
        browser.get(inboxUri("/inbox/#" + openAlertId).toString());
        // A new page has forgotten the login.
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-form")));
        signIn(HearingsFederation.COORDINATOR, HearingsFederation.PASSWORD);

        wait.until(driver -> card(openAlertId).getDomAttribute("class").contains("linked"));
        WebElement linked = card(openAlertId);
        assertThat(linked.findElement(By.cssSelector(".linked-marker")).getText())
                .isEqualTo("Linked alert");
        assertThat(script("return document.activeElement.id")).isEqualTo("alert-" + openAlertId);
        assertThat((Boolean) script(
                        "const r = arguments[0].getBoundingClientRect();"
                                + " return r.top >= 0 && r.top < window.innerHeight;",
                        linked))
                .as("scrolled into view")
                .isTrue();
        assertThat(card(reviewAlertId).getDomAttribute("class")).doesNotContain("linked");

        // Following another link on the same page moves the highlight.
        script("window.location.hash = arguments[0]", reviewAlertId);
        wait.until(driver -> card(reviewAlertId).getDomAttribute("class").contains("linked"));
        assertThat(card(openAlertId).getDomAttribute("class")).doesNotContain("linked");

        // Signing out takes every alert off the page.
        browser.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-form")));
        assertThat(browser.findElements(By.cssSelector("#alerts article"))).isEmpty();
    }

    @Test
    @Order(8)
    void theAccessibilityCheckNamesTheRuleImpactAndElementOfAViolation() {
        // Two controls no assistive technology can name, put into the page as it stands.
        script("const main = document.getElementById('main');"
                + " main.insertAdjacentHTML('beforeend', '<button id=\"nameless\"></button>');"
                + " main.insertAdjacentHTML('beforeend', '<input id=\"unlabelled\" type=\"text\">');");

        assertThat(AccessibilityCheck.violations(browser))
                .anySatisfy(violation -> {
                    assertThat(violation.ruleId()).isEqualTo("button-name");
                    assertThat(violation.impact()).isEqualTo("critical");
                    assertThat(violation.targets()).containsExactly("#nameless");
                })
                .anySatisfy(violation -> {
                    assertThat(violation.ruleId()).isEqualTo("label");
                    assertThat(violation.targets()).containsExactly("#unlabelled");
                });
        assertThatThrownBy(() -> AccessibilityCheck.assertNoSeriousOrCriticalViolations(browser, "broken inbox"))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("broken inbox: 2 serious or critical accessibility violation(s)")
                .hasMessageContaining("button-name (critical)")
                .hasMessageContaining("#nameless")
                .hasMessageContaining("#unlabelled");
        assertThat(Screenshots.DIRECTORY.resolve("broken-inbox-accessibility.png"))
                .isNotEmptyFile();
        assertThat(Screenshots.DIRECTORY.resolve("inbox-with-alerts.png")).isNotEmptyFile();
    }

    // ---- the browser --------------------------------------------------------------------------------------

    /** Fails, never skips: CI installs both packages, and a developer needs to know what is missing. */
    static void requireDebianChromium() {
        for (Path binary : List.of(CHROMEDRIVER, CHROMIUM)) {
            if (!Files.isExecutable(binary)) {
                throw new IllegalStateException(
                        binary + " is missing: the browser tests need Debian's chromium and "
                                + "chromium-driver packages (sudo apt-get install chromium chromium-driver). .ci/run installs them.");
            }
        }
    }

    /** Headless chromium with a fresh profile; the driver path is given, so Selenium Manager never downloads anything. */
    static WebDriver chromium(Path profile) {
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile,
                "--window-size=1280,800");
        return new ChromeDriver(service, options);
    }

    static void signIn(String username, String password) {
        signIn(browser, wait, username, password);
    }

    /** Signs in on the inbox page the browser shows. */
    static void signIn(WebDriver browser, WebDriverWait wait, String username, String password) {
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        user.clear();
        user.sendKeys(username);
        WebElement pass = browser.findElement(By.id("password"));
        pass.clear();
        pass.sendKeys(password);
        browser.findElement(By.id("sign-in-button")).click();
    }

    static WebElement card(String alertId) {
        return browser.findElement(By.id("alert-" + alertId));
    }

    /** The text of the alert's error message once it shows, else null (for waits). */
    static String visibleError(String alertId) {
        WebElement error = card(alertId).findElement(By.cssSelector("p.error"));
        return error.isDisplayed() ? error.getText() : null;
    }

    static Object script(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    static URI inboxUri(String path) {
        return URI.create("http://127.0.0.1:" + federation.node(SUFFOLK).apiPort() + path);
    }

    // ---- the federation, through the officers' API ------------------------------------------------------------

    static JsonNode post(String code, String path, ObjectNode body) {
        HearingsFederation.Response response =
                new HearingsFederation.Api(federation.node(code)).post(path, body.toString());
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    static JsonNode get(String code, String path) {
        HearingsFederation.Response response = new HearingsFederation.Api(federation.node(code)).get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    static JsonNode awaitAlert(String code, String queryId) {
        return await().atMost(WAIT)
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> {
                            for (JsonNode alert : get(code, "/api/alerts")) {
                                if (queryId.equals(alert.path("queryId").asText())) {
                                    return alert;
                                }
                            }
                            return null;
                        },
                        alert -> alert != null);
    }

    static ObjectNode person(
            String id, List<String> givenNames, String familyName, String dateOfBirth, String postcode) {
        ObjectNode person = HearingsFederation.JSON.createObjectNode().put("personId", id);
        givenNames.forEach(person.putArray("givenNames")::add);
        person.putArray("familyNames").add(familyName);
        person.put("dateOfBirth", dateOfBirth).put("sex", "M");
        if (postcode != null) {
            person.put("postcode", postcode);
        }
        return person;
    }

    static ObjectNode hearing(String reference, String forum, String heardOn, ObjectNode person, String coordinator) {
        ObjectNode hearing = HearingsFederation.JSON
                .createObjectNode()
                .put("reference", reference)
                .put("forum", forum)
                .put("heardOn", heardOn);
        hearing.set("person", person);
        hearing.putObject("coordinator")
                .put("name", coordinator)
                .put("phone", "01632 960100")
                .put("email", "marac@esx.police.example");
        hearing.putObject("score").put("tool", "DASH").put("version", "2009").put("value", "17");
        return hearing;
    }

    static ObjectNode referral(String reference, String referredOn, ObjectNode person) {
        ObjectNode referral = HearingsFederation.JSON
                .createObjectNode()
                .put("reference", reference)
                .put("forum", "MARAC")
                .put("referredOn", referredOn);
        referral.set("person", person);
        referral.putObject("coordinator")
                .put("name", "Suffolk MARAC coordinator")
                .put("email", "marac@sfk.police.example");
        referral.putObject("consent").put("state", "NOT_SOUGHT_THRESHOLD_MET");
        return referral;
    }
}
