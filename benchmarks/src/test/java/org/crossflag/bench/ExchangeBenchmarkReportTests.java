package org.crossflag.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ExchangeBenchmarkReportTests {

    private static final ExchangeBenchmarkReport.Machine MACHINE =
            new ExchangeBenchmarkReport.Machine(2, "Test CPU 3000", "Linux", "amd64", "17.0.15");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:15:30Z"), ZoneOffset.UTC);
    private static final SignatureCost SIGNATURES = new SignatureCost(50_000, 97_000);
    private static final String RULE = "-".repeat(126);

    private final List<String> lines = new ArrayList<>();
    private final ExchangeBenchmarkReport report = new ExchangeBenchmarkReport(
            ExchangeBenchmarkSettings.parse(new String[0], Map.of()), MACHINE, CLOCK, lines::add);

    /** A run's figures; the CPU times are in nanoseconds, machineBusy -1 when /proc/stat was unreadable. */
    private static MeasuredRun run(
            String name,
            int concurrency,
            long calls,
            long elapsedNanos,
            long medianNanos,
            long p99Nanos,
            long senderCpu,
            long serverCpu,
            long machineBusy) {
        boolean receiver = name.equals("exchange");
        LoadRunner.Result result =
                new LoadRunner.Result(name, concurrency, calls, 0, List.of(), elapsedNanos, medianNanos, p99Nanos);
        return new MeasuredRun(
                result,
                new MachineCpu.Snapshot(senderCpu, receiver ? serverCpu : 0, receiver ? 0 : serverCpu, machineBusy),
                receiver);
    }

    /** Three rounds of each kind, given in round order, so the median rounds are not the middle ones. */
    private void threeRounds() {
        report.latencyRun(run("echo", 1, 3000, 900_000_000L, 250_000, 3_900_000, 360_000_000L, 0, 1_100_000_000L));
        report.latencyRun(run("echo", 1, 3000, 800_000_000L, 180_000, 4_100_000, 300_000_000L, 0, 900_000_000L));
        report.latencyRun(run("echo", 1, 3000, 850_000_000L, 200_000, 2_000_000, 320_000_000L, 0, 800_000_000L));
        report.latencyRun(run(
                "exchange",
                1,
                3000,
                3_500_000_000L,
                1_166_000,
                6_200_000,
                1_200_000_000L,
                3_000_000_000L,
                5_000_000_000L));
        report.latencyRun(run(
                "exchange",
                1,
                3000,
                3_000_000_000L,
                1_000_000,
                7_000_000,
                1_100_000_000L,
                2_900_000_000L,
                4_500_000_000L));
        report.latencyRun(run(
                "exchange",
                1,
                3000,
                4_000_000_000L,
                1_300_000,
                5_000_000,
                1_300_000_000L,
                3_100_000_000L,
                5_500_000_000L));
        report.throughputRun(run(
                "echo",
                8,
                67_300,
                10_000_000_000L,
                600_000,
                10_700_000,
                8_200_000_000L,
                7_200_000_000L,
                19_000_000_000L));
        report.throughputRun(run(
                "echo",
                8,
                60_000,
                10_000_000_000L,
                650_000,
                11_000_000,
                7_200_000_000L,
                6_400_000_000L,
                17_000_000_000L));
        report.throughputRun(run(
                "echo",
                8,
                70_000,
                10_000_000_000L,
                580_000,
                9_700_000,
                8_500_000_000L,
                7_500_000_000L,
                19_500_000_000L));
        report.throughputRun(run(
                "exchange",
                8,
                10_780,
                10_000_000_000L,
                5_150_000,
                37_600_000,
                4_560_000_000L,
                11_180_000_000L,
                19_900_000_000L));
        report.throughputRun(run(
                "exchange",
                8,
                10_250,
                10_000_000_000L,
                5_400_000,
                40_000_000,
                4_400_000_000L,
                10_900_000_000L,
                19_800_000_000L));
        report.throughputRun(run(
                "exchange",
                8,
                11_250,
                10_000_000_000L,
                4_900_000,
                35_000_000,
                4_700_000_000L,
                11_300_000_000L,
                19_990_000_000L));
    }

    private void reliableRounds(double... perSecond) {
        for (double rate : perSecond) {
            report.reliableRound(
                    rate, new MachineCpu.Snapshot(9_500_000_000L, 6_000_000_000L, 0, 16_000_000_000L), null);
        }
    }

    @Test
    void theMedianRoundIsTheMiddleOneByTheGivenFigureAndTheUpperMiddleOfAnEvenNumber() {
        assertThat(ExchangeBenchmarkReport.medianRound(List.of("ccc", "a", "bb"), String::length))
                .isEqualTo("bb");
        assertThat(ExchangeBenchmarkReport.medianRound(List.of("dddd", "a", "ccc", "bb"), String::length))
                .isEqualTo("ccc");
        assertThat(ExchangeBenchmarkReport.medianRound(List.of("a"), String::length))
                .isEqualTo("a");
        assertThat(ExchangeBenchmarkReport.median(List.of(950.0, 900.0, 1000.0)))
                .isEqualTo(950.0);
    }

    @Test
    void ratiosBOverAPairTheMedianRoundOfEachSideNotTheSameRound() {
        threeRounds();

        // Latency: echo's median round is the third (0.200 ms), the exchange's the first (1.166 ms).
        assertThat(report.latencyRatio()).isCloseTo(1_166_000 / 200_000.0, within(1e-9));
        // p99 comes from those same rounds, not from the median p99.
        assertThat(report.p99Ratio()).isCloseTo(6_200_000 / 2_000_000.0, within(1e-9));
        // Throughput: 6,730/s for the echo, 1,078/s for the exchange.
        assertThat(report.throughputRatio()).isCloseTo(1078 / 6730.0, within(1e-9));
    }

    @Test
    void ratioCOverBIsOfTheMediansAndRoundByRoundOfTheSameRound() {
        threeRounds();
        reliableRounds(900, 1000, 950);

        assertThat(report.reliableToExchangeRatio()).isCloseTo(950 / 1078.0, within(1e-9));
        assertThat(report.reliableToExchangeRatioByRound())
                .satisfiesExactly(
                        first -> assertThat(first).isCloseTo(900 / 1078.0, within(1e-9)),
                        second -> assertThat(second).isCloseTo(1000 / 1025.0, within(1e-9)),
                        third -> assertThat(third).isCloseTo(950 / 1125.0, within(1e-9)));
    }

    @Test
    void eachMeasuredRunIsPrintedAsItComesWithItsCpuPerCall() {
        report.latencyRun(run("echo", 1, 3000, 900_000_000L, 250_000, 3_900_000, 360_000_000L, 0, 1_100_000_000L));
        report.throughputRun(run(
                "exchange",
                8,
                10_780,
                10_000_000_000L,
                5_150_000,
                37_600_000,
                4_560_000_000L,
                11_180_000_000L,
                19_900_000_000L));
        report.throughputRun(run(
                "exchange", 8, 10_780, 10_000_000_000L, 5_150_000, 37_600_000, 4_560_000_000L, 11_180_000_000L, -1));

        assertThat(lines)
                .containsExactly(
                        "  echo     c=1     3,000 calls    3,333 msgs/s  median  0.250 ms  p99   3.900 ms  cpu/call:"
                                + " sender  120 us, echo    0 us; other processes  41% of the machine",
                        "  exchange c=8    10,780 calls    1,078 msgs/s  median  5.150 ms  p99  37.600 ms  cpu/call:"
                                + " sender  423 us, receiver 1037 us; other processes  21% of the machine",
                        "  exchange c=8    10,780 calls    1,078 msgs/s  median  5.150 ms  p99  37.600 ms  cpu/call:"
                                + " sender  423 us, receiver 1037 us; other processes   0% of the machine");
    }

    @Test
    void eachRoundOfReliableDeliveryShowsItsRateCpuAndStoreWritesPerMessage() {
        MachineCpu.Snapshot used = new MachineCpu.Snapshot(9_500_000_000L, 6_000_000_000L, 0, 16_000_000_000L);
        report.reliableRound(191.4, used, new StoreWrites(1550, 220_000_000));
        report.reliableRound(2345.6, used, null);

        assertThat(lines)
                .containsExactly(
                        "  reliable delivery: 5,000 messages queued and delivered at 191/s; cpu/msg: sender 1900 us, receiver"
                                + " 1200 us; sender's H2 store writes/msg 0.31 (44,000 bytes)",
                        "  reliable delivery: 5,000 messages queued and delivered at 2,346/s; cpu/msg: sender 1900 us, receiver"
                                + " 1200 us");
    }

    @Test
    void theSummaryPrintsTheTableRatiosTargetsAndCOverB() {
        threeRounds();
        reliableRounds(900, 1000, 950);
        lines.clear();

        report.summary(1234, 0.42, SIGNATURES, 2);

        assertThat(lines)
                .containsExactly(
                        "",
                        "Crossflag exchange benchmark, 2026-11-22T10:15:30Z",
                        "Machine: 2 CPUs (Test CPU 3000), Linux amd64, Java 17.0.15. Body 1,234 bytes. 3 rounds; each cell is"
                                + " the median round.",
                        "",
                        "                                 |       c=1       c=1       c=1 |       c=8       c=8       c=8 |"
                                + "   CPU/msg   CPU/msg",
                        "                                 |    msgs/s median ms    p99 ms |    msgs/s median ms    p99 ms |"
                                + " sender us server us",
                        RULE,
                        "(a) mutual-TLS echo              |     3,529     0.200     2.000 |     6,730     0.600    10.700 |"
                                + "       122       107",
                        "(b) full Crossflag exchange      |       857     1.166     6.200 |     1,078     5.150    37.600 |"
                                + "       423      1037",
                        RULE,
                        "Ratio b/a: median latency 5.83x, p99 latency 3.10x, throughput 0.16x",
                        "Target: full-exchange median latency <= 2x echo median ........ NOT met (5.83x)",
                        "Target: >= 1,000 full exchanges/s on 2 CPUs (c=8) ........ met (1,078/s)",
                        "Ed25519 on one core (Bouncy Castle, this body): sign 50 us, verify 97 us. With 2 signature(s) made and"
                                + " verified in series per exchange, the echo median plus signing alone is 0.494 ms = 2.47x the"
                                + " echo median, before any parsing, schema check or storage.",
                        "Other processes used 21% of the machine's CPU during the measured runs (load average 0.4 before the"
                                + " start): the figures are disturbed by other work on this machine",
                        "(c) reliable delivery (outbox + receipts + audit), 5,000 messages per round: 950 msgs/s; ratio c/b"
                                + " 0.88. Target: >= 0.70 of the core exchange ........ met",
                        "    c/b round by round (each (c) against the (b) at c=8 of the same round): 0.83, 0.98, 0.84");
    }

    @Test
    void targetsMissedAndMetAreSaidAsSuch() {
        report.latencyRun(run("echo", 1, 1000, 500_000_000L, 500_000, 2_000_000, 1, 1, -1));
        report.latencyRun(run("exchange", 1, 1000, 900_000_000L, 900_000, 3_000_000, 1, 1, -1));
        report.throughputRun(run("echo", 8, 5000, 1_000_000_000L, 1_000_000, 5_000_000, 1, 1, -1));
        report.throughputRun(run("exchange", 8, 999, 1_000_000_000L, 8_000_000, 20_000_000, 1, 1, -1));
        reliableRounds(690);
        lines.clear();

        report.summary(1234, 0.1, SIGNATURES, 2);

        assertThat(lines)
                .contains("Target: full-exchange median latency <= 2x echo median ........ met (1.80x)")
                .contains("Target: >= 1,000 full exchanges/s on 2 CPUs (c=8) ........ NOT met (999/s)")
                .contains("(c) reliable delivery (outbox + receipts + audit), 5,000 messages per round: 690 msgs/s;"
                        + " ratio c/b 0.69. Target: >= 0.70 of the core exchange ........ NOT met")
                .contains("    c/b round by round (each (c) against the (b) at c=8 of the same round): 0.69")
                // Without /proc/stat nothing is said about other processes.
                .noneMatch(line -> line.startsWith("Other processes"));
    }

    @Test
    void theThroughputColumnsAndCOverBNameTheConcurrencyOfTheRun() {
        ExchangeBenchmarkReport atSixteen = new ExchangeBenchmarkReport(
                ExchangeBenchmarkSettings.parse(new String[] {"--concurrency=16", "--rounds=1"}, Map.of()),
                MACHINE,
                CLOCK,
                lines::add);
        atSixteen.latencyRun(run("echo", 1, 1000, 500_000_000L, 500_000, 2_000_000, 1, 1, -1));
        atSixteen.latencyRun(run("exchange", 1, 1000, 900_000_000L, 900_000, 3_000_000, 1, 1, -1));
        atSixteen.throughputRun(run("echo", 16, 5000, 1_000_000_000L, 1_000_000, 5_000_000, 1, 1, -1));
        atSixteen.throughputRun(run("exchange", 16, 1200, 1_000_000_000L, 8_000_000, 20_000_000, 1, 1, -1));
        atSixteen.reliableRound(960, new MachineCpu.Snapshot(1, 1, 0, -1), null);
        lines.clear();

        atSixteen.summary(1234, 0.1, SIGNATURES, 2);

        assertThat(lines)
                .contains("                                 |       c=1       c=1       c=1 |      c=16      c=16"
                        + "      c=16 |   CPU/msg   CPU/msg")
                .contains("Target: >= 1,000 full exchanges/s on 2 CPUs (c=16) ........ met (1,200/s)")
                .contains("    c/b round by round (each (c) against the (b) at c=16 of the same round): 0.80");
    }

    @Test
    void aQuietMachineIsNotCalledDisturbed() {
        report.latencyRun(
                run("echo", 1, 1000, 1_000_000_000L, 500_000, 2_000_000, 500_000_000L, 400_000_000L, 960_000_000L));
        report.latencyRun(
                run("exchange", 1, 1000, 1_000_000_000L, 900_000, 3_000_000, 500_000_000L, 400_000_000L, 960_000_000L));
        report.throughputRun(
                run("echo", 8, 5000, 1_000_000_000L, 1_000_000, 5_000_000, 500_000_000L, 400_000_000L, 960_000_000L));
        report.throughputRun(run(
                "exchange", 8, 999, 1_000_000_000L, 8_000_000, 20_000_000, 500_000_000L, 400_000_000L, 960_000_000L));
        reliableRounds(690);

        report.summary(1234, 0.1, SIGNATURES, 2);

        assertThat(lines)
                .contains("Other processes used 3% of the machine's CPU during the measured runs (load average"
                        + " 0.1 before the start)");
    }

    @Test
    void whenEverythingWasStoredTheVerdictIsZero() {
        report.deliveryCheck(12_345, 12_345, 12_345, 0, true);

        assertThat(report.verdict(Path.of("/tmp/crossflag-exchange-bench-1"))).isZero();
        assertThat(lines)
                .containsExactly(
                        "",
                        "Delivery check: 12,345 exchanges ACCEPTED (warm-up included); receiver's"
                                + " crossflag_messages_received_total = 12,345; rows in its inbound_message table = 12,345;"
                                + " crossflag_messages_rejected_total = 0",
                        "Every call was answered correctly. Logs: /tmp/crossflag-exchange-bench-1");
    }

    @Test
    void missingRowsRejectionsAndFailedCallsMakeTheFiguresInvalid() {
        report.check(new LoadRunner.Result(
                "warm-up exchange", 8, 100, 2, List.of("REJECTED SCHEMA (HTTP 400)"), 1_000_000_000L, 1, 1));
        report.deliveryCheck(100, 99, 98, 1, false);

        assertThat(report.verdict(Path.of("/tmp/crossflag-exchange-bench-2"))).isEqualTo(1);
        assertThat(lines)
                .containsExactly(
                        "!!! warm-up exchange (concurrency 8): 2 of 100 calls failed, e.g. [REJECTED SCHEMA (HTTP 400)]",
                        "",
                        "Delivery check: 100 exchanges ACCEPTED (warm-up included); receiver's"
                                + " crossflag_messages_received_total = 99; rows in its inbound_message table = 98;"
                                + " crossflag_messages_rejected_total = 1 (receiver had to be killed)",
                        "",
                        "!!! FUNCTIONAL FAILURES: the figures above are not valid.",
                        "!!!   warm-up exchange (concurrency 8): 2 of 100 calls failed, e.g. [REJECTED SCHEMA (HTTP 400)]",
                        "!!!   the receiver counted 99 received messages but 100 were ACCEPTED",
                        "!!!   the receiver stored 98 rows but 100 messages were ACCEPTED",
                        "!!!   the receiver rejected 1 messages",
                        "Logs: /tmp/crossflag-exchange-bench-2");
    }

    @Test
    void aMeasuredRunWithFailedCallsIsPrintedAfterItsFailure() {
        LoadRunner.Result failed = new LoadRunner.Result(
                "echo", 1, 10, 1, List.of("echo answered HTTP 503"), 10_000_000L, 1_000_000, 2_000_000);
        report.latencyRun(new MeasuredRun(failed, new MachineCpu.Snapshot(1_000_000, 0, 1_000_000, -1), false));

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0))
                .isEqualTo("!!! echo (concurrency 1): 1 of 10 calls failed, e.g. [echo answered HTTP 503]");
        assertThat(lines.get(1)).startsWith("  echo     c=1        10 calls    1,000 msgs/s");
        assertThat(report.verdict(Path.of("/tmp/x"))).isEqualTo(1);
    }
}
