package org.crossflag.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures, in one run, (a) a plain mutual-TLS HTTP echo between two local JVMs and (b) the full Crossflag
 * exchange between two nodes in separate JVMs: sign, send, verify, schema-check and store in the
 * receiver's embedded H2 file database. Both go through the sending node's Camel HTTP client with the same
 * {@code federationClientTls} context, and both servers run Tomcat with the node's {@code server.*}
 * settings, so the ratio b/a is what Crossflag itself adds. Then (c), the same exchange through the outbox,
 * against (b).
 * <p>
 * Phases: warm-up of (a) and (b), an unmeasured round of (c), the signature cost, then each round: (a) and
 * (b) at concurrency 1, (a) and (b) at the throughput concurrency, (c). {@link BenchmarkNodes} starts and
 * stops the processes, {@link ExchangeCalls} makes the calls and {@link ExchangeBenchmarkReport} prints.
 * <p>
 * Exit status: 0 when every call gave the right answer and the receiver stored every accepted message
 * (whether or not the performance targets were met), 1 when anything failed functionally, 2 on a setup error.
 */
public final class ExchangeBenchmark {

    private static final Duration LATENCY_RUN_LIMIT = Duration.ofMinutes(2);
    private static final Duration RELIABLE_RUN_LIMIT = Duration.ofMinutes(5);
    private static final int SIGNATURE_ITERATIONS = 3000;

    private final ExchangeBenchmarkSettings settings;
    private final Path workDir;
    private final BenchmarkNodes nodes;
    private final ExchangeBenchmarkReport report;
    private final MachineCpu cpu = new MachineCpu();

    private ExchangeBenchmark(ExchangeBenchmarkSettings settings, Path workDir) {
        this.settings = settings;
        this.workDir = workDir;
        this.nodes = new BenchmarkNodes(settings, workDir, ExchangeBenchmark::say);
        this.report = new ExchangeBenchmarkReport(
                settings, ExchangeBenchmarkReport.Machine.current(), Clock.systemDefaultZone(), ExchangeBenchmark::say);
    }

    public static void main(String[] args) {
        ExchangeBenchmarkSettings settings;
        try {
            settings = ExchangeBenchmarkSettings.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(ExchangeBenchmarkSettings.USAGE);
            System.exit(2);
            return;
        }
        int status;
        ExchangeBenchmark benchmark = null;
        try {
            benchmark = new ExchangeBenchmark(settings, Files.createTempDirectory("crossflag-exchange-bench-"));
            BenchmarkNodes nodes = benchmark.nodes;
            Runtime.getRuntime().addShutdownHook(new Thread(nodes::stopAll, "crossflag-bench-shutdown"));
            status = benchmark.run();
        } catch (Exception e) {
            System.err.println("Benchmark could not run: " + e);
            e.printStackTrace();
            status = 2;
        } finally {
            if (benchmark != null) {
                benchmark.nodes.stopAll();
            }
        }
        System.exit(status);
    }

    private int run() throws Exception {
        say("Work folder (PKI, directory, logs, H2 data): " + workDir);
        say("Node databases: " + nodes.databases());
        double loadBefore = MachineCpu.loadAverage();
        int cores = Runtime.getRuntime().availableProcessors();
        if (loadBefore > 0.5 * cores) {
            say(String.format(
                    Locale.ROOT,
                    "WARNING: load average is %.1f on %d CPUs before the benchmark starts;"
                            + " other work on this machine will distort the figures.",
                    loadBefore,
                    cores));
        }
        nodes.start();
        ExchangeCalls calls = ExchangeCalls.on(nodes.sender(), nodes.echoEndpoint());
        say("Full exchange driven by " + calls.client().description());
        say("Message body: " + calls.body().length + " bytes (signed envelope of the size of a PriorHearingQuery"
                + " carrying CLK encodings)");

        warmUp(calls);
        SignatureCost signatures = SignatureCost.measure(calls.body(), SIGNATURE_ITERATIONS);
        for (int round = 1; round <= settings.rounds(); round++) {
            measureRound(round, calls);
        }

        double receivedCounter = nodes.receiverCounter("crossflag_messages_received_total");
        double rejectedCounter = nodes.receiverCounter("crossflag_messages_rejected_total");
        report.summary(
                calls.body().length, loadBefore, signatures, calls.client().signaturesPerExchange());
        return checkDelivery(calls.accepted(), receivedCounter, rejectedCounter);
    }

    /**
     * The JIT needs tens of thousands of calls through Tomcat, Camel, H2 and Jackson before it settles
     * (C2 keeps compiling well after the first ten thousand exchanges), so warm-up is by time, alternating.
     * The outbox path has code of its own (queueing, claims, receipts, the audit chain) for the JIT to settle,
     * so one round of (c) follows, not measured either.
     */
    private void warmUp(ExchangeCalls calls) throws Exception {
        Duration half = Duration.ofMillis(settings.warmupSeconds() * 500L);
        Duration quarter = Duration.ofMillis(settings.warmupSeconds() * 250L);
        int concurrency = settings.concurrency();
        say("Warm-up: " + settings.warmupSeconds() + " s of each at concurrency " + concurrency + " (in two halves),"
                + " then " + settings.warmupSeconds() / 4 + " s of each at concurrency 1");
        for (int pass = 0; pass < 2; pass++) {
            report.check(LoadRunner.run("warm-up echo", concurrency, Long.MAX_VALUE, half, calls.echo()));
            report.check(LoadRunner.run("warm-up exchange", concurrency, Long.MAX_VALUE, half, calls.exchange()));
        }
        report.check(LoadRunner.run("warm-up echo", 1, Long.MAX_VALUE, quarter, calls.echo()));
        report.check(LoadRunner.run("warm-up exchange", 1, Long.MAX_VALUE, quarter, calls.exchange()));

        say("Warm-up of (c): " + settings.reliableMessages() + " messages through the outbox (not measured)");
        ReliableDeliveryRun.messagesPerSecond(
                nodes.sender(), calls.message(), settings.reliableMessages(), concurrency, RELIABLE_RUN_LIMIT);
        calls.acceptedThroughOutbox(settings.reliableMessages());
    }

    /** (a) and (b) at concurrency 1, then at the throughput concurrency, then (c). */
    private void measureRound(int round, ExchangeCalls calls) throws Exception {
        say("Round " + round + " of " + settings.rounds());
        // Alternate which kind goes first, so neither always runs on a warmer or cooler machine.
        boolean echoFirst = round % 2 == 1;
        for (boolean echo : new boolean[] {echoFirst, !echoFirst}) {
            report.latencyRun(
                    echo
                            ? measure(
                                    false,
                                    () -> LoadRunner.run(
                                            "echo", 1, settings.latencyCalls(), LATENCY_RUN_LIMIT, calls.echo()))
                            : measure(
                                    true,
                                    () -> LoadRunner.run(
                                            "exchange",
                                            1,
                                            settings.latencyCalls(),
                                            LATENCY_RUN_LIMIT,
                                            calls.exchange())));
        }
        Duration throughputDuration = Duration.ofSeconds(settings.throughputSeconds());
        for (boolean echo : new boolean[] {echoFirst, !echoFirst}) {
            report.throughputRun(
                    echo
                            ? measure(
                                    false,
                                    () -> LoadRunner.run(
                                            "echo",
                                            settings.concurrency(),
                                            Long.MAX_VALUE,
                                            throughputDuration,
                                            calls.echo()))
                            : measure(
                                    true,
                                    () -> LoadRunner.run(
                                            "exchange",
                                            settings.concurrency(),
                                            Long.MAX_VALUE,
                                            throughputDuration,
                                            calls.exchange())));
        }
        // (c) the same exchange through the outbox: queue, dispatch, receipt verified and stored.
        ConfigurableApplicationContext sender = nodes.sender();
        MachineCpu.Snapshot before = cpu.snapshot(nodes.receiver(), nodes.echo());
        StoreWrites writesBefore = StoreWrites.read(sender);
        double perSecond = ReliableDeliveryRun.messagesPerSecond(
                sender, calls.message(), settings.reliableMessages(), settings.concurrency(), RELIABLE_RUN_LIMIT);
        MachineCpu.Snapshot used = cpu.snapshot(nodes.receiver(), nodes.echo()).minus(before);
        StoreWrites writesAfter = StoreWrites.read(sender);
        calls.acceptedThroughOutbox(settings.reliableMessages());
        report.reliableRound(
                perSecond, used, writesBefore == null || writesAfter == null ? null : writesAfter.minus(writesBefore));
    }

    @FunctionalInterface
    private interface Run {
        LoadRunner.Result run() throws InterruptedException;
    }

    private MeasuredRun measure(boolean againstReceiver, Run run) throws InterruptedException {
        MachineCpu.Snapshot before = cpu.snapshot(nodes.receiver(), nodes.echo());
        LoadRunner.Result result = run.run();
        MachineCpu.Snapshot used = cpu.snapshot(nodes.receiver(), nodes.echo()).minus(before);
        return new MeasuredRun(result, used, againstReceiver);
    }

    /** Every accepted message must be in the receiver's database: counts the rows once it has shut down. */
    private int checkDelivery(long accepted, double receivedCounter, double rejectedCounter)
            throws IOException, SQLException {
        boolean clean = nodes.stopForCount();
        long rows = nodes.storedRows();
        report.deliveryCheck(accepted, receivedCounter, rows, rejectedCounter, clean);
        if (!settings.keepData()) {
            nodes.deleteData();
        }
        return report.verdict(workDir);
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
