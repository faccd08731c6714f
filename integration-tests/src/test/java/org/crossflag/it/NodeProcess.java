package org.crossflag.it;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Crossflag node in its own JVM, so a test can kill it the way a power cut or the OOM killer would: SIGKILL,
 * no shutdown hooks, no graceful close of the database. It is started again with the same settings (same
 * ports, same data directory), so it finds its H2 file database, and with it its outbox, as the crash left it.
 * Each start writes its output to its own log file.
 */
final class NodeProcess implements AutoCloseable {

    /** What {@code Process.waitFor()} reports for a child ended by SIGKILL (128 + 9). */
    static final int KILLED_BY_SIGKILL = 137;

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String code;
    final int managementPort;
    private final String mainClass;
    private final List<String> jvmOptions;
    private final List<String> settings;
    private final Path logDir;
    private final Thread reaper = new Thread(this::destroyQuietly, "node-process-reaper");
    private Process process;
    private Path log;
    private int starts;

    /**
     * @param settings the node's {@code crossflag.*}, {@code server.*} and other Spring settings, passed as
     *                 {@code --key=value} on every start
     */
    NodeProcess(
            String code,
            String mainClass,
            List<String> jvmOptions,
            Map<String, Object> settings,
            int managementPort,
            Path logDir) {
        this.code = code;
        this.mainClass = mainClass;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.settings = settings.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toList();
        this.managementPort = managementPort;
        this.logDir = logDir;
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /**
     * The classpath of the tests themselves. Surefire may start the test JVM from a manifest-only jar, in
     * which case {@code java.class.path} names just that jar; it then publishes the real one separately.
     */
    static String testClasspath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /** Launches the JVM and returns at once; {@code extraArgs} go after the settings, for this start only. */
    synchronized NodeProcess launch(String... extraArgs) throws IOException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(code + " is already running");
        }
        starts++;
        Files.createDirectories(logDir);
        log = logDir.resolve(code + "-start-" + starts + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(testClasspath());
        command.add(mainClass);
        command.addAll(settings);
        command.addAll(List.of(extraArgs));
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .start();
        return this;
    }

    /** Waits until the node's own health says UP; fails at once, with the log's tail, if the JVM exits first. */
    NodeProcess awaitUp() {
        await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(200)).until(() -> {
            requireAlive();
            try {
                JsonNode health = FederationTestClient.JSON.readTree(management("/actuator/health"));
                return "UP".equals(health.path("status").asText());
            } catch (IOException e) {
                return false;
            }
        });
        return this;
    }

    /** Launches and waits for health UP. */
    NodeProcess start(String... extraArgs) throws IOException {
        return launch(extraArgs).awaitUp();
    }

    /** SIGKILL ({@code destroyForcibly} on Linux): no shutdown hook, no commit, no close runs in the node. */
    synchronized int kill() throws InterruptedException {
        Process current = requireStarted();
        current.destroyForcibly();
        if (!current.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException(code + " (pid " + current.pid() + ") outlived SIGKILL");
        }
        int exit = current.exitValue();
        if (exit != KILLED_BY_SIGKILL) {
            throw new IllegalStateException(
                    code + " exited with " + exit + " before SIGKILL reached it\n" + logTail(40));
        }
        return exit;
    }

    /** SIGTERM: the node shuts down as an operator would stop it (Spring closes the context and the database). */
    synchronized int stop() throws InterruptedException {
        Process current = requireStarted();
        current.destroy();
        if (!current.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            current.destroyForcibly();
            current.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            throw new IllegalStateException(code + " did not stop within " + STOP_TIMEOUT + " of SIGTERM");
        }
        return current.exitValue();
    }

    boolean isAlive() {
        Process current = process;
        return current != null && current.isAlive();
    }

    long pid() {
        return requireStarted().pid();
    }

    /** Throws, with the end of the log, if the node's JVM has exited. */
    void requireAlive() {
        Process current = requireStarted();
        if (!current.isAlive()) {
            throw new IllegalStateException(
                    code + " exited with " + current.exitValue() + "; log " + log + ":\n" + logTail(60));
        }
    }

    /** GET on the node's plain-HTTP loopback management port. */
    String management(String path) throws IOException {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path))
                            .timeout(Duration.ofSeconds(5))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    Path log() {
        return log;
    }

    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    private Process requireStarted() {
        if (process == null) {
            throw new IllegalStateException(code + " was never started");
        }
        return process;
    }

    private void destroyQuietly() {
        Process current = process;
        if (current != null && current.isAlive()) {
            current.destroyForcibly();
        }
    }

    @Override
    public void close() {
        destroyQuietly();
        Process current = process;
        if (current != null) {
            try {
                current.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it does the same
        }
    }
}
