package org.crossflag.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpMethods;
import org.crossflag.gateway.CrossflagApplication;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.OutgoingMessage;
import org.crossflag.testsupport.NodeSettings;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.UrlResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Measures, in one run, (a) a plain mutual-TLS HTTP echo between two local JVMs and (b) the full Crossflag
 * exchange between two nodes in separate JVMs: sign, send, verify, schema-check and store in the
 * receiver's embedded H2 file database. Both go through the sending node's Camel HTTP client with the same
 * {@code federationClientTls} context, and both servers run Tomcat with the node's {@code server.*}
 * settings, so the ratio b/a is what Crossflag itself adds.
 * <p>
 * Exit status: 0 when every call gave the right answer and the receiver stored every accepted message
 * (whether or not the performance targets were met), 1 when anything failed functionally, 2 on a setup error.
 */
public final class ExchangeBenchmark {

    private static final String ECHO_ROUTE = "direct:crossflag-bench-echo";
    private static final String ECHO_ENDPOINT_PROPERTY = "crossflagBenchEchoEndpoint";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final Duration LATENCY_RUN_LIMIT = Duration.ofMinutes(2);
    private static final double TARGET_LATENCY_RATIO = 2.0;
    private static final double TARGET_EXCHANGES_PER_SECOND = 1_000;

    private final Settings settings;
    private final Path workDir;
    private final List<ChildJvm> children = Collections.synchronizedList(new ArrayList<>());
    private final List<String> problems = new ArrayList<>();
    private final MachineCpu cpu = new MachineCpu();
    private volatile ConfigurableApplicationContext sender;
    private ChildJvm receiver;
    private ChildJvm echo;

    private ExchangeBenchmark(Settings settings, Path workDir) {
        this.settings = settings;
        this.workDir = workDir;
    }

    public static void main(String[] args) {
        Settings settings;
        try {
            settings = Settings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Settings.USAGE);
            System.exit(2);
            return;
        }
        int status;
        ExchangeBenchmark benchmark = null;
        try {
            benchmark = new ExchangeBenchmark(settings, Files.createTempDirectory("crossflag-exchange-bench-"));
            Runtime.getRuntime().addShutdownHook(new Thread(benchmark::stopAll, "crossflag-bench-shutdown"));
            status = benchmark.run();
        } catch (Exception e) {
            System.err.println("Benchmark could not run: " + e);
            e.printStackTrace();
            status = 2;
        } finally {
            if (benchmark != null) {
                benchmark.stopAll();
            }
        }
        System.exit(status);
    }

    private int run() throws Exception {
        say("Work folder (PKI, directory, logs, H2 data): " + workDir);
        say("Node databases: " + (settings.postgresUrl == null ? "embedded H2 files (the default)"
                : "PostgreSQL, schemas " + postgresSchema(BenchmarkPki.SENDER) + " and " + postgresSchema(BenchmarkPki.RECEIVER)));
        double loadBefore = MachineCpu.loadAverage();
        int cores = Runtime.getRuntime().availableProcessors();
        if (loadBefore > 0.5 * cores) {
            say(String.format(Locale.ROOT, "WARNING: load average is %.1f on %d CPUs before the benchmark starts;"
                    + " other work on this machine will distort the figures.", loadBefore, cores));
        }
        int senderPort = freePort();
        int senderManagementPort = freePort();
        int receiverPort = freePort();
        int receiverManagementPort = freePort();
        int echoPort = freePort();
        Path dataDir = workDir.resolve("data");

        BenchmarkPki pki = new BenchmarkPki(workDir.resolve("pki"),
                Map.of(BenchmarkPki.SENDER, senderPort, BenchmarkPki.RECEIVER, receiverPort));

        // The receiving node and the echo server start in their own JVMs while the sending node starts here.
        receiver = startChild("receiver", CrossflagApplication.class.getName(),
                nodeSettings(pki, BenchmarkPki.RECEIVER, receiverPort, receiverManagementPort, dataDir, settings.postgresUrl));
        Map<String, String> echoSettings = echoSettings(pki, echoPort);
        echo = startChild("echo", EchoServer.class.getName(), echoSettings);

        Map<String, String> senderSettings = nodeSettings(pki, BenchmarkPki.SENDER, senderPort, senderManagementPort, dataDir,
                settings.postgresUrl);
        // Keeps the console readable; the node's warnings and errors still show.
        senderSettings.put("logging.level.root", "WARN");
        say("Starting the sending node " + BenchmarkPki.SENDER + " in this JVM");
        sender = new SpringApplicationBuilder(CrossflagApplication.class).run(commandLine(senderSettings).toArray(String[]::new));

        awaitHealthy(receiver, receiverManagementPort);
        awaitPort(echo, echoPort);
        say("Receiving node " + BenchmarkPki.RECEIVER + " (pid " + receiver.pid() + ") and echo server (pid " + echo.pid()
                + ") are up; the echo server runs with the node's server settings " + serverSettingsShown(echoSettings));

        NodeSendApi client = NodeSendApi.bind(sender);
        ProducerTemplate producer = sender.getBean(ProducerTemplate.class);
        addEchoRoute(sender.getBean(CamelContext.class));

        OutgoingMessage message = realisticQuery();
        // The echo carries a real signed envelope, so (a) and (b) send the same number of bytes.
        byte[] echoBody = client.signedBody(message);
        String echoEndpoint = "https://127.0.0.1:" + echoPort;
        say("Full exchange driven by " + client.description());
        say("Message body: " + echoBody.length + " bytes (signed envelope of the size of a PriorHearingQuery carrying CLK encodings)");

        AtomicLong accepted = new AtomicLong();
        LoadRunner.Call echoCall = () -> {
            Exchange answer = producer.send(ECHO_ROUTE, exchange -> {
                exchange.setProperty(ECHO_ENDPOINT_PROPERTY, echoEndpoint);
                exchange.getMessage().setBody(echoBody);
            });
            if (answer.getException() != null) {
                return "echo failed: " + answer.getException();
            }
            int status = answer.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
            if (status != 200) {
                return "echo answered HTTP " + status;
            }
            return Arrays.equals(answer.getMessage().getBody(byte[].class), echoBody) ? null : "echo answered other bytes";
        };
        LoadRunner.Call exchangeCall = () -> {
            String problem = client.send(message);
            if (problem == null) {
                accepted.incrementAndGet();
            }
            return problem;
        };

        warmUp(echoCall, exchangeCall);
        // The outbox path has code of its own (queueing, claims, receipts, the audit chain) for the JIT to settle.
        say("Warm-up of (c): " + settings.reliableMessages + " messages through the outbox (not measured)");
        ReliableDeliveryRun.messagesPerSecond(sender, message, settings.reliableMessages, settings.concurrency,
                Duration.ofMinutes(5));
        accepted.addAndGet(settings.reliableMessages);
        SignatureCost signatures = SignatureCost.measure(echoBody, 3000);

        List<Measured> echoLatency = new ArrayList<>();
        List<Measured> exchangeLatency = new ArrayList<>();
        List<Measured> echoThroughput = new ArrayList<>();
        List<Measured> exchangeThroughput = new ArrayList<>();
        List<Double> reliableRates = new ArrayList<>();
        Duration throughputDuration = Duration.ofSeconds(settings.throughputSeconds);
        for (int round = 1; round <= settings.rounds; round++) {
            say("Round " + round + " of " + settings.rounds);
            // Alternate which kind goes first, so neither always runs on a warmer or cooler machine.
            boolean echoFirst = round % 2 == 1;
            for (int kind = 0; kind < 2; kind++) {
                if ((kind == 0) == echoFirst) {
                    echoLatency.add(measure(echo, () -> LoadRunner.run("echo", 1, settings.latencyCalls, LATENCY_RUN_LIMIT, echoCall)));
                } else {
                    exchangeLatency.add(measure(receiver,
                            () -> LoadRunner.run("exchange", 1, settings.latencyCalls, LATENCY_RUN_LIMIT, exchangeCall)));
                }
            }
            for (int kind = 0; kind < 2; kind++) {
                if ((kind == 0) == echoFirst) {
                    echoThroughput.add(measure(echo, () -> LoadRunner.run("echo", settings.concurrency, Long.MAX_VALUE,
                            throughputDuration, echoCall)));
                } else {
                    exchangeThroughput.add(measure(receiver, () -> LoadRunner.run("exchange", settings.concurrency,
                            Long.MAX_VALUE, throughputDuration, exchangeCall)));
                }
            }
            // (c) the same exchange through the outbox: queue, dispatch, receipt verified and stored.
            MachineCpu.Snapshot before = cpu.snapshot(receiver, echo);
            StoreWrites writesBefore = StoreWrites.read(sender);
            reliableRates.add(ReliableDeliveryRun.messagesPerSecond(sender, message, settings.reliableMessages,
                    settings.concurrency, Duration.ofMinutes(5)));
            MachineCpu.Snapshot used = cpu.snapshot(receiver, echo).minus(before);
            StoreWrites writesAfter = StoreWrites.read(sender);
            accepted.addAndGet(settings.reliableMessages);
            String writes = writesBefore == null || writesAfter == null ? "" : String.format(Locale.ROOT,
                    "; sender's H2 store writes/msg %.2f (%,.0f bytes)",
                    writesAfter.minus(writesBefore).writes() / (double) settings.reliableMessages,
                    writesAfter.minus(writesBefore).bytes() / (double) settings.reliableMessages);
            say(String.format(Locale.ROOT, "  reliable delivery: %,d messages queued and delivered at %,.0f/s;"
                            + " cpu/msg: sender %4.0f us, receiver %4.0f us%s", settings.reliableMessages,
                    reliableRates.get(reliableRates.size() - 1), used.harness() / 1e3 / settings.reliableMessages,
                    used.receiver() / 1e3 / settings.reliableMessages, writes));
        }

        double receivedCounter = receiverCounter(receiverManagementPort, "crossflag_messages_received_total");
        double rejectedCounter = receiverCounter(receiverManagementPort, "crossflag_messages_rejected_total");

        List<Measured> all = new ArrayList<>();
        Stream.of(echoLatency, exchangeLatency, echoThroughput, exchangeThroughput).forEach(all::addAll);
        report(echoBody.length, loadBefore, echoLatency, exchangeLatency, echoThroughput, exchangeThroughput, all,
                signatures, client.signaturesPerExchange());
        List<Double> sortedReliable = reliableRates.stream().sorted().toList();
        double reliable = sortedReliable.get(sortedReliable.size() / 2);
        double core = medianRound(exchangeThroughput, m -> m.result().perSecond()).result().perSecond();
        say(String.format(Locale.ROOT, "(c) reliable delivery (outbox + receipts + audit), %,d messages per round: %,.0f msgs/s;"
                + " ratio c/b %.2f. Target: >= 0.70 of the core exchange ........ %s", settings.reliableMessages, reliable,
                reliable / core, reliable / core >= 0.70 ? "met" : "NOT met"));
        // The ratio above is of the medians; each round's own ratio shows how much the machine moved between runs.
        List<String> roundRatios = new ArrayList<>();
        for (int i = 0; i < reliableRates.size(); i++) {
            roundRatios.add(String.format(Locale.ROOT, "%.2f", reliableRates.get(i) / exchangeThroughput.get(i).result().perSecond()));
        }
        say("    c/b round by round (each (c) against the (b) at c=8 of the same round): " + String.join(", ", roundRatios));

        // Every accepted message must be in the receiver's database: count the rows once it has shut down.
        stopSender();
        boolean clean = receiver.stop(STOP_GRACE);
        echo.stop(STOP_GRACE);
        long rows = countStoredRows(dataDir.resolve(BenchmarkPki.RECEIVER).resolve("crossflag"), settings.postgresUrl);
        say("");
        say(String.format(Locale.ROOT, "Delivery check: %,d exchanges ACCEPTED (warm-up included); receiver's"
                        + " crossflag_messages_received_total = %,.0f; rows in its inbound_message table = %,d;"
                        + " crossflag_messages_rejected_total = %,.0f%s",
                accepted.get(), receivedCounter, rows, rejectedCounter, clean ? "" : " (receiver had to be killed)"));
        if (receivedCounter != accepted.get()) {
            problems.add("the receiver counted " + (long) receivedCounter + " received messages but " + accepted.get()
                    + " were ACCEPTED");
        }
        if (rows != accepted.get()) {
            problems.add("the receiver stored " + rows + " rows but " + accepted.get() + " messages were ACCEPTED");
        }
        if (rejectedCounter != 0) {
            problems.add("the receiver rejected " + (long) rejectedCounter + " messages");
        }
        if (!settings.keepData) {
            deleteTree(dataDir);
        }
        if (!problems.isEmpty()) {
            say("");
            say("!!! FUNCTIONAL FAILURES: the figures above are not valid.");
            problems.forEach(p -> say("!!!   " + p));
            say("Logs: " + workDir);
            return 1;
        }
        say("Every call was answered correctly. Logs: " + workDir);
        return 0;
    }

    // ---- measurement ------------------------------------------------------------------------------

    /**
     * The JIT needs tens of thousands of calls through Tomcat, Camel, H2 and Jackson before it settles
     * (C2 keeps compiling well after the first ten thousand exchanges), so warm-up is by time, alternating.
     */
    private void warmUp(LoadRunner.Call echoCall, LoadRunner.Call exchangeCall) throws InterruptedException {
        Duration half = Duration.ofMillis(settings.warmupSeconds * 500L);
        Duration quarter = Duration.ofMillis(settings.warmupSeconds * 250L);
        say("Warm-up: " + settings.warmupSeconds + " s of each at concurrency " + settings.concurrency + " (in two halves),"
                + " then " + settings.warmupSeconds / 4 + " s of each at concurrency 1");
        for (int pass = 0; pass < 2; pass++) {
            check(LoadRunner.run("warm-up echo", settings.concurrency, Long.MAX_VALUE, half, echoCall));
            check(LoadRunner.run("warm-up exchange", settings.concurrency, Long.MAX_VALUE, half, exchangeCall));
        }
        check(LoadRunner.run("warm-up echo", 1, Long.MAX_VALUE, quarter, echoCall));
        check(LoadRunner.run("warm-up exchange", 1, Long.MAX_VALUE, quarter, exchangeCall));
    }

    @FunctionalInterface
    private interface Run {
        LoadRunner.Result run() throws InterruptedException;
    }

    /** A run with the CPU time each process, and everything else on the machine, spent during it. */
    private record Measured(LoadRunner.Result result, MachineCpu.Snapshot cpu, boolean againstReceiver) {

        double senderMicrosPerCall() {
            return cpu.harness() / 1e3 / result.calls();
        }

        double serverMicrosPerCall() {
            return (againstReceiver ? cpu.receiver() : cpu.echo()) / 1e3 / result.calls();
        }

        /** Share of the machine's CPU capacity used by other processes during the run. */
        double othersShare(int cores) {
            return cpu.others() < 0 ? -1 : (double) cpu.others() / (result.elapsedNanos() * (double) cores);
        }
    }

    private Measured measure(ChildJvm server, Run run) throws InterruptedException {
        MachineCpu.Snapshot before = cpu.snapshot(receiver, echo);
        LoadRunner.Result result = run.run();
        MachineCpu.Snapshot used = cpu.snapshot(receiver, echo).minus(before);
        check(result);
        Measured measured = new Measured(result, used, server == receiver);
        say(String.format(Locale.ROOT, "  %-8s c=%-2d %,8d calls %,8.0f msgs/s  median %6.3f ms  p99 %7.3f ms"
                        + "  cpu/call: sender %4.0f us, %s %4.0f us; other processes %3.0f%% of the machine",
                result.name(), result.concurrency(), result.calls(), result.perSecond(), millis(result.medianNanos()),
                millis(result.p99Nanos()), measured.senderMicrosPerCall(), server.name(), measured.serverMicrosPerCall(),
                100 * Math.max(0, measured.othersShare(Runtime.getRuntime().availableProcessors()))));
        return measured;
    }

    private LoadRunner.Result check(LoadRunner.Result result) {
        if (result.failures() > 0) {
            problems.add(result.name() + " (concurrency " + result.concurrency() + "): " + result.failures() + " of "
                    + result.calls() + " calls failed, e.g. " + result.failureSamples());
            say("!!! " + problems.get(problems.size() - 1));
        }
        return result;
    }

    // ---- report -----------------------------------------------------------------------------------

    private void report(int bodyBytes, double loadBefore, List<Measured> echoLatency, List<Measured> exchangeLatency,
                        List<Measured> echoThroughput, List<Measured> exchangeThroughput, List<Measured> all,
                        SignatureCost signatures, int signaturesPerExchange) {
        Measured aLat = medianRound(echoLatency, m -> m.result().medianNanos());
        Measured bLat = medianRound(exchangeLatency, m -> m.result().medianNanos());
        Measured aThr = medianRound(echoThroughput, m -> m.result().perSecond());
        Measured bThr = medianRound(exchangeThroughput, m -> m.result().perSecond());
        int cores = Runtime.getRuntime().availableProcessors();

        say("");
        say("Crossflag exchange benchmark, " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        say(String.format(Locale.ROOT, "Machine: %d CPUs (%s), %s %s, Java %s. Body %,d bytes. %d rounds; each cell is the"
                        + " median round.", cores, cpuModel(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"), bodyBytes, settings.rounds));
        say("");
        String row = "%-32s | %9s %9s %9s | %9s %9s %9s | %9s %9s";
        say(String.format(Locale.ROOT, row, "", "c=1", "c=1", "c=1", "c=" + settings.concurrency, "c=" + settings.concurrency,
                "c=" + settings.concurrency, "CPU/msg", "CPU/msg"));
        say(String.format(Locale.ROOT, row, "", "msgs/s", "median ms", "p99 ms", "msgs/s", "median ms", "p99 ms",
                "sender us", "server us"));
        say("-".repeat(126));
        say(line(row, "(a) mutual-TLS echo", aLat, aThr));
        say(line(row, "(b) full Crossflag exchange", bLat, bThr));
        say("-".repeat(126));
        double latencyRatio = (double) bLat.result().medianNanos() / aLat.result().medianNanos();
        double p99Ratio = (double) bLat.result().p99Nanos() / aLat.result().p99Nanos();
        double throughputRatio = bThr.result().perSecond() / aThr.result().perSecond();
        say(String.format(Locale.ROOT, "Ratio b/a: median latency %.2fx, p99 latency %.2fx, throughput %.2fx",
                latencyRatio, p99Ratio, throughputRatio));
        say(String.format(Locale.ROOT, "Target: full-exchange median latency <= %.0fx echo median ........ %s (%.2fx)",
                TARGET_LATENCY_RATIO, latencyRatio <= TARGET_LATENCY_RATIO ? "met" : "NOT met", latencyRatio));
        say(String.format(Locale.ROOT, "Target: >= %,.0f full exchanges/s on %d CPUs (c=%d) ........ %s (%,.0f/s)",
                TARGET_EXCHANGES_PER_SECOND, cores, settings.concurrency,
                bThr.result().perSecond() >= TARGET_EXCHANGES_PER_SECOND ? "met" : "NOT met", bThr.result().perSecond()));
        long floor = aLat.result().medianNanos() + signaturesPerExchange * (signatures.signNanos() + signatures.verifyNanos());
        say(String.format(Locale.ROOT, "Ed25519 on one core (Bouncy Castle, this body): sign %.0f us, verify %.0f us. With %d"
                        + " signature(s) made and verified in series per exchange, the echo median plus signing alone is %.3f ms"
                        + " = %.2fx the echo median, before any parsing, schema check or storage.",
                signatures.signNanos() / 1e3, signatures.verifyNanos() / 1e3, signaturesPerExchange, millis(floor),
                (double) floor / aLat.result().medianNanos()));
        double others = all.stream().mapToDouble(m -> m.othersShare(cores)).filter(v -> v >= 0).average().orElse(-1);
        if (others >= 0) {
            say(String.format(Locale.ROOT, "Other processes used %.0f%% of the machine's CPU during the measured runs"
                    + " (load average %.1f before the start)%s", 100 * others, loadBefore,
                    others > 0.05 ? ": the figures are disturbed by other work on this machine" : ""));
        }
    }

    private static String line(String row, String label, Measured latency, Measured throughput) {
        return String.format(Locale.ROOT, row, label,
                String.format(Locale.ROOT, "%,.0f", latency.result().perSecond()),
                String.format(Locale.ROOT, "%.3f", millis(latency.result().medianNanos())),
                String.format(Locale.ROOT, "%.3f", millis(latency.result().p99Nanos())),
                String.format(Locale.ROOT, "%,.0f", throughput.result().perSecond()),
                String.format(Locale.ROOT, "%.3f", millis(throughput.result().medianNanos())),
                String.format(Locale.ROOT, "%.3f", millis(throughput.result().p99Nanos())),
                String.format(Locale.ROOT, "%.0f", throughput.senderMicrosPerCall()),
                String.format(Locale.ROOT, "%.0f", throughput.serverMicrosPerCall()));
    }

    private static Measured medianRound(List<Measured> rounds, ToDoubleFunction<Measured> by) {
        List<Measured> sorted = new ArrayList<>(rounds);
        sorted.sort(Comparator.comparingDouble(by));
        return sorted.get(sorted.size() / 2);
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        } catch (IOException | RuntimeException e) {
            return "unknown CPU";
        }
    }

    // ---- the message --------------------------------------------------------------------------------

    /** A prior-hearing query as a MARAC coordinator's node sends it: CLK encodings, never names. */
    private static OutgoingMessage realisticQuery() {
        Random random = new Random(20261122L);
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("encoding", "CLK-1024/HMAC-SHA256/bigrams/k30/balanced");
        payload.put("keyId", "crossflag-clk-2026-11");
        payload.put("nameClk", base64(random, 128));
        payload.put("surnameClk", base64(random, 64));
        payload.put("dateOfBirthClk", base64(random, 64));
        payload.put("sexClk", base64(random, 16));
        payload.put("similarityThreshold", 0.82);
        payload.putArray("forums").add("MARAC").add("DAPP").add("MATAC");
        payload.put("lookbackMonths", 12);
        payload.put("referralReference", "MARAC-ESX-2026-004711");
        payload.put("contactPoint", "marac.coordinator@essex.police.example");
        return new OutgoingMessage("CircumstanceChange", BenchmarkPki.RECEIVER, null, "MARAC_SAFEGUARDING",
                "CRIME_AND_DISORDER_ACT_1998_S115", new Envelope.Requester("ESX-4471", "MARAC_COORDINATOR"),
                new Envelope.Consent("NOT_SOUGHT_THRESHOLD_MET", null), List.of("HEARING_FLAG"), payload);
    }

    private static String base64(Random random, int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return Base64.getEncoder().encodeToString(value);
    }

    // ---- processes ----------------------------------------------------------------------------------

    private static Map<String, String> nodeSettings(BenchmarkPki pki, String code, int port, int managementPort, Path dataDir,
                                                    String postgresUrl) {
        Map<String, String> settings = NodeSettings.forMember(pki.files, code, pki.directoryFile(), dataDir).toMap();
        settings.put("server.port", Integer.toString(port));
        settings.put("management.server.port", Integer.toString(managementPort));
        settings.put("crossflag.api.port", "0");
        if (postgresUrl != null) {
            // Each node in a fresh schema of its own, built by the node's Flyway migrations.
            String schema = postgresSchema(code);
            settings.put("spring.profiles.active", "postgres");
            settings.put("CROSSFLAG_DB_URL", postgresUrl + (postgresUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            settings.put("spring.flyway.schemas", schema);
            settings.put("spring.flyway.create-schemas", "true");
        }
        return settings;
    }

    private static final String RUN_ID = Long.toString(System.currentTimeMillis(), 36);

    private static String postgresSchema(String code) {
        return ("bench_" + RUN_ID + "_" + code.replace('-', '_')).toLowerCase(Locale.ROOT);
    }

    /**
     * Every literal {@code server.*} setting of the node's own application.yml (TLS 1.3 only, client
     * certificate required, Tomcat threads and keep-alive), then the echo server's port and key stores.
     */
    private static Map<String, String> echoSettings(BenchmarkPki pki, int port) {
        Map<String, String> settings = new TreeMap<>();
        nodeDefaults().forEach((key, value) -> {
            if (key.startsWith("server.") && !value.contains("${")) {
                settings.put(key, value);
            }
        });
        settings.put("server.port", Integer.toString(port));
        settings.put("server.address", "127.0.0.1");
        settings.put("server.ssl.enabled", "true");
        settings.put("server.ssl.key-store", pki.tlsKeystore(BenchmarkPki.ECHO).toString());
        settings.put("server.ssl.key-store-password", BenchmarkPki.PASSWORD);
        settings.put("server.ssl.key-store-type", "PKCS12");
        settings.put("server.ssl.trust-store", pki.truststore().toString());
        settings.put("server.ssl.trust-store-password", BenchmarkPki.PASSWORD);
        settings.put("server.ssl.trust-store-type", "PKCS12");
        for (String required : List.of("server.ssl.client-auth", "server.ssl.enabled-protocols")) {
            if (!settings.containsKey(required)) {
                throw new IllegalStateException("the node's application.yml no longer sets " + required);
            }
        }
        return settings;
    }

    /** The gateway's application.yml, flattened (the copy in the gateway jar, not any other on the classpath). */
    private static Map<String, String> nodeDefaults() {
        try {
            URL gatewayJar = CrossflagApplication.class.getProtectionDomain().getCodeSource().getLocation();
            URL yaml = null;
            for (URL candidate : Collections.list(CrossflagApplication.class.getClassLoader().getResources("application.yml"))) {
                if (candidate.toString().contains(gatewayJar.getPath())) {
                    yaml = candidate;
                }
            }
            if (yaml == null) {
                throw new IllegalStateException("no application.yml in " + gatewayJar);
            }
            YamlPropertiesFactoryBean factory = new YamlPropertiesFactoryBean();
            factory.setResources(new UrlResource(yaml));
            Properties properties = factory.getObject();
            Map<String, String> flat = new TreeMap<>();
            properties.forEach((key, value) -> flat.put(key.toString(), value.toString()));
            return flat;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the node's application.yml", e);
        }
    }

    private static String serverSettingsShown(Map<String, String> settings) {
        Map<String, String> shown = new TreeMap<>(settings);
        shown.keySet().removeIf(key -> key.contains("store") || key.equals("server.port") || key.equals("server.address"));
        return shown.toString();
    }

    /** Settings as command-line arguments, as an operator would pass them: they outrank application.yml. */
    private static List<String> commandLine(Map<String, String> settings) {
        return settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList();
    }

    private ChildJvm startChild(String name, String mainClass, Map<String, String> childSettings) {
        List<String> jvmOptions = new ArrayList<>(List.of("-Xmx1g"));
        jvmOptions.addAll(settings.childJvmOptions);
        ChildJvm child = ChildJvm.start(name, workDir.resolve(name + ".log"), jvmOptions, mainClass, commandLine(childSettings));
        children.add(child);
        say("Started the " + name + " JVM (pid " + child.pid() + "), log " + child.log());
        return child;
    }

    private static void awaitHealthy(ChildJvm node, int managementPort) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        ObjectMapper json = new ObjectMapper();
        URI health = URI.create("http://127.0.0.1:" + managementPort + "/actuator/health");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            node.requireAlive();
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                JsonNode status = json.readTree(response.body()).path("status");
                if ("UP".equals(status.asText())) {
                    return;
                }
                last = "HTTP " + response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(node.name() + " was not healthy within " + START_TIMEOUT + ": " + last);
    }

    private static void awaitPort(ChildJvm server, int port) throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            server.requireAlive();
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
                return;
            } catch (IOException e) {
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException(server.name() + " did not listen on port " + port + " within " + START_TIMEOUT);
    }

    /** The echo route mirrors the node's outbound route: same component, headers, TLS context and timeouts. */
    private static void addEchoRoute(CamelContext camel) throws Exception {
        if (camel.getRegistry().lookupByName("federationClientTls") == null) {
            throw new IllegalStateException("the sending node has no federationClientTls bean");
        }
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(noErrorHandler());
                from(ECHO_ROUTE)
                        .routeId("crossflag-bench-echo")
                        .setHeader(Exchange.HTTP_METHOD, constant(HttpMethods.POST))
                        .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                        .toD("${exchangeProperty." + ECHO_ENDPOINT_PROPERTY + "}" + EchoServer.PATH
                                + "?sslContextParameters=#federationClientTls&throwExceptionOnFailure=false"
                                + "&connectTimeout=10000&responseTimeout=10000&connectionRequestTimeout=10000");
            }
        });
    }

    private static double receiverCounter(int managementPort, String name) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return response.body().lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static long countStoredRows(Path database, String postgresUrl) throws Exception {
        String url = postgresUrl != null ? postgresUrl
                : "jdbc:h2:file:" + database + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        String table = postgresUrl != null ? postgresSchema(BenchmarkPki.RECEIVER) + ".inbound_message" : "inbound_message";
        try (Connection connection = postgresUrl != null ? DriverManager.getConnection(url)
                : DriverManager.getConnection(url, "crossflag", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void stopSender() {
        ConfigurableApplicationContext context = sender;
        sender = null;
        if (context != null) {
            try {
                context.close();
            } catch (RuntimeException e) {
                say("The sending node did not close cleanly: " + e);
            }
        }
    }

    /** Idempotent: runs from the finally block and again from the shutdown hook (Ctrl-C). */
    private void stopAll() {
        stopSender();
        List<ChildJvm> running;
        synchronized (children) {
            running = new ArrayList<>(children);
        }
        for (ChildJvm child : running) {
            if (child.isAlive() && !child.stop(STOP_GRACE)) {
                say("The " + child.name() + " JVM (pid " + child.pid() + ") did not stop within " + STOP_GRACE + " and was killed");
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    // ---- settings -----------------------------------------------------------------------------------

    private record Settings(int rounds, int warmupSeconds, int latencyCalls, int throughputSeconds, int concurrency,
                            int reliableMessages, boolean keepData, String postgresUrl, List<String> childJvmOptions) {

        static final String USAGE = """
                Usage: ExchangeBenchmark [--rounds=3] [--warmup-seconds=60] [--latency-calls=5000] \
                [--throughput-seconds=10] [--concurrency=8] [--reliable-messages=5000] [--keep-data] \
                [--postgres-url=jdbc:postgresql://HOST:PORT/DB?user=U]
                Extra JVM options for the receiver and echo JVMs: environment variable CROSSFLAG_BENCH_CHILD_JVM_OPTS.""";

        static Settings parse(String[] args) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String arg : args) {
                if (!arg.startsWith("--")) {
                    throw new IllegalArgumentException("unexpected argument: " + arg);
                }
                int equals = arg.indexOf('=');
                values.put(equals < 0 ? arg.substring(2) : arg.substring(2, equals), equals < 0 ? "true" : arg.substring(equals + 1));
            }
            Settings settings = new Settings(
                    positive(values.remove("rounds"), 3, "rounds"),
                    positive(values.remove("warmup-seconds"), 60, "warmup-seconds"),
                    positive(values.remove("latency-calls"), 5000, "latency-calls"),
                    positive(values.remove("throughput-seconds"), 10, "throughput-seconds"),
                    positive(values.remove("concurrency"), 8, "concurrency"),
                    positive(values.remove("reliable-messages"), 5000, "reliable-messages"),
                    Boolean.parseBoolean(Optional.ofNullable(values.remove("keep-data")).orElse("false")),
                    postgresUrl(values.remove("postgres-url")),
                    Optional.ofNullable(System.getenv("CROSSFLAG_BENCH_CHILD_JVM_OPTS")).filter(s -> !s.isBlank())
                            .map(s -> List.of(s.trim().split("\\s+"))).orElse(List.of()));
            if (!values.isEmpty()) {
                throw new IllegalArgumentException("unknown option(s): " + values.keySet());
            }
            return settings;
        }

        private static String postgresUrl(String value) {
            if (value != null && !value.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("--postgres-url must be a jdbc:postgresql: URL, not " + value);
            }
            return value;
        }

        private static int positive(String value, int defaultValue, String name) {
            if (value == null) {
                return defaultValue;
            }
            try {
                int parsed = Integer.parseInt(value);
                if (parsed > 0) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("--" + name + " must be a positive whole number, not " + value);
        }
    }
}
