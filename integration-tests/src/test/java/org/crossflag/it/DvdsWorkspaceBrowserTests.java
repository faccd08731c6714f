package org.crossflag.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossflag.it.TestFederation.ESSEX;
import static org.crossflag.it.TestFederation.KENT;
import static org.crossflag.it.TestFederation.SUFFOLK;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The DVDS workspace in a real browser (Debian's chromium through Debian's chromedriver) against three real nodes.
 * Suffolk's DVDS officer starts a Right to Ask about a synthetic subject; Essex and Kent both hold records about
 * him, and Kent's policy does not share intelligence for DVDS, so Kent refuses while Essex's officer answers in
 * Essex's own workspace, flagging a conviction spent. Every state of the page is checked with axe-core and saved as
 * a screenshot. All people are synthetic.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class DvdsWorkspaceBrowserTests {

    static final Duration WAIT = Duration.ofSeconds(30);

    // The subject (B), as each holding force and the application name him.
    static final String SUBJECT_GIVEN = "Dale";
    static final String SUBJECT_FAMILY = "Orton";
    static final String SUBJECT_BORN = "1988-09-14";
    static final DvdsFederation.Person SUBJECT = new DvdsFederation.Person(SUBJECT_GIVEN, SUBJECT_FAMILY, SUBJECT_BORN);
    // The person at risk (A): known only at Suffolk.
    static final String AT_RISK_GIVEN = "Ellen";
    static final String AT_RISK_FAMILY = "Marsh";
    static final String AT_RISK_ADDRESS = "14 Quillon Row, Examplebury";
    static final String SPENT_CONVICTION = "Criminal damage; fine of 200 pounds";
    static final String ORDER = "Non-molestation order, 12 months";
    // The subject of a Right to Know a coordinator drafts from an alert: Essex heard him at MARAC.
    static final DvdsFederation.Person ALERT_SUBJECT = new DvdsFederation.Person("Rory", "Fenwick", "1983-07-21");

    @TempDir
    static Path dir;

    static TestFederation federation;
    static WebDriver browser;
    static WebDriverWait wait;
    static DvdsWorkspacePage page;
    static String suffolkWindow;
    static String applicationId;

    @BeforeAll
    static void federationAndBrowser() throws Exception {
        AlertInboxBrowserTests.requireDebianChromium();
        Path secret = HearingsFederation.matchingSecret(dir.resolve("keys"), "matching-v1.key");
        Path open = DvdsFederation.policy(dir.resolve("policy-open"), DvdsFederation.ALL_CATEGORIES);
        Path noIntelligence = DvdsFederation.policy(
                dir.resolve("policy-no-intelligence"),
                DvdsFederation.ALL_CATEGORIES.stream()
                        .filter(category -> !category.equals("INTELLIGENCE"))
                        .toList());
        federation = new TestFederation(
                dir,
                TestFederation.Database.H2,
                List.of(ESSEX, KENT, SUFFOLK),
                code -> DvdsFederation.settings(code, secret, code.equals(KENT) ? noIntelligence : open));

        DvdsFederation.holdRecord(
                federation.node(ESSEX), SUBJECT, "CR/2016/0311", "CONVICTION", "2016-02-11", null, SPENT_CONVICTION);
        DvdsFederation.holdRecord(
                federation.node(ESSEX), SUBJECT, "ORD/2026/0007", "ORDER", "2026-03-02", "2027-03-01", ORDER);
        DvdsFederation.holdRecord(
                federation.node(KENT), SUBJECT, "CR/2021/1180", "CONVICTION", "2021-06-30", null, "Assault by beating");
        DvdsFederation.holdRecord(
                federation.node(KENT), SUBJECT, "MK/2025/0042", "MARKER", "2025-01-15", null, "Domestic abuse marker");

        browser = AlertInboxBrowserTests.chromium(Files.createDirectories(dir.resolve("chromium-profile")));
        wait = new WebDriverWait(browser, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        page = new DvdsWorkspacePage(browser, wait);
        suffolkWindow = browser.getWindowHandle();
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
    void thePageIsServedWithoutALoginUnderAStrictPolicyWhileTheDvdsApiNeedsAnOfficer() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(uri(SUFFOLK, "/dvds/")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy)
                        .contains("default-src 'none'")
                        .contains("script-src 'self'")
                        .contains("connect-src 'self'")
                        .contains("form-action 'none'")
                        .contains("frame-ancestors 'none'"));
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(page.body()).contains("<form id=\"sign-in-form\"").doesNotContain("<script>");
        for (String script : List.of(
                "workspace", "api", "page", "vocabulary", "applications", "application", "requests", "report")) {
            assertThat(anonymous("GET", "/dvds/" + script + ".js")).as(script).isEqualTo(200);
        }
        assertThat(anonymous("GET", "/dvds/dvds.css")).isEqualTo(200);
        assertThat(anonymous("GET", "/dvds/index.html"))
                .as("the page only with its policy")
                .isEqualTo(401);
        assertThat(anonymous("POST", "/dvds/")).as("only GET is open").isIn(401, 403);
        assertThat(anonymous("GET", "/api/dvds/applications")).isEqualTo(401);
        assertThat(DvdsFederation.coordinator(federation.node(SUFFOLK))
                        .get("/api/dvds/applications")
                        .status())
                .as("a panel coordinator is not a DVDS officer")
                .isEqualTo(403);
    }

    @Test
    @Order(2)
    void aWrongPasswordAndALoginWithoutTheDvdsRoleAreTurnedAwayWithTheReason() {
        browser.get(uri(SUFFOLK, "/dvds").toString());
        assertThat(browser.getCurrentUrl()).endsWith("/dvds/");
        checkPage("dvds-01-sign-in");

        page.signIn(DvdsFederation.OFFICER, "not-the-password");
        WebElement error = page.awaitVisible("sign-in-error");
        assertThat(error.getText()).contains("username or password was not accepted");
        assertThat(page.activeId()).isEqualTo("sign-in-error");

        page.signIn(HearingsFederation.COORDINATOR, HearingsFederation.PASSWORD);
        wait.until(driver -> error.getText().contains("DVDS officer role"));
        assertThat(page.byId("workspace-nav").isDisplayed()).isFalse();
        checkPage("dvds-02-sign-in-refused");
    }

    @Test
    @Order(3)
    void theApplicationFormSaysWhatIsMissingBesideEachFieldAndInASummaryThatTakesTheFocus() {
        page.signIn(DvdsFederation.OFFICER, DvdsFederation.PASSWORD);
        page.awaitVisible("view-applications");
        assertThat(page.byId("signed-in-user").getText()).isEqualTo(DvdsFederation.OFFICER);
        assertThat(page.activeId()).isEqualTo("applications-heading");
        assertThat(page.byId("applications-status").getText()).startsWith("This force has made no applications yet.");
        checkPage("dvds-03-applications-empty");

        page.byId("nav-new").sendKeys(Keys.ENTER);
        page.awaitVisible("view-new");
        assertThat(page.byId("address-note").getText())
                .isEqualTo("A's address is kept at this force and is never sent to another force.");
        assertThat(page.byId("a-address").getDomAttribute("aria-describedby")).contains("address-note");
        page.choose("consent-state", "REFUSED_OVERRIDDEN");
        page.byId("start-application").click();

        wait.until(driver -> "error-summary".equals(page.activeId()));
        assertThat(page.summaryErrors())
                .contains(
                        "Choose the route: Right to Ask or Right to Know.",
                        "Enter the subject's date of birth.",
                        "Give the justification for overriding the refused consent, in at least 10 characters.",
                        "Choose at least one kind of record to ask for.");
        assertThat(page.textContent("route-error"))
                .isEqualTo("Error: Choose the route: Right to Ask or Right to Know.");
        assertThat(page.byId("route-group").getDomAttribute("aria-describedby")).isEqualTo("route-error");
        assertThat(page.byId("b-dob").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(page.byId("b-dob").getDomAttribute("aria-describedby")).contains("b-dob-error");
        assertThat(page.byId("consent-justification-error").getText()).contains("justification");
        checkPage("dvds-04-application-form-errors", "error-summary");

        // A link in the summary takes the keyboard to the field.
        browser.findElement(By.linkText("Enter the subject's date of birth.")).sendKeys(Keys.ENTER);
        assertThat(page.activeId()).isEqualTo("b-dob");
        assertThat(browser.getCurrentUrl()).endsWith("#/new");
    }

    @Test
    @Order(4)
    void startingARightToAskShowsEachForceAskedAndThenItsAnswerWithoutReloading() throws Exception {
        // The holding forces take the check in but do not process it yet, so the page first shows both as asked.
        for (String code : List.of(ESSEX, KENT)) {
            DvdsFederation.holdInbox(federation.node(code));
        }
        page.fillRightToAsk(
                LocalDate.now().minusDays(1),
                new DvdsFederation.Person(AT_RISK_GIVEN, AT_RISK_FAMILY, "1991-04-02"),
                AT_RISK_ADDRESS,
                SUBJECT);
        // Submitted from the keyboard: Enter in a text field.
        page.byId("b-family").sendKeys(Keys.ENTER);

        page.awaitVisible("view-application");
        wait.until(driver -> page.forceRows().size() == 2);
        applicationId = browser.getCurrentUrl().replaceFirst(".*#/application/", "");
        assertThat(applicationId).matches("[0-9a-f-]{36}");
        assertThat(page.byId("application-heading").getText())
                .isEqualTo("Right to Ask: " + SUBJECT_GIVEN + " " + SUBJECT_FAMILY);
        assertThat(page.forceStatus(ESSEX)).isEqualTo("Asked: waiting for an answer to the check");
        assertThat(page.forceStatus(KENT)).isEqualTo("Asked: waiting for an answer to the check");
        assertThat(page.byId("not-answered").getText())
                .isEqualTo("Forces that have not answered: " + ESSEX + ", " + KENT + ".");
        assertThat(page.byId("conclusion-text").getText()).startsWith("Not every force has answered yet.");
        assertThat(page.byId("live").getDomAttribute("aria-live")).isEqualTo("polite");
        checkPage("dvds-05-application-asked", "forces");

        // Everything the rows show from now on, in order, and a marker a reload would lose.
        page.script(DvdsWorkspacePage.WATCH_CHANGES);
        for (String code : List.of(ESSEX, KENT)) {
            DvdsFederation.releaseInbox(federation.node(code));
        }

        wait.until(driver -> page.forceStatus(ESSEX).startsWith("Requested"));
        wait.until(driver -> page.forceStatus(KENT).startsWith("Refused"));
        assertThat(page.forceStatus(ESSEX)).isEqualTo("Requested: waiting for its DVDS officer to answer");
        assertThat(page.forceStatus(KENT)).isEqualTo("Refused (reason code POLICY_DATA_CATEGORY_NOT_AGREED)");
        assertThat(page.notReloaded()).as("not reloaded").isTrue();
        assertThat(page.forceHistory(ESSEX)).first().asString().startsWith("Asked");
        assertThat(page.forceHistory(ESSEX)).last().asString().startsWith("Requested");
        assertThat(page.forceHistory(KENT)).first().asString().startsWith("Asked");
        assertThat(page.forceHistory(KENT)).last().asString().startsWith("Refused");
        wait.until(driver -> page.announcements().stream().anyMatch(said -> said.contains(KENT + ": Refused")));
        assertThat(page.text()).doesNotContainIgnoringCase("low risk");
        checkPage("dvds-06-application-answers-awaited", "forces");

        JsonNode viaApi = DvdsFederation.get(federation.node(SUFFOLK), "/api/dvds/applications/" + applicationId);
        assertThat(viaApi.path("officerId").asText()).isEqualTo(DvdsFederation.officerId(SUFFOLK));
        assertThat(viaApi.path("personAtRisk").path("address").asText()).isEqualTo(AT_RISK_ADDRESS);
    }

    @Test
    @Order(5)
    void theHoldingForcesOfficerReleasesTheRecordsFlaggingTheOldConvictionSpent() {
        // The page loads the list when it opens: wait until Essex has taken the request in.
        DvdsFederation.awaitGet(federation.node(ESSEX), "/api/dvds/requests", WAIT, requests -> requests.size() == 1);
        browser.switchTo().newWindow(WindowType.WINDOW);
        browser.get(uri(ESSEX, "/dvds/#/requests").toString());
        page.signIn(DvdsFederation.OFFICER, DvdsFederation.PASSWORD);

        page.awaitVisible("view-requests");
        List<WebElement> rows =
                wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#requests-body tr"), 1));
        assertThat(rows.get(0).getText()).contains(SUFFOLK, "Right to Ask", "Open: waiting for your answer");
        checkPage("dvds-07-requests");

        rows.get(0).findElement(By.tagName("a")).sendKeys(Keys.ENTER);
        page.awaitVisible("records-table");
        assertThat(page.byId("request-heading").getText()).isEqualTo("Request from " + SUFFOLK);
        String details = page.byId("request-details").getText();
        assertThat(details).contains("Right to Ask", "Convictions");
        assertThat(details).doesNotContain(AT_RISK_GIVEN, AT_RISK_FAMILY, AT_RISK_ADDRESS);
        WebElement conviction = page.recordRow(SPENT_CONVICTION);
        WebElement order = page.recordRow(ORDER);
        assertThat(conviction.findElement(By.cssSelector("td.guidance")).getText())
                .isNotBlank();
        checkPage("dvds-08-request", "records-table");

        page.byId("send-answer").click();
        wait.until(driver -> "error-summary".equals(page.activeId()));
        assertThat(page.textContent("outcome-error"))
                .isEqualTo("Error: Choose whether to release records or refuse the request.");

        String convictionId = conviction.getDomAttribute("data-record-id");
        String orderId = order.getDomAttribute("data-record-id");
        page.byId("release-" + convictionId).sendKeys(Keys.SPACE);
        page.byId("spent-" + convictionId).sendKeys(Keys.SPACE);
        page.byId("release-" + orderId).sendKeys(Keys.SPACE);
        page.byId("outcome-release").sendKeys(Keys.SPACE);
        assertThat(page.byId("refuse-reason").isEnabled()).isFalse();
        page.byId("send-answer").click();

        wait.until(driver -> "ANSWERED".equals(page.byId("view-request").getDomAttribute("data-status")));
        assertThat(page.byId("request-answered").getText()).isEqualTo("This request has been answered.");
        assertThat(page.byId("answer-form").isDisplayed()).isFalse();
        checkPage("dvds-09-request-answered");
    }

    @Test
    @Order(6)
    void theAskingOfficerSeesTheAnswerWithTheSpentFlagExtendsTheDeadlineAndRecordsADecision(CapturedOutput output) {
        browser.switchTo().window(suffolkWindow);
        page.awaitVisible("released-" + ESSEX);
        assertThat(page.forceStatus(ESSEX)).isEqualTo("Answered");
        assertThat(page.notReloaded()).as("not reloaded").isTrue();
        WebElement spent = page.releasedRow(ESSEX, SPENT_CONVICTION);
        assertThat(spent.findElement(By.cssSelector(".flag-spent")).getText()).isEqualToIgnoringCase("Spent");
        assertThat(spent.getDomAttribute("data-spent")).isEqualTo("true");
        WebElement order = page.releasedRow(ESSEX, ORDER);
        assertThat(order.getText()).contains("Not spent");
        assertThat(order.getDomAttribute("data-spent")).isEqualTo("false");
        assertThat(page.byId("spent-note").getText()).contains("spent");
        assertThat(page.byId("conclusion-text").getText())
                .isEqualTo("Records released by " + ESSEX + ". Records held by " + KENT + " were not released.");
        assertThat(page.byId("not-answered").getText()).isEqualTo("Every force asked has answered.");
        assertThat(page.text()).doesNotContainIgnoringCase("low risk");
        checkPage("dvds-10-application-answered", "released");

        page.byId("extension-days").sendKeys("7");
        page.byId("extension-reason").sendKeys("Awaiting partner agency information");
        page.byId("extend").click();
        page.awaitVisible("extensions-table");
        assertThat(page.byId("extensions-table").getText())
                .contains("7", "Awaiting partner agency information", DvdsFederation.officerId(SUFFOLK));

        assertThat(browser.findElements(By.cssSelector("#decision-form input[name='recipient']")))
                .extracting(input -> input.getDomAttribute("value"))
                .as("the subject is never offered")
                .containsExactly("PERSON_AT_RISK", "PERSON_PLACED_TO_PROTECT");
        page.byId("disclose-yes").sendKeys(Keys.SPACE);
        page.byId("decided-by").sendKeys("DI Rowe");
        page.choose("forum", "LOCAL_DECISION_MAKING_PANEL");
        page.byId("decided-on").sendKeys(LocalDate.now().toString());
        page.byId("recipient-a").sendKeys(Keys.SPACE);
        page.byId("record-decision").click();

        page.awaitVisible("decision-details");
        assertThat(page.byId("application-status").getText()).isEqualTo("Status: Decided");
        assertThat(page.byId("decision-details").getText())
                .contains("DI Rowe", "Local decision-making panel", "In person", "The person at risk");
        assertThat(page.byId("decision-form").isDisplayed()).isFalse();
        assertThat(page.activeId()).isEqualTo("decision-heading");
        checkPage("dvds-11-application-decided", "decision-heading");

        JsonNode decided = DvdsFederation.get(federation.node(SUFFOLK), "/api/dvds/applications/" + applicationId);
        assertThat(decided.path("status").asText()).isEqualTo("DECIDED");
        assertThat(decided.path("decision").path("recipient").asText()).isEqualTo("PERSON_AT_RISK");
        assertThat(decided.path("decision").path("method").asText()).isEqualTo("IN_PERSON");
        assertThat(decided.path("clock").path("extensions")).hasSize(1);

        page.byId("nav-applications").sendKeys(Keys.ENTER);
        WebElement row =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("application-row-" + applicationId)));
        assertThat(row.getText()).contains(SUBJECT_GIVEN + " " + SUBJECT_FAMILY, "Right to Ask", "Decided");
        checkPage("dvds-12-applications");

        assertThat(output.getAll())
                .doesNotContain(AT_RISK_ADDRESS, AT_RISK_FAMILY, SUBJECT_FAMILY, SUBJECT_BORN, SPENT_CONVICTION);
    }

    @Test
    @Order(7)
    void refusalsFromTheNodeShowBesideTheirFieldsAndInTheSummary() {
        // The node refuses a date of receipt after today: its message shows beside the field and in the summary.
        page.byId("nav-new").sendKeys(Keys.ENTER);
        page.awaitVisible("view-new");
        page.fillRightToAsk(
                LocalDate.now().plusDays(1),
                new DvdsFederation.Person(AT_RISK_GIVEN, AT_RISK_FAMILY, "1991-04-02"),
                AT_RISK_ADDRESS,
                SUBJECT);
        page.byId("b-family").sendKeys(Keys.ENTER);
        wait.until(driver -> page.byId("received-on-error").isDisplayed());
        assertThat(page.textContent("received-on-error")).isEqualTo("Error: cannot be after today (DATE_INVALID)");
        assertThat(page.summaryErrors())
                .containsExactly("Date the application was received: cannot be after today (DATE_INVALID)");
        assertThat(page.activeId()).isEqualTo("error-summary");
        assertThat(page.byId("received-on").getDomAttribute("aria-invalid")).isEqualTo("true");
        checkPage("dvds-13-application-refused-by-the-node");

        // An extension beyond the longest the node allows, on an application still waiting for its decision.
        page.type("received-on", LocalDate.now().toString());
        page.byId("b-family").sendKeys(Keys.ENTER);
        page.awaitVisible("view-application");
        page.type("extension-days", "120");
        page.type("extension-reason", "Awaiting partner agency information");
        page.byId("extend").click();
        wait.until(driver -> page.byId("extension-days-error").isDisplayed());
        assertThat(page.textContent("extension-days-error"))
                .startsWith("Error: ")
                .contains("90")
                .endsWith("(EXTENSION_DAYS_INVALID)");
        assertThat(page.summaryErrors()).singleElement().asString().startsWith("Days to add: ");
        assertThat(page.activeId()).isEqualTo("error-summary");
        assertThat(page.byId("extensions").getText()).isEqualTo("The deadline has not been extended.");
        checkPage("dvds-14-extension-refused-by-the-node", "error-summary");
    }

    @Test
    @Order(8)
    void aDraftMadeFromAnAlertIsCompletedInTheWorkspaceAndItsChecksStartWithoutReloading(CapturedOutput output) {
        String alertId =
                DvdsFederation.alertAbout(federation.node(ESSEX), federation.node(SUFFOLK), ALERT_SUBJECT, WAIT);
        HearingsFederation.Response drafted = DvdsFederation.coordinator(federation.node(SUFFOLK))
                .post("/api/alerts/" + alertId + "/disclosure-consideration", "{}");
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        String draftId = drafted.json().path("applicationId").asText();
        JsonNode draft = DvdsFederation.get(federation.node(SUFFOLK), "/api/dvds/applications/" + draftId);

        page.byId("nav-applications").sendKeys(Keys.ENTER);
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("application-row-" + draftId)));
        assertThat(row.getText()).contains("Rory Fenwick", "Right to Know", "Draft: complete it and start the checks");
        checkPage("dvds-15-applications-with-a-draft", "applications");

        row.findElement(By.tagName("a")).sendKeys(Keys.ENTER);
        page.awaitVisible("draft-completion");
        assertThat(page.activeId()).isEqualTo("application-heading");
        assertThat(page.byId("application-heading").getText()).isEqualTo("Right to Know: Rory Fenwick");
        assertThat(page.byId("complete-heading").getText()).isEqualTo("Complete this application");
        assertThat(page.byId("source-alert").getText()).isEqualTo(alertId);
        assertThat(page.byId("application-details")
                        .findElement(By.partialLinkText("alert inbox"))
                        .getDomAttribute("href"))
                .isEqualTo("../inbox/#" + alertId);
        assertThat(browser.findElements(By.cssSelector("#draft-form-slot #new-application")))
                .hasSize(1);
        assertThat(page.byId("forces-heading").isDisplayed()).isFalse();
        assertThat(page.byId("decision-form").isDisplayed()).isFalse();
        assertThat(page.byId("route-know").isSelected()).isTrue();
        assertThat(page.value("received-on")).isEqualTo(draft.path("receivedOn").asText());
        assertThat(List.of(page.value("b-given"), page.value("b-family"), page.value("b-dob")))
                .containsExactly("Rory", "Fenwick", "1983-07-21");
        assertThat(browser.findElements(By.cssSelector("input[name='categories']:checked")))
                .extracting(box -> box.getDomAttribute("value"))
                .containsExactlyInAnyOrder(
                        HearingsFederation.JSON.convertValue(draft.path("categories"), String[].class));
        assertThat(page.value("a-given")).isEmpty();
        checkPage("dvds-16-draft-to-complete", "complete-heading");

        page.script(DvdsWorkspacePage.WATCH_CHANGES);
        page.byId("start-application").sendKeys(Keys.ENTER);
        wait.until(driver -> "error-summary".equals(page.activeId()));
        assertThat(page.summaryErrors())
                .contains(
                        "Enter the person at risk's given names.",
                        "Choose who applied.",
                        "Choose the legal basis.",
                        "Choose the consent state.")
                .doesNotContain("Enter the subject's given names.", "Choose at least one kind of record to ask for.");
        assertThat(page.byId("a-given").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(page.textContent("a-given-error")).isEqualTo("Error: Enter the person at risk's given names.");
        checkPage("dvds-17-draft-missing-fields", "error-summary");

        page.type("a-given", "Nadia");
        page.byId("applicant-third").sendKeys(Keys.SPACE);
        page.type("applicant-name", "Suffolk MARAC coordinator");
        page.choose("relationship-a", "PROFESSIONAL");
        page.choose("relationship-b", "NONE");
        page.choose("legal-basis", "COMMON_LAW_POLICING_PURPOSE");
        page.choose("consent-state", "NOT_SOUGHT_THRESHOLD_MET");
        // The node's own refusal of the completed form shows beside its field, as for a new application.
        page.type("received-on", LocalDate.now().plusDays(1).toString());
        page.type("a-family", "Quarrie");
        page.byId("a-family").sendKeys(Keys.ENTER);
        wait.until(driver -> page.byId("received-on-error").isDisplayed());
        assertThat(page.textContent("received-on-error")).isEqualTo("Error: cannot be after today (DATE_INVALID)");
        assertThat(page.activeId()).isEqualTo("error-summary");
        assertThat(page.byId("draft-completion").isDisplayed()).isTrue();

        page.type("received-on", draft.path("receivedOn").asText());
        page.byId("received-on").sendKeys(Keys.ENTER);
        wait.until(driver -> page.forceRows().size() == 2);
        assertThat(page.activeId()).isEqualTo("forces-heading");
        assertThat(page.notReloaded()).as("not reloaded").isTrue();
        assertThat(browser.getCurrentUrl()).endsWith("#/application/" + draftId);
        assertThat(page.byId("application-status").getText()).doesNotContain("Draft");
        assertThat(page.byId("draft-completion").isDisplayed()).isFalse();
        assertThat(page.byId("source-alert").getText()).isEqualTo(alertId);
        assertThat(browser.findElements(By.cssSelector("#view-new #new-application")))
                .as("the form is back, empty, for a new application")
                .hasSize(1);
        assertThat(page.value("b-family")).isEmpty();
        wait.until(driver -> page.forceStatus(ESSEX).startsWith("Requested"));
        wait.until(driver -> page.forceStatus(KENT).startsWith("No hit"));
        wait.until(driver -> page.announcements().contains("The application is complete and the checks have started."));
        checkPage("dvds-18-draft-submitted", "application-status");

        JsonNode submitted = DvdsFederation.get(federation.node(SUFFOLK), "/api/dvds/applications/" + draftId);
        assertThat(submitted.path("sourceAlertId").asText()).isEqualTo(alertId);
        assertThat(submitted.path("personAtRisk").path("familyName").asText()).isEqualTo("Quarrie");
        assertThat(submitted.path("applicant").path("kind").asText()).isEqualTo("THIRD_PARTY");
        assertThat(submitted.path("officerId").asText()).isEqualTo(DvdsFederation.officerId(SUFFOLK));
        assertThat(output.getAll()).doesNotContain("Fenwick", "Quarrie", "1983-07-21");
    }

    @Test
    @Order(9)
    void theReportCountsTheApplicationsOfThePeriodPerRouteWithTheDisclosureDecidedToday() {
        page.byId("nav-report").sendKeys(Keys.ENTER);
        page.awaitVisible("report");
        assertThat(page.activeId()).isEqualTo("report-heading");
        int year = LocalDate.now().getYear();
        assertThat(page.value("report-from")).isEqualTo(year + "-01-01");
        assertThat(page.value("report-to")).isEqualTo(year + "-12-31");
        // Received today: the last Right to Ask, and the completed Right to Know.
        assertThat(Integer.parseInt(page.reportFigure("RIGHT_TO_ASK", "applications")))
                .isPositive();
        assertThat(Integer.parseInt(page.reportFigure("RIGHT_TO_KNOW", "applications")))
                .isPositive();
        assertThat(page.reportFigure("RIGHT_TO_KNOW", "longest")).isEqualTo("None decided");
        checkPage("dvds-19-report", "report-heading");

        LocalDate today = LocalDate.now();
        LocalDate received = today.minusDays(1);
        page.type("report-from", today.toString());
        page.type("report-to", received.toString());
        page.byId("report-to").sendKeys(Keys.ENTER);
        wait.until(driver -> "error-summary".equals(page.activeId()));
        assertThat(page.textContent("report-to-error"))
                .isEqualTo("Error: The last day cannot be before the first day.");
        checkPage("dvds-20-report-period-refused", "error-summary");

        // The decided Right to Ask was received yesterday and decided today, with a disclosure.
        page.type("report-from", received.toString());
        page.type("report-to", today.toString());
        page.byId("report-to").sendKeys(Keys.ENTER);
        String from = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(received);
        wait.until(driver -> page.byId("report-caption").getText().contains(from));
        JsonNode report =
                DvdsFederation.get(federation.node(SUFFOLK), "/api/dvds/report?from=" + received + "&to=" + today);
        JsonNode ask = report.path("routes").get(0);
        assertThat(ask.path("route").asText()).isEqualTo("RIGHT_TO_ASK");
        assertThat(ask.path("applications").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(page.reportFigure("RIGHT_TO_ASK", "applications"))
                .isEqualTo(ask.path("applications").asText());
        assertThat(page.reportFigure("RIGHT_TO_ASK", "disclosures")).isEqualTo("1");
        assertThat(page.reportFigure("RIGHT_TO_ASK", "within")).isEqualTo("1");
        assertThat(page.reportFigure("RIGHT_TO_ASK", "after")).isEqualTo("0");
        assertThat(page.reportFigure("RIGHT_TO_ASK", "undecided"))
                .isEqualTo(String.valueOf(ask.path("applications").asInt() - 1));
        assertThat(page.reportFigure("RIGHT_TO_ASK", "longest")).isEqualTo("1 day");
        assertThat(page.byId("report-to").getDomAttribute("aria-invalid")).isNull();
        checkPage("dvds-21-report-period", "report-heading");
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** As {@link #checkPage(String)}, with the screenshot showing the given element at the top. */
    static void checkPage(String name, String elementId) {
        page.script("document.getElementById(arguments[0]).scrollIntoView({ block: 'start' })", elementId);
        checkPage(name);
    }

    /** axe-core finds nothing serious or critical in the page as it stands; a screenshot is kept either way. */
    static void checkPage(String name) {
        Screenshots.save(browser, name);
        AccessibilityCheck.assertNoSeriousOrCriticalViolations(browser, name);
    }

    static URI uri(String code, String path) {
        return URI.create("http://127.0.0.1:" + federation.node(code).apiPort() + path);
    }

    /** The status of a call without a login on Suffolk's officers' port. */
    static int anonymous(String method, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(uri(SUFFOLK, path))
                                .method(method, HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
