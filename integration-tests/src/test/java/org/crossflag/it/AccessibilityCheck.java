package org.crossflag.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs axe-core inside the page a browser test has open and reports its violations. axe-core comes from its webjar on
 * the test class path (never from a CDN), and is put into the page through the driver, so the page's own content
 * security policy need not allow it.
 *
 * <pre>{@code
 * AccessibilityCheck.assertNoSeriousOrCriticalViolations(driver, "inbox with alerts");
 * List<AccessibilityCheck.Violation> all = AccessibilityCheck.violations(driver);
 * }</pre>
 *
 * A failing assertion lists each violation's rule id, impact and the selectors of the elements at fault, and saves a
 * screenshot of the page (see {@link Screenshots}).
 */
public final class AccessibilityCheck {

    /** The impacts that fail {@link #assertNoSeriousOrCriticalViolations}; "minor" and "moderate" are reported only. */
    public static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(60);
    private static final String WEBJAR = "META-INF/resources/webjars/axe-core/";
    private static final String WEBJAR_PROPERTIES = "META-INF/maven/org.webjars.npm/axe-core/pom.properties";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static volatile String axeSource;

    private AccessibilityCheck() {}

    /**
     * One rule the page breaks.
     *
     * @param ruleId  axe's rule id, e.g. {@code color-contrast}
     * @param impact  {@code minor}, {@code moderate}, {@code serious} or {@code critical}
     * @param help    what the rule asks for, in a sentence
     * @param targets a CSS selector for each element at fault
     */
    public record Violation(String ruleId, String impact, String help, List<String> targets) {

        @Override
        public String toString() {
            return ruleId + " (" + impact + "): " + help + " at " + String.join(", ", targets);
        }
    }

    /** Fails, naming every serious or critical violation on the page as it is now; {@code pageName} says which. */
    public static void assertNoSeriousOrCriticalViolations(WebDriver driver, String pageName) {
        List<Violation> failing = violations(driver).stream()
                .filter(violation -> FAILING_IMPACTS.contains(violation.impact()))
                .toList();
        if (!failing.isEmpty()) {
            Screenshots.save(driver, pageName + " accessibility");
            throw new AssertionError(pageName + ": " + failing.size() + " serious or critical accessibility "
                    + "violation(s):\n" + failing.stream().map(v -> "  - " + v).collect(Collectors.joining("\n")));
        }
    }

    /** Every violation axe finds on the page as it is now, of any impact. */
    public static List<Violation> violations(WebDriver driver) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object';"))) {
            page.executeScript(axeSource());
        }
        driver.manage().timeouts().scriptTimeout(SCRIPT_TIMEOUT);
        Object answer = page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                window.axe.run(document, { resultTypes: ['violations'] })
                    .then(results => done(JSON.stringify(results.violations.map(v => ({
                        ruleId: v.id,
                        impact: v.impact,
                        help: v.help,
                        targets: v.nodes.map(node => node.target.join(' '))
                    })))))
                    .catch(error => done('axe failed: ' + error));
                """);
        String json = String.valueOf(answer);
        if (!json.startsWith("[")) {
            throw new IllegalStateException(json);
        }
        try {
            List<Map<String, Object>> raw = JSON.readValue(json, new TypeReference<>() {});
            return raw.stream()
                    .map(v -> new Violation(
                            (String) v.get("ruleId"),
                            String.valueOf(v.get("impact")),
                            (String) v.get("help"),
                            castTargets(v.get("targets"))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> castTargets(Object targets) {
        return List.copyOf((List<String>) targets);
    }

    /** axe.min.js from the webjar of the version on the class path. */
    private static String axeSource() {
        if (axeSource == null) {
            ClassLoader loader = AccessibilityCheck.class.getClassLoader();
            try (InputStream properties = loader.getResourceAsStream(WEBJAR_PROPERTIES)) {
                if (properties == null) {
                    throw new IllegalStateException("the axe-core webjar is not on the test class path");
                }
                Properties webjar = new Properties();
                webjar.load(properties);
                String file = WEBJAR + webjar.getProperty("version") + "/axe.min.js";
                try (InputStream script = loader.getResourceAsStream(file)) {
                    if (script == null) {
                        throw new IllegalStateException(file + " is missing from the axe-core webjar");
                    }
                    axeSource = new String(script.readAllBytes(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }
}
