package org.crossflag.adapter.maraccsv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How fast the MARAC CSV adapter reads a large export, and how much heap it takes while it does. A synthetic export
 * of invented people (100,000 rows by default) goes through the adapter's own import path, InboxFileReader to the
 * error report, exactly as the inbox route calls it, into a LocalRecordSink that only counts: no node, no index, no
 * database. Run it with a small heap ({@code -Xmx256m}, see run-marac-csv-benchmark.sh): the import must not need
 * the file in memory.
 *
 * <p>Lives in the adapter's package to call its package-private import path; it is not part of the adapter.
 */
public final class MaracCsvImportBenchmark {

    private MaracCsvImportBenchmark() {}

    public static void main(String[] args) throws IOException {
        int rows = option(args, "--rows=", 100_000);
        int runs = option(args, "--runs=", 5);
        Path work = Files.createTempDirectory("marac-csv-benchmark");
        try {
            Path export = work.resolve("GB-BEN-marac.csv");
            BenchmarkExport.write(export, rows);
            System.out.printf(
                    Locale.ROOT,
                    "MARAC CSV import: %,d rows, %,d bytes; %d runs; max heap %d MB; %d CPUs; Java %s%n",
                    rows,
                    Files.size(export),
                    runs,
                    Runtime.getRuntime().maxMemory() / (1024 * 1024),
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
            // One unmeasured run, so that the JIT has compiled the path.
            importOnce(work, export, rows, 0);
            List<Run> measured = new ArrayList<>();
            for (int run = 1; run <= runs; run++) {
                Run result = importOnce(work, export, rows, run);
                measured.add(result);
                System.out.printf(
                        Locale.ROOT,
                        "run %d: %.2f s, %,.0f rows/s, peak heap %.1f MB, old generation peak %.1f MB "
                                + "(%.1f MB in use before)%n",
                        run,
                        result.seconds(),
                        rows / result.seconds(),
                        result.peakHeapBytes() / 1e6,
                        result.oldGenPeakBytes() / 1e6,
                        result.baselineHeapBytes() / 1e6);
            }
            measured.sort(Comparator.comparingDouble(Run::seconds));
            Run median = measured.get(measured.size() / 2);
            long peak = measured.stream().mapToLong(Run::peakHeapBytes).max().orElseThrow();
            long oldPeak =
                    measured.stream().mapToLong(Run::oldGenPeakBytes).max().orElseThrow();
            System.out.printf(
                    Locale.ROOT,
                    "median of %d runs: %.2f s, %,.0f rows/s; highest peak heap %.1f MB, old generation %.1f MB%n",
                    runs,
                    median.seconds(),
                    rows / median.seconds(),
                    peak / 1e6,
                    oldPeak / 1e6);
        } finally {
            deleteAll(work);
        }
    }

    private static Run importOnce(Path work, Path export, int rows, int run) throws IOException {
        Path inbox = Files.createDirectories(work.resolve("inbox-" + run));
        CountingSink sink = new CountingSink();
        MaracCsvImporter importer = new MaracCsvImporter(
                sink, "marac-csv", new MaracCsvRowMapper(Clock.systemUTC()), new ErrorReportWriter(inbox));
        MaracCsvFileImport fileImport = new MaracCsvFileImport(
                new InboxFileReader(MaracCsvProperties.LARGEST_MAX_FILE_SIZE.toBytes()), importer);

        System.gc();
        long baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        FileOutcome outcome = fileImport.importFile(export.getFileName().toString(), export.toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        // Each pool's own peak, added up: an upper bound on the heap in use at any one moment.
        long peak = heapPools.stream()
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
        // What outlived young collections: this, not the young generation's garbage, would grow with the file.
        long oldPeak = heapPools.stream()
                .filter(pool ->
                        pool.getName().contains("Old Gen") || pool.getName().contains("Tenured"))
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();

        if (outcome.rows() != rows || outcome.stored() != rows || sink.hearings() != rows) {
            throw new IllegalStateException(
                    "the import did not take every row: " + outcome + ", " + sink.hearings() + " reached the sink");
        }
        return new Run(seconds, peak, oldPeak, baseline);
    }

    private record Run(double seconds, long peakHeapBytes, long oldGenPeakBytes, long baselineHeapBytes) {}

    private static int option(String[] args, String prefix, int fallback) {
        return Arrays.stream(args)
                .filter(arg -> arg.startsWith(prefix))
                .map(arg -> Integer.parseInt(arg.substring(prefix.length()).replace("_", "")))
                .findFirst()
                .orElse(fallback);
    }

    private static void deleteAll(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Writes an export of invented people row by row, so the generator holds no more of it than the adapter. */
    static final class BenchmarkExport {

        private static final String[] GIVEN = {
            "Quentin",
            "Marisol",
            "Thaddeus",
            "Ingrid",
            "Caspian",
            "Oswin",
            "Perpetua",
            "Leopold",
            "Zephyrine",
            "Barnaby"
        };
        private static final String[] FAMILY = {
            "Fenwick-Stroud",
            "Quenby",
            "Wolvercote",
            "Marchetti-Yoon",
            "Drewett",
            "Tarrant-Bleek",
            "Ollerenshaw",
            "Pimblett",
            "Cragside",
            "Vennacombe"
        };
        private static final String[] FORUMS = {"MARAC", "DAPP", "MATAC", "MASIP", "DRIVE", "MAPPA"};

        private BenchmarkExport() {}

        static void write(Path file, int rows) {
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(String.join(
                        ",", Arrays.stream(Column.values()).map(Column::header).toList()));
                out.write("\r\n");
                for (int n = 1; n <= rows; n++) {
                    out.write(row(n));
                    out.write("\r\n");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** One valid hearing, in the order of {@link Column}; every value is made up. */
        private static String row(int n) {
            String given = GIVEN[n % GIVEN.length] + " " + GIVEN[(n / 10) % GIVEN.length];
            String family = FAMILY[(n / 100) % FAMILY.length];
            String day = String.format(Locale.ROOT, "2025-%02d-%02d", 1 + n % 12, 1 + n % 28);
            String dob = String.format(Locale.ROOT, "%d-%02d-%02d", 1950 + n % 50, 1 + (n / 7) % 12, 1 + n % 28);
            return String.join(
                    ",",
                    "HEARING",
                    String.format(Locale.ROOT, "MARAC-BEN-2025-%07d", n),
                    FORUMS[n % FORUMS.length],
                    day,
                    "P-BEN-" + (100_000 + n),
                    given,
                    family,
                    "\"" + GIVEN[(n / 3) % GIVEN.length] + " " + family + ";" + given + " Smythe\"",
                    dob,
                    n % 2 == 0 ? "F" : "M",
                    String.format(Locale.ROOT, "%02d/%06d%c", n % 100, n % 1_000_000, (char) ('A' + n % 26)),
                    "CM" + (1 + n % 9) + " " + (n % 10) + "XQ",
                    "\"" + (1 + n % 200) + " Larkspur Mews, Testford\"",
                    String.format(Locale.ROOT, "07700 900%03d", n % 1000),
                    "person" + n + "@mail.example",
                    "MARAC coordinator Testford",
                    String.format(Locale.ROOT, "01632 960%03d", n % 1000),
                    "marac@testford.police.example",
                    "DASH",
                    "2009",
                    Integer.toString(n % 25),
                    "",
                    "");
        }
    }
}
