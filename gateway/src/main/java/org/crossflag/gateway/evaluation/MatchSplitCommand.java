package org.crossflag.gateway.evaluation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.crossflag.gateway.matching.PersonIdentity;
import org.crossflag.gateway.matching.PostalAddress;

/**
 * {@code match-split}: turns a public data set with clusters into two forces' files, {@code left.csv} and
 * {@code right.csv} in match-eval's columns with {@code email} and the truth column {@code person_id}, so that
 * {@code match-eval --truth person_id} evaluates the matching on it (see {@link TwoForceSplit} for the split):
 *
 * <pre>
 * match-split --data-set febrl3|splink-fake-1000 --input FILE --out DIR
 * </pre>
 *
 * Records without any name are kept, and counted. Exit status 0
 * when the files were written, 2 on bad arguments or unusable input. Runs without Spring.
 */
public final class MatchSplitCommand {

    public static final String NAME = "match-split";
    static final int OK = 0;
    static final int FAILED = 2;
    static final String TRUTH = "person_id";
    static final List<String> COLUMNS = columns();
    private static final String USAGE =
            "usage: " + NAME + " --data-set " + String.join("|", PublicDataSet.labels()) + " --input FILE --out DIR";

    private MatchSplitCommand() {}

    public static boolean handles(String[] args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(NAME + ": " + e.getMessage());
            err.println(USAGE);
            return FAILED;
        }
        try {
            ClusteredDataSet data = ClusteredDataSet.read(arguments.dataSet(), arguments.input());
            // Every record goes in, a record with no name too: the matching takes any shape a force may hold.
            TwoForceSplit split = TwoForceSplit.of(data.records());
            Files.createDirectories(arguments.out());
            Path left = arguments.out().resolve("left.csv");
            Path right = arguments.out().resolve("right.csv");
            write(left, split.left());
            write(right, split.right());
            out.printf(
                    "%s: %s: %d records, %d of them without any name%n",
                    NAME,
                    arguments.dataSet().label(),
                    data.records().size(),
                    data.records().size() - data.named().size());
            out.printf(
                    "%s: %d left (the first of each cluster), %d right, %d true pairs%n",
                    NAME, split.left().size(), split.right().size(), split.truePairs());
            out.println(NAME + ": values present but unusable, read as unknown: " + unusable(data.unusable()));
            out.println(NAME + ": wrote " + left + " and " + right + "; evaluate with");
            out.println("  " + MatchEvalCommand.NAME + " --left " + left + " --right " + right + " --out "
                    + arguments.out().resolve("pairs.csv") + " --truth " + TRUTH);
            return OK;
        } catch (IOException e) {
            err.println(NAME + ": cannot read or write a file: " + e.getMessage());
            return FAILED;
        } catch (IllegalArgumentException e) {
            err.println(NAME + ": " + e.getMessage());
            return FAILED;
        }
    }

    private static String unusable(Map<String, Integer> counts) {
        return counts.isEmpty()
                ? "none"
                : counts.entrySet().stream()
                        .map(entry -> entry.getKey() + " " + entry.getValue())
                        .collect(Collectors.joining(", "));
    }

    private static void write(Path file, List<PeopleCsv.Row> rows) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write(PeopleCsv.line(COLUMNS));
            writer.write('\n');
            for (PeopleCsv.Row row : rows) {
                writer.write(PeopleCsv.line(fields(row)));
                writer.write('\n');
            }
        }
    }

    /** The row in {@link #COLUMNS} order, as {@link PeopleCsv} reads it back. */
    static List<String> fields(PeopleCsv.Row row) {
        PersonIdentity person = row.person();
        PostalAddress address = person.addresses().isEmpty()
                ? new PostalAddress(null, null)
                : person.addresses().get(0);
        return List.of(
                row.id(),
                String.join(" ", person.givenNames()),
                String.join(" ", person.familyNames()),
                String.join(";", person.aliases()),
                person.dateOfBirth().toString(),
                switch (person.sex()) {
                    case FEMALE -> "F";
                    case MALE -> "M";
                    case OTHER -> "X";
                    case UNKNOWN -> "";
                },
                orEmpty(person.pncId()),
                orEmpty(address.postcode()),
                orEmpty(address.firstLine()),
                orEmpty(person.email()),
                row.truth());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(PeopleCsv.COLUMNS);
        columns.add("email");
        columns.add(TRUTH);
        return List.copyOf(columns);
    }

    record Arguments(PublicDataSet dataSet, Path input, Path out) {

        static Arguments parse(String[] args) {
            PublicDataSet dataSet = null;
            Path input = null;
            Path out = null;
            for (CommandOptions.Option given : CommandOptions.of(args)) {
                String option = given.name();
                String value = given.value();
                switch (option) {
                    case "--data-set" ->
                        dataSet = PublicDataSet.byLabel(value)
                                .orElseThrow(() -> new IllegalArgumentException("unknown data set " + value
                                        + "; known: " + String.join(", ", PublicDataSet.labels())));
                    case "--input" -> input = Path.of(value);
                    case "--out" -> out = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
            if (dataSet == null || input == null || out == null) {
                throw new IllegalArgumentException("--data-set, --input and --out are required");
            }
            if (!Files.isReadable(input)) {
                throw new IllegalArgumentException("cannot read " + input);
            }
            return new Arguments(dataSet, input, out);
        }
    }
}
