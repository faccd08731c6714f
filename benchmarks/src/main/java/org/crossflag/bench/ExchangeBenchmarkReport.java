package org.crossflag.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * Collects the exchange benchmark's figures and prints them: a line per measured run and per round of (c)
 * as they come, then the table of (a) and (b), the ratios b/a and c/b against the targets, the delivery
 * check and the verdict. Each figure in the table is the median round. Functional failures found along the
 * way are collected here too, and decide the exit status.
 */
final class ExchangeBenchmarkReport {

    static final double TARGET_LATENCY_RATIO = 2.0;
    static final double TARGET_EXCHANGES_PER_SECOND = 1_000;
    static final double TARGET_RELIABLE_TO_EXCHANGE_RATIO = 0.70;

    private static final String TABLE_ROW = "%-32s | %9s %9s %9s | %9s %9s %9s | %9s %9s";
    private static final String TABLE_RULE = "-".repeat(126);

    /** What the report says about the machine it ran on. */
    record Machine(int cores, String cpuModel, String osName, String osArch, String javaVersion) {

        static Machine current() {
            return new Machine(
                    Runtime.getRuntime().availableProcessors(),
                    readCpuModel(),
                    System.getProperty("os.name"),
                    System.getProperty("os.arch"),
                    System.getProperty("java.version"));
        }

        private static String readCpuModel() {
            try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
                return lines.filter(l -> l.startsWith("model name"))
                        .findFirst()
                        .map(l -> l.substring(l.indexOf(':') + 1).trim())
                        .orElse("unknown CPU");
            } catch (IOException | RuntimeException e) {
                return "unknown CPU";
            }
        }
    }

    private final ExchangeBenchmarkSettings settings;
    private final Machine machine;
    private final Clock clock;
    private final Consumer<String> out;
    private final List<MeasuredRun> echoLatency = new ArrayList<>();
    private final List<MeasuredRun> exchangeLatency = new ArrayList<>();
    private final List<MeasuredRun> echoThroughput = new ArrayList<>();
    private final List<MeasuredRun> exchangeThroughput = new ArrayList<>();
    private final List<Double> reliableRates = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    ExchangeBenchmarkReport(ExchangeBenchmarkSettings settings, Machine machine, Clock clock, Consumer<String> out) {
        this.settings = settings;
        this.machine = machine;
        this.clock = clock;
        this.out = out;
    }

    /** Records a run's failed calls, warm-up included, as a functional failure and says so at once. */
    LoadRunner.Result check(LoadRunner.Result result) {
        if (result.failures() > 0) {
            problems.add(result.name() + " (concurrency " + result.concurrency() + "): " + result.failures() + " of "
                    + result.calls() + " calls failed, e.g. " + result.failureSamples());
            out.accept("!!! " + problems.get(problems.size() - 1));
        }
        return result;
    }

    /** A run at concurrency 1, of echoes (a) or exchanges (b). */
    void latencyRun(MeasuredRun run) {
        record(run, run.againstReceiver() ? exchangeLatency : echoLatency);
    }

    /** A run at the throughput concurrency for a fixed time, of echoes (a) or exchanges (b). */
    void throughputRun(MeasuredRun run) {
        record(run, run.againstReceiver() ? exchangeThroughput : echoThroughput);
    }

    private void record(MeasuredRun run, List<MeasuredRun> rounds) {
        check(run.result());
        rounds.add(run);
        LoadRunner.Result result = run.result();
        out.accept(String.format(
                Locale.ROOT,
                "  %-8s c=%-2d %,8d calls %,8.0f msgs/s  median %6.3f ms  p99 %7.3f ms"
                        + "  cpu/call: sender %4.0f us, %s %4.0f us; other processes %3.0f%% of the machine",
                result.name(),
                result.concurrency(),
                result.calls(),
                result.perSecond(),
                millis(result.medianNanos()),
                millis(result.p99Nanos()),
                run.senderMicrosPerCall(),
                run.serverName(),
                run.serverMicrosPerCall(),
                100 * Math.max(0, run.othersShare(machine.cores()))));
    }

    /**
     * A measured round of (c).
     *
     * @param used   CPU time spent during the round
     * @param writes the sending node's H2 store writes during the round, or null when unknown (PostgreSQL)
     */
    void reliableRound(double messagesPerSecond, MachineCpu.Snapshot used, StoreWrites writes) {
        reliableRates.add(messagesPerSecond);
        int messages = settings.reliableMessages();
        String perMessageWrites = writes == null
                ? ""
                : String.format(
                        Locale.ROOT,
                        "; sender's H2 store writes/msg %.2f (%,.0f bytes)",
                        writes.writes() / (double) messages,
                        writes.bytes() / (double) messages);
        out.accept(String.format(
                Locale.ROOT,
                "  reliable delivery: %,d messages queued and delivered at %,.0f/s;"
                        + " cpu/msg: sender %4.0f us, receiver %4.0f us%s",
                messages,
                messagesPerSecond,
                used.harness() / 1e3 / messages,
                used.receiver() / 1e3 / messages,
                perMessageWrites));
    }

    /** The table of (a) and (b), the ratios and targets, the signature floor, then (c) against (b). */
    void summary(int bodyBytes, double loadBefore, SignatureCost signatures, int signaturesPerExchange) {
        MeasuredRun aLat = medianRound(echoLatency, m -> m.result().medianNanos());
        MeasuredRun bLat = medianRound(exchangeLatency, m -> m.result().medianNanos());
        MeasuredRun aThr = medianRound(echoThroughput, m -> m.result().perSecond());
        MeasuredRun bThr = medianRound(exchangeThroughput, m -> m.result().perSecond());
        int cores = machine.cores();
        String concurrency = "c=" + settings.concurrency();

        out.accept("");
        out.accept("Crossflag exchange benchmark, "
                + ZonedDateTime.now(clock).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        out.accept(String.format(
                Locale.ROOT,
                "Machine: %d CPUs (%s), %s %s, Java %s. Body %,d bytes. %d rounds;" + " each cell is the median round.",
                cores,
                machine.cpuModel(),
                machine.osName(),
                machine.osArch(),
                machine.javaVersion(),
                bodyBytes,
                settings.rounds()));
        out.accept("");
        out.accept(String.format(
                Locale.ROOT,
                TABLE_ROW,
                "",
                "c=1",
                "c=1",
                "c=1",
                concurrency,
                concurrency,
                concurrency,
                "CPU/msg",
                "CPU/msg"));
        out.accept(String.format(
                Locale.ROOT,
                TABLE_ROW,
                "",
                "msgs/s",
                "median ms",
                "p99 ms",
                "msgs/s",
                "median ms",
                "p99 ms",
                "sender us",
                "server us"));
        out.accept(TABLE_RULE);
        out.accept(tableLine("(a) mutual-TLS echo", aLat, aThr));
        out.accept(tableLine("(b) full Crossflag exchange", bLat, bThr));
        out.accept(TABLE_RULE);
        double latencyRatio = latencyRatio();
        out.accept(String.format(
                Locale.ROOT,
                "Ratio b/a: median latency %.2fx, p99 latency %.2fx, throughput %.2fx",
                latencyRatio,
                p99Ratio(),
                throughputRatio()));
        out.accept(String.format(
                Locale.ROOT,
                "Target: full-exchange median latency <= %.0fx echo median ........ %s" + " (%.2fx)",
                TARGET_LATENCY_RATIO,
                latencyRatio <= TARGET_LATENCY_RATIO ? "met" : "NOT met",
                latencyRatio));
        double exchangesPerSecond = bThr.result().perSecond();
        out.accept(String.format(
                Locale.ROOT,
                "Target: >= %,.0f full exchanges/s on %d CPUs (c=%d) ........ %s" + " (%,.0f/s)",
                TARGET_EXCHANGES_PER_SECOND,
                cores,
                settings.concurrency(),
                exchangesPerSecond >= TARGET_EXCHANGES_PER_SECOND ? "met" : "NOT met",
                exchangesPerSecond));
        long floor = aLat.result().medianNanos()
                + signaturesPerExchange * (signatures.signNanos() + signatures.verifyNanos());
        out.accept(String.format(
                Locale.ROOT,
                "Ed25519 on one core (Bouncy Castle, this body): sign %.0f us, verify"
                        + " %.0f us. With %d signature(s) made and verified in series per exchange, the echo median"
                        + " plus signing alone is %.3f ms = %.2fx the echo median, before any parsing, schema check or"
                        + " storage.",
                signatures.signNanos() / 1e3,
                signatures.verifyNanos() / 1e3,
                signaturesPerExchange,
                millis(floor),
                (double) floor / aLat.result().medianNanos()));
        double others = Stream.of(echoLatency, exchangeLatency, echoThroughput, exchangeThroughput)
                .flatMap(List::stream)
                .mapToDouble(m -> m.othersShare(cores))
                .filter(v -> v >= 0)
                .average()
                .orElse(-1);
        if (others >= 0) {
            out.accept(String.format(
                    Locale.ROOT,
                    "Other processes used %.0f%% of the machine's CPU during the measured"
                            + " runs (load average %.1f before the start)%s",
                    100 * others,
                    loadBefore,
                    others > 0.05 ? ": the figures are disturbed by other work on this machine" : ""));
        }
        double reliableRatio = reliableToExchangeRatio();
        out.accept(String.format(
                Locale.ROOT,
                "(c) reliable delivery (outbox + receipts + audit), %,d messages per"
                        + " round: %,.0f msgs/s; ratio c/b %.2f. Target: >= 0.70 of the core exchange ........ %s",
                settings.reliableMessages(),
                median(reliableRates),
                reliableRatio,
                reliableRatio >= TARGET_RELIABLE_TO_EXCHANGE_RATIO ? "met" : "NOT met"));
        // The ratio above is of the medians; each round's own ratio shows how much the machine moved between runs.
        out.accept("    c/b round by round (each (c) against the (b) at " + concurrency + " of the same round): "
                + String.join(
                        ", ",
                        reliableToExchangeRatioByRound().stream()
                                .map(ratio -> String.format(Locale.ROOT, "%.2f", ratio))
                                .toList()));
    }

    private static String tableLine(String label, MeasuredRun latency, MeasuredRun throughput) {
        return String.format(
                Locale.ROOT,
                TABLE_ROW,
                label,
                String.format(Locale.ROOT, "%,.0f", latency.result().perSecond()),
                String.format(Locale.ROOT, "%.3f", millis(latency.result().medianNanos())),
                String.format(Locale.ROOT, "%.3f", millis(latency.result().p99Nanos())),
                String.format(Locale.ROOT, "%,.0f", throughput.result().perSecond()),
                String.format(Locale.ROOT, "%.3f", millis(throughput.result().medianNanos())),
                String.format(Locale.ROOT, "%.3f", millis(throughput.result().p99Nanos())),
                String.format(Locale.ROOT, "%.0f", throughput.senderMicrosPerCall()),
                String.format(Locale.ROOT, "%.0f", throughput.serverMicrosPerCall()));
    }

    /** b/a of the median latency at concurrency 1, each side its median round. */
    double latencyRatio() {
        return (double) medianRound(exchangeLatency, m -> m.result().medianNanos())
                        .result()
                        .medianNanos()
                / medianRound(echoLatency, m -> m.result().medianNanos())
                        .result()
                        .medianNanos();
    }

    /** b/a of the p99 latency at concurrency 1, of the rounds with the median median latency. */
    double p99Ratio() {
        return (double) medianRound(exchangeLatency, m -> m.result().medianNanos())
                        .result()
                        .p99Nanos()
                / medianRound(echoLatency, m -> m.result().medianNanos())
                        .result()
                        .p99Nanos();
    }

    /** b/a of the throughput, each side its median round. */
    double throughputRatio() {
        return medianRound(exchangeThroughput, m -> m.result().perSecond())
                        .result()
                        .perSecond()
                / medianRound(echoThroughput, m -> m.result().perSecond())
                        .result()
                        .perSecond();
    }

    /** c/b: the median round of (c) against the median round of (b)'s throughput. */
    double reliableToExchangeRatio() {
        return median(reliableRates)
                / medianRound(exchangeThroughput, m -> m.result().perSecond())
                        .result()
                        .perSecond();
    }

    /** c/b of each round, against the (b) throughput run of the same round. */
    List<Double> reliableToExchangeRatioByRound() {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < reliableRates.size(); i++) {
            ratios.add(reliableRates.get(i) / exchangeThroughput.get(i).result().perSecond());
        }
        return ratios;
    }

    /**
     * Every accepted message must have been counted and stored by the receiver, and none rejected.
     *
     * @param accepted exchanges ACCEPTED by the receiver, warm-up included
     */
    void deliveryCheck(
            long accepted,
            double receivedCounter,
            long storedRows,
            double rejectedCounter,
            boolean receiverStoppedCleanly) {
        out.accept("");
        out.accept(String.format(
                Locale.ROOT,
                "Delivery check: %,d exchanges ACCEPTED (warm-up included); receiver's"
                        + " crossflag_messages_received_total = %,.0f; rows in its inbound_message table = %,d;"
                        + " crossflag_messages_rejected_total = %,.0f%s",
                accepted,
                receivedCounter,
                storedRows,
                rejectedCounter,
                receiverStoppedCleanly ? "" : " (receiver had to be killed)"));
        if (receivedCounter != accepted) {
            problems.add("the receiver counted " + (long) receivedCounter + " received messages but " + accepted
                    + " were ACCEPTED");
        }
        if (storedRows != accepted) {
            problems.add("the receiver stored " + storedRows + " rows but " + accepted + " messages were ACCEPTED");
        }
        if (rejectedCounter != 0) {
            problems.add("the receiver rejected " + (long) rejectedCounter + " messages");
        }
    }

    /** The last lines; returns the exit status: 0 when everything was answered and stored correctly, else 1. */
    int verdict(Path logs) {
        if (!problems.isEmpty()) {
            out.accept("");
            out.accept("!!! FUNCTIONAL FAILURES: the figures above are not valid.");
            problems.forEach(p -> out.accept("!!!   " + p));
            out.accept("Logs: " + logs);
            return 1;
        }
        out.accept("Every call was answered correctly. Logs: " + logs);
        return 0;
    }

    /** The middle element by {@code by}; of an even number, the upper of the two middle ones. */
    static <T> T medianRound(List<T> rounds, ToDoubleFunction<T> by) {
        List<T> sorted = new ArrayList<>(rounds);
        sorted.sort(Comparator.comparingDouble(by));
        return sorted.get(sorted.size() / 2);
    }

    static double median(List<Double> values) {
        return medianRound(values, Double::doubleValue);
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
