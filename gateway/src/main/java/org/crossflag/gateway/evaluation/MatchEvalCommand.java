package org.crossflag.gateway.evaluation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.crossflag.gateway.matching.EncodedPersonIndex;
import org.crossflag.gateway.matching.IdentityEncoder;
import org.crossflag.gateway.matching.MatchBand;
import org.crossflag.gateway.matching.MatchCandidate;
import org.crossflag.gateway.matching.MatchParameters;
import org.crossflag.gateway.matching.MatchParametersFile;
import org.crossflag.gateway.matching.MatchThresholds;
import org.crossflag.gateway.matching.MatchingKeyring;
import org.crossflag.gateway.matching.MatchingSecret;

/**
 * {@code match-eval}: matches the people of one CSV file (the right, as queries) against those of another (the
 * left, as a node's index) with the production normalisation, encoding, blocking index and scoring, writes every
 * pair at POSSIBLE_MATCH or better, and, given a ground-truth column, prints precision, recall and F1:
 *
 * <pre>
 * match-eval --left a.csv --right b.csv --out pairs.csv [--truth person_id] [--secret-file f]
 *            [--match 0.9] [--possible 0.2] [--parameters match-parameters.json]
 * </pre>
 *
 * A row it cannot use is skipped, and a row with an unusable date of birth kept with the date unknown: each is
 * reported on standard error with its file, row and reason code (never its content), counted in the summary printed
 * last, and the evaluation goes on. Exit status 0 when the evaluation ran, 2 on bad arguments or a file it cannot
 * read at all (missing, or without a usable header line). Runs without Spring.
 */
public final class MatchEvalCommand {

    public static final String NAME = "match-eval";
    static final int OK = 0;
    static final int FAILED = 2;
    static final int KEY_VERSION = 1;
    private static final String USAGE = "usage: " + NAME + " --left LEFT.csv --right RIGHT.csv --out PAIRS.csv"
            + " [--truth COLUMN] [--secret-file FILE] [--match SCORE] [--possible SCORE] [--parameters FILE]";

    private MatchEvalCommand() {}

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
            byte[] secret = secret(arguments.secretFile(), NAME, out);
            PeopleCsv.People leftFile = PeopleCsv.read(arguments.left(), arguments.truth());
            PeopleCsv.People rightFile = PeopleCsv.read(arguments.right(), arguments.truth());
            List<RowIssue> issues = new ArrayList<>(leftFile.issues());
            issues.addAll(rightFile.issues());
            issues.forEach(issue -> err.println(NAME + ": " + issue.describe()));
            List<PeopleCsv.Row> left = leftFile.rows();
            List<PeopleCsv.Row> right = rightFile.rows();
            long started = System.nanoTime();
            MatchParameters parameters = arguments.parameters() == null
                    ? MatchParameters.defaults()
                    : MatchParametersFile.read(arguments.parameters());
            List<MatchEvaluation.Pair> pairs = match(left, right, secret, arguments.thresholds(), parameters);
            double seconds = (System.nanoTime() - started) / 1e9;
            write(arguments.out(), pairs);
            out.printf(
                    Locale.ROOT,
                    "%s: %d left, %d right, %d pairs at POSSIBLE_MATCH or better written to %s (%.1f s)%n",
                    NAME,
                    left.size(),
                    right.size(),
                    pairs.size(),
                    arguments.out(),
                    seconds);
            if (arguments.truth() != null) {
                report(
                        out,
                        "MATCH",
                        arguments.thresholds().match(),
                        MatchEvaluation.of(left, right, pairs, MatchBand.MATCH));
                report(
                        out,
                        "POSSIBLE_MATCH",
                        arguments.thresholds().possible(),
                        MatchEvaluation.of(left, right, pairs, MatchBand.POSSIBLE_MATCH));
            }
            out.println(NAME + ": " + RowIssues.summary(issues));
            return OK;
        } catch (IOException e) {
            err.println(NAME + ": cannot read or write a file: " + e.getMessage());
            return FAILED;
        } catch (IllegalArgumentException e) {
            err.println(NAME + ": " + e.getMessage());
            return FAILED;
        }
    }

    /** Indexes the left people, queries with each right person, and returns every pair found. */
    public static List<MatchEvaluation.Pair> match(
            List<PeopleCsv.Row> left, List<PeopleCsv.Row> right, byte[] secret, MatchThresholds thresholds) {
        return match(left, right, secret, thresholds, MatchParameters.defaults());
    }

    /** The same, scored with {@code parameters}. */
    public static List<MatchEvaluation.Pair> match(
            List<PeopleCsv.Row> left,
            List<PeopleCsv.Row> right,
            byte[] secret,
            MatchThresholds thresholds,
            MatchParameters parameters) {
        MatchingKeyring keyring = MatchingKeyring.single(KEY_VERSION, secret);
        IdentityEncoder encoder = new IdentityEncoder(keyring);
        EncodedPersonIndex index = new EncodedPersonIndex(
                keyring, Clock.fixed(Instant.now(), ZoneOffset.UTC), thresholds, parameters, left.size());
        left.parallelStream().forEach(row -> index.add(row.id(), encoder.encode(row.person(), KEY_VERSION)));
        return right.parallelStream()
                .flatMap(row -> index.query(encoder.encode(row.person(), KEY_VERSION)).stream()
                        .map(candidate -> new MatchEvaluation.Pair(candidate.localId(), row.id(), candidate)))
                .toList();
    }

    private static void write(Path file, List<MatchEvaluation.Pair> pairs) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write("left_id,right_id,score,weight,band\n");
            for (MatchEvaluation.Pair pair : pairs) {
                MatchCandidate candidate = pair.candidate();
                writer.write(PeopleCsv.line(List.of(
                        pair.leftId(),
                        pair.rightId(),
                        String.format(Locale.ROOT, "%.6f", candidate.score()),
                        String.format(Locale.ROOT, "%.2f", candidate.weight()),
                        candidate.band().name())));
                writer.write('\n');
            }
        }
    }

    private static void report(PrintStream out, String band, double threshold, MatchEvaluation evaluation) {
        out.printf(
                Locale.ROOT,
                "at %-14s (score >= %.3f): precision %.4f  recall %.4f  F1 %.4f  (true pairs %d, TP %d, FP %d, FN %d)%n",
                band,
                threshold,
                evaluation.precision(),
                evaluation.recall(),
                evaluation.f1(),
                evaluation.truePairs(),
                evaluation.truePositives(),
                evaluation.falsePositives(),
                evaluation.falseNegatives());
    }

    /**
     * The matching secret in {@code secretFile}, or, when it is null, the demo secret, saying so on {@code out}.
     *
     * @throws IllegalArgumentException when the file holds fewer than {@link MatchingSecret#MIN_SECRET_BYTES} bytes
     */
    static byte[] secret(Path secretFile, String command, PrintStream out) throws IOException {
        byte[] secret = secretFile == null ? demoSecret() : Files.readAllBytes(secretFile);
        if (secret.length < MatchingSecret.MIN_SECRET_BYTES) {
            throw new IllegalArgumentException(
                    "the secret file must hold at least " + MatchingSecret.MIN_SECRET_BYTES + " bytes");
        }
        if (secretFile == null) {
            out.println(command
                    + ": no --secret-file given, using the fixed demo matching secret (for synthetic data only)");
        }
        return secret;
    }

    /** A fixed, public secret for synthetic data: anyone can recompute it, so it protects nothing. */
    public static byte[] demoSecret() {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest("crossflag match-eval demo secret".getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record Arguments(
            Path left,
            Path right,
            Path out,
            String truth,
            Path secretFile,
            MatchThresholds thresholds,
            Path parameters) {

        static Arguments parse(String[] args) {
            Path left = null;
            Path right = null;
            Path out = null;
            String truth = null;
            Path secret = null;
            Path parameters = null;
            double match = MatchThresholds.DEFAULTS.match();
            double possible = MatchThresholds.DEFAULTS.possible();
            for (CommandOptions.Option given : CommandOptions.of(args)) {
                String option = given.name();
                String value = given.value();
                switch (option) {
                    case "--left" -> left = Path.of(value);
                    case "--right" -> right = Path.of(value);
                    case "--out" -> out = Path.of(value);
                    case "--truth" -> truth = value;
                    case "--secret-file" -> secret = Path.of(value);
                    case "--match" -> match = number(option, value);
                    case "--possible" -> possible = number(option, value);
                    case "--parameters" -> parameters = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
            if (left == null || right == null || out == null) {
                throw new IllegalArgumentException("--left, --right and --out are required");
            }
            for (Path input : List.of(left, right)) {
                if (!Files.isReadable(input)) {
                    throw new IllegalArgumentException("cannot read " + input);
                }
            }
            if (parameters != null && !Files.isReadable(parameters)) {
                throw new IllegalArgumentException("cannot read " + parameters);
            }
            return new Arguments(left, right, out, truth, secret, new MatchThresholds(match, possible), parameters);
        }

        private static double number(String option, String value) {
            try {
                return Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a number, not " + value);
            }
        }
    }
}
