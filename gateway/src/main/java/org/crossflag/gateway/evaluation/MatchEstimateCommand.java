package org.crossflag.gateway.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.crossflag.gateway.matching.IdentityEncoder;
import org.crossflag.gateway.matching.IdentityEncoding;
import org.crossflag.gateway.matching.MatchParameters;
import org.crossflag.gateway.matching.MatchParametersFile;
import org.crossflag.gateway.matching.MatchingKeyring;
import org.crossflag.gateway.matching.WeightEstimation;

/**
 * {@code match-estimate}: estimates the matching parameters (the m and u probabilities) from two or more CSV files
 * of people, without ground truth, and writes them as the versioned parameter file a node loads:
 *
 * <pre>
 * match-estimate --left a.csv --right b.csv [--left c.csv --right d.csv ...] --out parameters.json
 *                --version 2026-12-07 [--secret-file f] [--start-from parameters.json] [--random-pairs N] [--seed S]
 *                [--training by-blocking-key|all-candidates]
 * </pre>
 *
 * The people are encoded under the secret as a node would, and everything after that works on the encodings
 * ({@link WeightEstimation}). Repeated {@code --left}/{@code --right} pairs are pooled. Exit status 0 when the file
 * was written, 2 on bad arguments or unreadable input. Runs without Spring.
 */
public final class MatchEstimateCommand {

    public static final String NAME = "match-estimate";
    private static final String USAGE = "usage: " + NAME
            + " --left LEFT.csv --right RIGHT.csv [--left LEFT2.csv --right RIGHT2.csv ...] --out PARAMETERS.json"
            + " --version VERSION [--secret-file FILE] [--start-from PARAMETERS.json] [--random-pairs N] [--seed S]"
            + " [--training by-blocking-key|all-candidates]";
    /** Versions name files and appear in logs and audit records, so they are kept to a plain alphabet. */
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private MatchEstimateCommand() {}

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
            return MatchEvalCommand.FAILED;
        }
        try {
            byte[] secret = MatchEvalCommand.secret(arguments.secretFile(), NAME, out);
            MatchParameters start = arguments.startFrom() == null
                    ? MatchParameters.defaults()
                    : MatchParametersFile.read(arguments.startFrom());
            IdentityEncoder encoder = new IdentityEncoder(MatchingKeyring.single(MatchEvalCommand.KEY_VERSION, secret));
            List<WeightEstimation.Linkage> linkages = new ArrayList<>();
            for (int i = 0; i < arguments.left().size(); i++) {
                linkages.add(new WeightEstimation.Linkage(
                        encode(arguments.left().get(i), encoder, err),
                        encode(arguments.right().get(i), encoder, err)));
            }
            WeightEstimation.Estimate estimate = WeightEstimation.estimate(
                    linkages,
                    new WeightEstimation.Options(
                            arguments.version(),
                            start,
                            arguments.randomPairs(),
                            arguments.seed(),
                            arguments.training()));
            MatchParametersFile.write(estimate.parameters(), estimate.report().about(), arguments.out());
            estimate.report().lines().forEach(line -> out.println(NAME + ": " + line));
            out.println(NAME + ": parameters " + arguments.version() + " written to " + arguments.out());
            return MatchEvalCommand.OK;
        } catch (IOException | UncheckedIOException e) {
            err.println(NAME + ": cannot read or write a file: " + e.getMessage());
            return MatchEvalCommand.FAILED;
        } catch (IllegalArgumentException e) {
            err.println(NAME + ": " + e.getMessage());
            return MatchEvalCommand.FAILED;
        }
    }

    private static List<IdentityEncoding> encode(Path file, IdentityEncoder encoder, PrintStream err)
            throws IOException {
        PeopleCsv.People people = PeopleCsv.read(file, null);
        // As in match-eval: unusable rows are skipped or kept with the field unknown, and each is reported.
        people.issues().forEach(issue -> err.println(NAME + ": " + issue.describe()));
        List<PeopleCsv.Row> rows = people.rows();
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(file + ": no people after the header line");
        }
        return rows.parallelStream()
                .map(row -> encoder.encode(row.person(), MatchEvalCommand.KEY_VERSION))
                .toList();
    }

    record Arguments(
            List<Path> left,
            List<Path> right,
            Path out,
            String version,
            Path secretFile,
            Path startFrom,
            long randomPairs,
            long seed,
            WeightEstimation.Training training) {

        static Arguments parse(String[] args) {
            List<Path> left = new ArrayList<>();
            List<Path> right = new ArrayList<>();
            Path out = null;
            String version = null;
            Path secret = null;
            Path startFrom = null;
            long randomPairs = WeightEstimation.DEFAULT_RANDOM_PAIRS;
            long seed = WeightEstimation.DEFAULT_SEED;
            WeightEstimation.Training training = WeightEstimation.Training.BY_BLOCKING_KEY;
            for (CommandOptions.Option given : CommandOptions.of(args)) {
                String option = given.name();
                String value = given.value();
                switch (option) {
                    case "--left" -> left.add(Path.of(value));
                    case "--right" -> right.add(Path.of(value));
                    case "--out" -> out = Path.of(value);
                    case "--version" -> version = value;
                    case "--secret-file" -> secret = Path.of(value);
                    case "--start-from" -> startFrom = Path.of(value);
                    case "--random-pairs" -> randomPairs = whole(option, value, 1);
                    case "--seed" -> seed = whole(option, value, Long.MIN_VALUE);
                    case "--training" -> training = training(value);
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
            if (left.isEmpty() || right.isEmpty() || out == null || version == null) {
                throw new IllegalArgumentException("--left, --right, --out and --version are required");
            }
            if (left.size() != right.size()) {
                throw new IllegalArgumentException(
                        "--left and --right come in pairs: " + left.size() + " --left, " + right.size() + " --right");
            }
            if (!VERSION.matcher(version).matches()) {
                throw new IllegalArgumentException(
                        "--version must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
            }
            List<Path> inputs = new ArrayList<>(left);
            inputs.addAll(right);
            if (startFrom != null) {
                inputs.add(startFrom);
            }
            for (Path input : inputs) {
                if (!Files.isReadable(input)) {
                    throw new IllegalArgumentException("cannot read " + input);
                }
            }
            return new Arguments(
                    List.copyOf(left),
                    List.copyOf(right),
                    out,
                    version,
                    secret,
                    startFrom,
                    randomPairs,
                    seed,
                    training);
        }

        private static WeightEstimation.Training training(String value) {
            return switch (value) {
                case "by-blocking-key" -> WeightEstimation.Training.BY_BLOCKING_KEY;
                case "all-candidates" -> WeightEstimation.Training.ALL_CANDIDATES;
                default ->
                    throw new IllegalArgumentException("--training is by-blocking-key or all-candidates, not " + value);
            };
        }

        private static long whole(String option, String value, long least) {
            long number;
            try {
                number = Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a whole number, not " + value);
            }
            if (number < least) {
                throw new IllegalArgumentException(option + " must be at least " + least + ", was " + number);
            }
            return number;
        }
    }
}
