package org.crossflag.gateway.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.crossflag.gateway.matching.MatchParameters;
import org.crossflag.gateway.matching.MatchParametersFile;
import org.crossflag.gateway.matching.MatchingFixtures;
import org.crossflag.gateway.matching.SyntheticPeople;
import org.crossflag.gateway.matching.SyntheticPeopleFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchEstimateCommandTests {

    @TempDir
    static Path dir;

    static String left;
    static String right;

    @BeforeAll
    static void writeSyntheticForces() throws Exception {
        SyntheticPeopleFiles.write(dir, SyntheticPeople.generate(5, 300, 0.3));
        left = dir.resolve("left.csv").toString();
        right = dir.resolve("right.csv").toString();
    }

    @Test
    void itEstimatesFromTwoFilesAndWritesAParameterFileANodeCanLoad() throws Exception {
        Path out = dir.resolve("estimated.json");
        Run run = run(
                "match-estimate",
                "--left",
                left,
                "--right",
                right,
                "--out",
                out.toString(),
                "--version",
                "2026-12-07",
                "--random-pairs",
                "20000",
                "--seed",
                "3");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("using the fixed demo matching secret")
                .contains("20000 random pairs")
                .contains("expectation-maximisation over pairs sharing a date-of-birth key")
                .contains("expectation-maximisation over pairs sharing a given-and-family-name key")
                .contains("given name")
                .contains("parameters 2026-12-07 written to " + out);
        MatchParameters written = MatchParametersFile.read(out);
        assertThat(written.version()).isEqualTo("2026-12-07");
        assertThat(written.swapPenalty()).isEqualTo(MatchParameters.defaults().swapPenalty());
        assertThat(Files.readString(out)).contains("\"about\" : \"estimated from blinded encodings");
    }

    @Test
    void pooledPairsAStartingFileAndASecretFileAreUsed() throws Exception {
        Path start = dir.resolve("start.json");
        MatchParametersFile.write(MatchParameters.defaults(), "a copy", start);
        Path secret = Files.write(dir.resolve("secret.bin"), MatchingFixtures.secret("a federation's own secret"));
        Path out = dir.resolve("pooled.json");
        Run run = run(
                "match-estimate",
                "--left=" + left,
                "--right=" + right,
                "--left=" + right,
                "--right=" + left,
                "--out=" + out,
                "--version=pooled-1",
                "--start-from",
                start.toString(),
                "--secret-file",
                secret.toString(),
                "--random-pairs",
                "10000",
                "--training",
                "all-candidates");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out())
                .doesNotContain("demo")
                .contains("10000 random pairs")
                .contains("expectation-maximisation over all candidate pairs");
        assertThat(MatchParametersFile.read(out).version()).isEqualTo("pooled-1");
    }

    @Test
    void badArgumentsExitWithTwoAndTheUsage() {
        String out = dir.resolve("bad.json").toString();
        assertBadArguments(new String[] {"match-estimate"}, "--left, --right, --out and --version are required");
        assertBadArguments(
                new String[] {"match-estimate", "--left", left, "--right", right, "--out", out}, "are required");
        assertBadArguments(
                new String[] {
                    "match-estimate", "--left", left, "--right", right, "--left", left, "--out", out, "--version", "v"
                },
                "--left and --right come in pairs: 2 --left, 1 --right");
        assertBadArguments(
                new String[] {"match-estimate", "--left", left, "--right", right, "--out", out, "--version", "a b"},
                "--version must be");
        assertBadArguments(
                new String[] {
                    "match-estimate",
                    "--left",
                    left,
                    "--right",
                    right,
                    "--out",
                    out,
                    "--version",
                    "v",
                    "--random-pairs",
                    "many"
                },
                "--random-pairs needs a whole number");
        assertBadArguments(
                new String[] {
                    "match-estimate",
                    "--left",
                    left,
                    "--right",
                    right,
                    "--out",
                    out,
                    "--version",
                    "v",
                    "--random-pairs",
                    "0"
                },
                "--random-pairs must be at least 1");
        assertBadArguments(
                new String[] {
                    "match-estimate", "--left", left, "--right", right, "--out", out, "--version", "v", "--seed", "1.5"
                },
                "--seed needs a whole number");
        assertBadArguments(
                new String[] {
                    "match-estimate",
                    "--left",
                    left,
                    "--right",
                    right,
                    "--out",
                    out,
                    "--version",
                    "v",
                    "--truth",
                    "person_id"
                },
                "unknown option --truth");
        assertBadArguments(
                new String[] {"match-estimate", "--left", left, "--right", right, "--out", out, "--version"},
                "--version needs a value");
        assertBadArguments(new String[] {"match-estimate", "stray"}, "unexpected argument stray");
        assertBadArguments(
                new String[] {
                    "match-estimate",
                    "--left",
                    dir.resolve("missing.csv").toString(),
                    "--right",
                    right,
                    "--out",
                    out,
                    "--version",
                    "v"
                },
                "cannot read");
        assertBadArguments(
                new String[] {
                    "match-estimate",
                    "--left",
                    left,
                    "--right",
                    right,
                    "--out",
                    out,
                    "--version",
                    "v",
                    "--start-from",
                    dir.resolve("missing.json").toString()
                },
                "cannot read");
        assertThat(Files.exists(Path.of(out))).isFalse();
    }

    @Test
    void unusableInputExitsWithTwoNamingTheFileButNoContent() throws Exception {
        String out = dir.resolve("unusable.json").toString();
        Path badDate = Files.writeString(
                dir.resolve("bad-date.csv"), "id,given_names,family_name,dob\nA1,Jo,Bloggs,1984-13-45\n");
        Run dates =
                run("match-estimate", "--left", left, "--right", badDate.toString(), "--out", out, "--version", "v");
        assertThat(dates.status())
                .as("an impossible date is read as unknown, as match-eval does")
                .isZero();
        assertThat(dates.err())
                .contains("bad-date.csv row 2: DOB_IMPOSSIBLE")
                .doesNotContain("Bloggs")
                .doesNotContain("1984-13");
        Files.deleteIfExists(Path.of(out));

        Path headerOnly = Files.writeString(dir.resolve("header-only.csv"), "id,given_names,family_name\n");
        Run empty = run(
                "match-estimate", "--left", headerOnly.toString(), "--right", right, "--out", out, "--version", "v");
        assertThat(empty.status()).isEqualTo(2);
        assertThat(empty.err()).contains("header-only.csv: no people");

        Path badStart = Files.writeString(dir.resolve("bad-start.json"), "{\"format\" : 1}");
        Run start = run(
                "match-estimate",
                "--left",
                left,
                "--right",
                right,
                "--out",
                out,
                "--version",
                "v",
                "--start-from",
                badStart.toString());
        assertThat(start.status()).isEqualTo(2);
        assertThat(start.err()).contains("bad-start.json").contains("is missing");

        Path shortSecret = Files.write(dir.resolve("short.bin"), new byte[8]);
        Run secret = run(
                "match-estimate",
                "--left",
                left,
                "--right",
                right,
                "--out",
                out,
                "--version",
                "v",
                "--secret-file",
                shortSecret.toString());
        assertThat(secret.status()).isEqualTo(2);
        assertThat(secret.err()).contains("at least 32 bytes");

        Run noDirectory = run(
                "match-estimate",
                "--left",
                left,
                "--right",
                right,
                "--out",
                dir.resolve("no-such-directory").resolve("p.json").toString(),
                "--version",
                "v",
                "--random-pairs",
                "1000");
        assertThat(noDirectory.status()).isEqualTo(2);
        assertThat(noDirectory.err()).contains("cannot read or write a file");
        assertThat(Files.exists(Path.of(out))).isFalse();
    }

    private static void assertBadArguments(String[] args, String message) {
        Run run = run(args);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(message).contains("usage: match-estimate");
    }

    record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = MatchEstimateCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
