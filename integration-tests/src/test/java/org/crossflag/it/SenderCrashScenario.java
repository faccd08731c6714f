package org.crossflag.it;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.awaitility.core.ConditionTimeoutException;
import org.crossflag.gateway.CrossflagApplication;
import org.crossflag.pki.DirectoryDocument;
import org.crossflag.pki.DirectoryMemberEntry;
import org.crossflag.testsupport.MutableClock;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The sender-crash scenario, once, in a fresh two-member federation (own PKI, own signed directory, own data):
 * the receiver (GB-KNT) runs in this JVM; the sender (GB-ESX) runs as a separate process that queues
 * {@value #MESSAGES} messages to the receiver in one transaction and starts dispatching them. Once the
 * receiver has stored a share of them, the sender is killed with SIGKILL, then started again without queueing
 * anything, and its dispatcher has to finish the job from what its outbox held at the crash.
 *
 * <p>The outcome is measured, not asserted: {@link SenderCrashTests} asserts one run, and
 * {@link SenderCrashSoakTests} repeats it and totals the counts.
 */
final class SenderCrashScenario {

    static final String SENDER = TestFederation.ESSEX;
    static final String RECEIVER = TestFederation.KENT;
    static final int MESSAGES = 1000;
    static final int CORRELATIONS = 100;
    /** The sender is killed once the receiver holds at least this many of its messages. */
    static final int KILL_AFTER = 150;
    /** How long the restarted sender has to deliver the rest. */
    static final Duration DELIVERY_BOUND = Duration.ofSeconds(90);

    /** Short retry settings, so the restarted sender picks up the crashed instance's in-flight rows quickly. */
    static final Map<String, Object> SENDER_OUTBOX = Map.of(
            "crossflag.outbox.initial-backoff", "PT0.2S",
            "crossflag.outbox.max-backoff", "PT1S",
            "crossflag.outbox.poll-interval", "PT0.2S",
            "crossflag.outbox.claim-lease", "PT3S");

    private static final List<String> SENDER_JVM = List.of("-Xmx384m", "-XX:+UseSerialGC", "-Djava.awt.headless=true");

    private SenderCrashScenario() {}

    /**
     * One run's numbers.
     *
     * @param storedAtKill    messages the receiver held when the killed sender's JVM had exited
     * @param outboxAtCrash   the killed sender's outbox counts by status, read from its database as the crash left it
     * @param stored          rows the receiver stored from the sender
     * @param distinctIds     distinct message ids among them
     * @param matchingIds     how many of the queued ids the receiver holds
     * @param strangers       stored ids the sender never queued
     * @param duplicated      rows beyond one per message id, or beyond one per (correlation id, sequence)
     * @param resent          repeats the receiver answered with the receipt it had already issued
     * @param orderViolations correlations whose arrival order at the receiver differs from their sequence order
     * @param outboxCounts    the restarted sender's {@code /actuator/outbox} counts at the end
     * @param receipts        receipts in the sender's database after it was stopped
     * @param deliveredInTime whether everything arrived, and the outbox drained, within {@link #DELIVERY_BOUND}
     * @param launchToKill    from launching the sender (which queues as soon as it is up) to the kill
     * @param restartToUp     from relaunching the sender to its health answering UP
     * @param restartToFull   from relaunching the sender to the receiver holding every message (the bound if never)
     * @param killToFull      from the SIGKILL to the receiver holding every message (the bound if never)
     * @param total           the whole run, federation set-up included
     */
    record Result(
            int run,
            int queued,
            long storedAtKill,
            Map<String, Long> outboxAtCrash,
            long stored,
            long distinctIds,
            long matchingIds,
            long strangers,
            long duplicated,
            long resent,
            List<String> orderViolations,
            Map<String, Long> outboxCounts,
            long receipts,
            boolean deliveredInTime,
            Duration launchToKill,
            Duration restartToUp,
            Duration restartToFull,
            Duration killToFull,
            Duration total) {

        long lost() {
            return queued - matchingIds;
        }

        boolean outboxDrained() {
            return outboxCounts.getOrDefault("DELIVERED", 0L) == queued
                    && outboxCounts.entrySet().stream()
                            .filter(e -> !e.getKey().equals("DELIVERED"))
                            .allMatch(e -> e.getValue() == 0);
        }

        String summary() {
            return String.format(
                    "run %2d: lost=%d duplicated=%d resent=%d | stored at kill=%d, sender outbox after crash=%s, "
                            + "stored=%d, strangers=%d, "
                            + "out of order=%d, outbox=%s, receipts=%d | launch->kill %.1f s, restart->UP %.1f s, "
                            + "restart->all delivered %.1f s, kill->all delivered %.1f s, run %.1f s",
                    run,
                    lost(),
                    duplicated,
                    resent,
                    storedAtKill,
                    outboxAtCrash,
                    stored,
                    strangers,
                    orderViolations.size(),
                    outboxCounts,
                    receipts,
                    seconds(launchToKill),
                    seconds(restartToUp),
                    seconds(restartToFull),
                    seconds(killToFull),
                    seconds(total));
        }
    }

    /**
     * Runs the scenario in {@code workDir}; the sender's logs (one file per start) go to {@code logDir}, which
     * may lie outside the work directory so they outlive it.
     */
    static Result run(Path workDir, Path logDir, int run) throws Exception {
        long started = System.nanoTime();
        TestPki pki = new TestPki(workDir.resolve("pki"), List.of(SENDER, RECEIVER));
        Path directory = workDir.resolve("directory.json");
        Path data = workDir.resolve("data");
        Map<String, int[]> ports = new LinkedHashMap<>();
        ports.put(SENDER, new int[] {freePort(), freePort()});
        ports.put(RECEIVER, new int[] {freePort(), freePort()});
        writeDirectory(pki, directory, ports);

        RunningNode receiver = startInProcess(RECEIVER, settings(RECEIVER, pki, directory, data, ports));
        Map<String, Object> senderSettings = settings(SENDER, pki, directory, data, ports);
        senderSettings.putAll(SENDER_OUTBOX);
        Path idsFile = workDir.resolve("queued-ids.txt");
        try (NodeProcess sender = new NodeProcess(
                SENDER, QueueingNodeMain.class.getName(), SENDER_JVM, senderSettings, ports.get(SENDER)[1], logDir)) {

            long launchedAt = System.nanoTime();
            sender.launch(
                    "--crossflag-test.queue=" + MESSAGES,
                    "--crossflag-test.correlations=" + CORRELATIONS,
                    "--crossflag-test.recipient=" + RECEIVER,
                    "--crossflag-test.ids-file=" + idsFile);
            await("receiver holds " + KILL_AFTER + " messages before the kill")
                    .atMost(Duration.ofSeconds(120))
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(10))
                    .until(() -> {
                        sender.requireAlive();
                        return Files.exists(idsFile) && storedFrom(receiver) >= KILL_AFTER;
                    });
            sender.kill();
            long killedAt = System.nanoTime();
            long storedAtKill = storedFrom(receiver);
            List<String> queued = Files.readAllLines(idsFile, StandardCharsets.UTF_8);
            Map<String, Long> outboxAtCrash = outboxIn(data);

            long relaunchedAt = System.nanoTime();
            sender.start();
            long upAt = System.nanoTime();
            boolean inTime = true;
            long allStoredAt = 0;
            try {
                await("all " + queued.size() + " messages at the receiver")
                        .atMost(DELIVERY_BOUND)
                        .pollInterval(Duration.ofMillis(50))
                        .until(() -> {
                            sender.requireAlive();
                            return distinctFrom(receiver) >= queued.size();
                        });
                allStoredAt = System.nanoTime();
                await("the sender's outbox drained")
                        .atMost(DELIVERY_BOUND)
                        .pollInterval(Duration.ofMillis(100))
                        .until(() -> outboxCounts(sender).getOrDefault("DELIVERED", 0L) == queued.size());
            } catch (ConditionTimeoutException timedOut) {
                inTime = false;
            }
            Map<String, Long> counts = outboxCounts(sender);
            long resent = (long) receiver.metric("crossflag_messages_repeated_total", "sender=\"" + SENDER + "\"");
            int exit = sender.stop();
            if (exit != 0 && exit != 143) {
                throw new IllegalStateException(SENDER + " stopped with exit code " + exit + "\n" + sender.logTail(40));
            }
            long receipts = receiptsIn(data, queued);

            Set<String> queuedIds = new HashSet<>(queued);
            List<String> storedIds = receiver.jdbc()
                    .queryForList("select message_id from inbound_message where sender = ?", String.class, SENDER);
            long matching =
                    storedIds.stream().distinct().filter(queuedIds::contains).count();
            long strangers = storedIds.stream()
                    .distinct()
                    .filter(id -> !queuedIds.contains(id))
                    .count();
            long distinct = storedIds.stream().distinct().count();
            Long distinctSteps = receiver.jdbc()
                    .queryForObject(
                            "select count(*) from (select distinct correlation_id, "
                                    + "correlation_seq from inbound_message where sender = ?) s",
                            Long.class,
                            SENDER);
            long duplicated = Math.max(
                    storedIds.size() - distinct, storedIds.size() - (distinctSteps == null ? 0 : distinctSteps));
            return new Result(
                    run,
                    queued.size(),
                    storedAtKill,
                    outboxAtCrash,
                    storedIds.size(),
                    distinct,
                    matching,
                    strangers,
                    duplicated,
                    resent,
                    orderViolations(receiver),
                    counts,
                    receipts,
                    inTime,
                    Duration.ofNanos(killedAt - launchedAt),
                    Duration.ofNanos(upAt - relaunchedAt),
                    allStoredAt > 0 ? Duration.ofNanos(allStoredAt - relaunchedAt) : DELIVERY_BOUND,
                    allStoredAt > 0 ? Duration.ofNanos(allStoredAt - killedAt) : DELIVERY_BOUND,
                    Duration.ofNanos(System.nanoTime() - started));
        } finally {
            receiver.context().close();
        }
    }

    /** Correlations whose messages were not accepted in their sequence order (arrival_seq against correlation_seq). */
    static List<String> orderViolations(RunningNode receiver) {
        Map<String, List<long[]>> byCorrelation = new TreeMap<>();
        receiver.jdbc()
                .query(
                        "select correlation_id, correlation_seq, arrival_seq from inbound_message where sender = ? "
                                + "order by correlation_id, arrival_seq",
                        rs -> {
                            byCorrelation
                                    .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                    .add(new long[] {rs.getLong(2), rs.getLong(3)});
                        },
                        SENDER);
        List<String> violations = new ArrayList<>();
        byCorrelation.forEach((correlation, arrivals) -> {
            for (int i = 1; i < arrivals.size(); i++) {
                if (arrivals.get(i)[0] <= arrivals.get(i - 1)[0]) {
                    violations.add(correlation + ": sequence " + arrivals.get(i)[0] + " arrived after "
                            + arrivals.get(i - 1)[0]);
                    return;
                }
            }
        });
        return violations;
    }

    static long storedFrom(RunningNode receiver) {
        Long n = receiver.jdbc()
                .queryForObject("select count(*) from inbound_message where sender = ?", Long.class, SENDER);
        return n == null ? 0 : n;
    }

    static long distinctFrom(RunningNode receiver) {
        Long n = receiver.jdbc()
                .queryForObject(
                        "select count(distinct message_id) from inbound_message where sender = ?", Long.class, SENDER);
        return n == null ? 0 : n;
    }

    /** The counts by status from {@code GET /actuator/outbox} on the sender's management port. */
    static Map<String, Long> outboxCounts(NodeProcess sender) throws IOException {
        JsonNode counts = FederationTestClient.JSON
                .readTree(sender.management("/actuator/outbox"))
                .path("counts");
        Map<String, Long> result = new TreeMap<>();
        counts.fields()
                .forEachRemaining(e -> result.put(e.getKey(), e.getValue().asLong()));
        return result;
    }

    /**
     * The sender's outbox counts by status, read from its H2 file database while the sender is down (H2 locks
     * the file while it is open). Read-only, so the restarted node still finds the file as the crash left it.
     */
    static Map<String, Long> outboxIn(Path data) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = DriverManager.getConnection(senderDatabase(data), "crossflag", "");
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("select status, count(*) from outbox_message group by status")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    static String senderDatabase(Path data) {
        return "jdbc:h2:file:" + data.resolve(SENDER).resolve("crossflag")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;ACCESS_MODE_DATA=r";
    }

    /**
     * Receipts the stopped sender keeps for the queued messages, read from its H2 file database (so this
     * must run after the sender's JVM has exited: H2 locks the file while it is open).
     */
    static long receiptsIn(Path data, List<String> queued) throws SQLException {
        Set<String> queuedIds = new HashSet<>(queued);
        long receipts = 0;
        try (Connection connection = DriverManager.getConnection(senderDatabase(data), "crossflag", "");
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("select r.message_id from outbound_receipt r join outbox_message o "
                                + "on o.message_id = r.message_id where o.status = 'DELIVERED'")) {
            while (rows.next()) {
                if (queuedIds.contains(rows.getString(1))) {
                    receipts++;
                }
            }
        }
        return receipts;
    }

    /** The same settings {@code TestFederation} gives its nodes, as Spring property names. */
    static Map<String, Object> settings(String code, TestPki pki, Path directory, Path data, Map<String, int[]> ports) {
        return TestFederation.nodeSettings(code, pki, directory, data, ports.get(code));
    }

    static RunningNode startInProcess(String code, Map<String, Object> properties) {
        MutableClock clock = MutableClock.followingSystem();
        String[] args = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CrossflagApplication.class)
                .initializers(ctx -> ((GenericApplicationContext) ctx)
                        .registerBean(
                                "testClock",
                                java.time.Clock.class,
                                () -> clock,
                                definition -> definition.setPrimary(true)))
                .run(args);
        return new RunningNode(
                code,
                (Integer) properties.get("server.port"),
                (Integer) properties.get("management.server.port"),
                0,
                clock,
                context);
    }

    /** A signed directory listing the two members at their loopback ports, both taking part in every type. */
    static void writeDirectory(TestPki pki, Path file, Map<String, int[]> ports) {
        DirectoryDocument.Builder builder = DirectoryDocument.builder("crossflag-crash-test")
                .sequence(1)
                .issuedAt(Instant.now().minus(Duration.ofMinutes(1)))
                .expiresAt(Instant.now().plus(Duration.ofDays(30)));
        ports.forEach((code, p) -> builder.member(new DirectoryMemberEntry(
                code,
                code + " test force",
                DirectoryMemberEntry.Kind.POLICE,
                "https://127.0.0.1:" + p[0],
                List.of(TestPki.fingerprint(pki.tls.get(code))),
                List.of(TestPki.fingerprint(pki.signing.get(code))),
                TestFederation.ALL_TYPES)));
        DirectoryDocument.writeSigned(file, builder.build().toJsonBytes(), pki.operator.privateKey());
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Where a run keeps the sender's logs: under the module's target directory, so they survive the test. */
    static Path logDir(String test, int run) {
        return Path.of(System.getProperty("basedir", "."), "target", "sender-crash", test, "run-" + run);
    }

    static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
