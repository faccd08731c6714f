package org.crossflag.it;

import java.time.LocalDate;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The DVDS workspace as a test drives it: by element ids, as a keyboard or screen reader user would reach them. */
record DvdsWorkspacePage(WebDriver browser, WebDriverWait waiting) {

    /**
     * Records, from now on, every text each force's row shows and every polite announcement, and leaves a marker a
     * reload would lose.
     */
    static final String WATCH_CHANGES = """
            window.noReload = true;
            window.forceHistory = {};
            window.announcements = [];
            const body = document.getElementById('forces-body');
            const note = () => {
              for (const row of body.querySelectorAll('tr[data-force]')) {
                const seen = window.forceHistory[row.dataset.force] || (window.forceHistory[row.dataset.force] = []);
                const text = row.querySelector('.force-status').textContent;
                if (seen[seen.length - 1] !== text) { seen.push(text); }
              }
            };
            note();
            new MutationObserver(note).observe(body, { childList: true, subtree: true, characterData: true });
            const live = document.getElementById('live');
            new MutationObserver(() => {
              if (live.textContent) { window.announcements.push(live.textContent); }
            }).observe(live, { childList: true, subtree: true, characterData: true });
            """;

    /**
     * Fills the application form for a Right to Ask by the person at risk, asking for every category, mostly from the
     * keyboard (Space on radios and checkboxes); the subject's family name is typed last, so Enter there submits.
     */
    void fillRightToAsk(
            LocalDate receivedOn, DvdsFederation.Person atRisk, String address, DvdsFederation.Person subject) {
        WebElement route = byId("route-ask");
        route.sendKeys(Keys.SPACE);
        if (!route.isSelected()) {
            throw new AssertionError("Space did not choose the route");
        }
        type("received-on", receivedOn.toString());
        type("a-given", atRisk.givenNames());
        type("a-family", atRisk.familyName());
        type("a-dob", atRisk.dateOfBirth());
        type("a-address", address);
        type("b-given", subject.givenNames());
        type("b-dob", subject.dateOfBirth());
        byId("applicant-self").sendKeys(Keys.SPACE);
        choose("relationship-a", "SELF");
        choose("relationship-b", "PARTNER");
        choose("legal-basis", "COMMON_LAW_POLICING_PURPOSE");
        choose("consent-state", "NOT_SOUGHT_THRESHOLD_MET");
        for (String category : List.of("convictions", "cautions", "panels", "orders", "intelligence")) {
            WebElement box = byId("category-" + category);
            if (!box.isSelected()) {
                box.sendKeys(Keys.SPACE);
            }
        }
        type("b-family", subject.familyName());
    }

    void signIn(String username, String password) {
        WebElement user = waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        user.clear();
        user.sendKeys(username);
        WebElement pass = browser.findElement(By.id("password"));
        pass.clear();
        pass.sendKeys(password);
        browser.findElement(By.id("sign-in-button")).click();
    }

    WebElement byId(String id) {
        return browser.findElement(By.id(id));
    }

    /** The element's text as the DOM holds it, visually hidden parts included (what a screen reader reads). */
    String textContent(String id) {
        return byId(id).getDomProperty("textContent").replaceAll("\\s+", " ").trim();
    }

    WebElement awaitVisible(String id) {
        return waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    void type(String id, String text) {
        WebElement field = byId(id);
        field.clear();
        field.sendKeys(text);
    }

    void choose(String selectId, String value) {
        new Select(byId(selectId)).selectByValue(value);
    }

    /** What a form control holds now (its value property, not the attribute it was served with). */
    String value(String id) {
        return byId(id).getDomProperty("value");
    }

    /** One figure of the report's row for a route: the cell of the given class (applications, disclosures, ...). */
    String reportFigure(String route, String column) {
        return browser.findElement(By.cssSelector("#report-" + route + " td." + column))
                .getText();
    }

    List<String> summaryErrors() {
        return browser.findElements(By.cssSelector("#error-summary-list li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    List<WebElement> forceRows() {
        return browser.findElements(By.cssSelector("#forces-body tr[data-force]"));
    }

    String forceStatus(String code) {
        return browser.findElement(By.cssSelector("#force-" + code + " .force-status"))
                .getText();
    }

    /** A row of the holding force's records table, found by the record's summary. */
    WebElement recordRow(String summary) {
        return browser.findElement(
                By.xpath("//table[@id='records-table']//tr[td[@class='summary' and .='" + summary + "']]"));
    }

    /** A row of the records a force released, found by the record's summary. */
    WebElement releasedRow(String force, String summary) {
        return browser.findElement(
                By.xpath("//table[@id='released-" + force + "']//tr[td[@class='summary' and .='" + summary + "']]"));
    }

    String activeId() {
        return (String) script("return document.activeElement && document.activeElement.id");
    }

    String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** What {@link #WATCH_CHANGES} saw of one force's row, in order. */
    @SuppressWarnings("unchecked")
    List<String> forceHistory(String code) {
        return (List<String>) script("return window.forceHistory[arguments[0]] || []", code);
    }

    @SuppressWarnings("unchecked")
    List<String> announcements() {
        return (List<String>) script("return window.announcements || []");
    }

    boolean notReloaded() {
        return Boolean.TRUE.equals(script("return window.noReload === true"));
    }
}
