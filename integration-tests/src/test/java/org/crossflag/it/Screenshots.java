package org.crossflag.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Saves what a browser test's page looks like as a PNG under {@code integration-tests/target/screenshots/}, kept as a
 * test artifact: {@code Screenshots.save(driver, "inbox with alerts")} writes {@code inbox-with-alerts.png}.
 */
public final class Screenshots {

    /** Relative to the module, where the build runs its tests. */
    public static final Path DIRECTORY = Path.of("target", "screenshots");

    private Screenshots() {}

    /** Writes the visible page to {@code <name as lower-case words joined by dashes>.png}; returns the file. */
    public static Path save(WebDriver driver, String name) {
        String fileName =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + ".png";
        try {
            Path file = Files.createDirectories(DIRECTORY).resolve(fileName);
            return Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
