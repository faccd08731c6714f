package org.crossflag.gateway.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.crossflag.gateway.matching.MatchingFixtures;
import org.crossflag.gateway.matching.SyntheticPeople;
import org.crossflag.gateway.matching.SyntheticPeopleFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchEvalCommandTests {

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeSyntheticForces() throws Exception {
        SyntheticPeopleFiles.write(dir, SyntheticPeople.generate(3, 300, 0.3));
    }

    @Test
    void itMatchesTwoFilesAndPrintsPrecisionRecallAndF1() throws Exception {
        Path out = dir.resolve("pairs.csv");
        Run run = run(
                "match-eval",
                "--left",
                dir.resolve("left.csv").toString(),
                "--right",
                dir.resolve("right.csv").toString(),
                "--out",
                out.toString(),
                "--truth",
                "person_id");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("using the fixed demo matching secret")
                .contains("300 left, 300 right")
                .contains("at MATCH")
                .contains("at POSSIBLE_MATCH")
                .contains("precision")
                .contains("recall")
                .contains("F1");
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("left_id,right_id,score,weight,band");
        assertThat(lines.size()).isGreaterThan(80);
        assertThat(lines.get(1)).matches("L\\d+,R\\d+,[01]\\.\\d{6},-?\\d+\\.\\d{2},(MATCH|POSSIBLE_MATCH)");
    }

    @Test
    void aSecretFileReplacesTheDemoSecret() throws Exception {
        Path secret = Files.write(dir.resolve("secret.bin"), MatchingFixtures.secret("a federation's own secret"));
        Run run = run(
                "match-eval",
                "--left=" + dir.resolve("left.csv"),
                "--right=" + dir.resolve("right.csv"),
                "--out=" + dir.resolve("p2.csv"),
                "--secret-file",
                secret.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("demo").doesNotContain("precision");
    }

    @Test
    void badArgumentsExitWithTwoAndTheUsage() throws Exception {
        String left = dir.resolve("left.csv").toString();
        String right = dir.resolve("right.csv").toString();
        String out = dir.resolve("p3.csv").toString();
        assertBadArguments(new String[] {"match-eval"}, "--left, --right and --out are required");
        assertBadArguments(new String[] {"match-eval", "--left", left, "--right", right}, "required");
        assertBadArguments(
                new String[] {"match-eval", "--left", left, "--right", right, "--out", out, "--colour", "red"},
                "unknown option --colour");
        assertBadArguments(
                new String[] {"match-eval", "--left", left, "--right", right, "--out"}, "--out needs a value");
        assertBadArguments(new String[] {"match-eval", "stray", "--left", left}, "unexpected argument stray");
        assertBadArguments(
                new String[] {
                    "match-eval", "--left", dir.resolve("missing.csv").toString(), "--right", right, "--out", out
                },
                "cannot read");
        assertBadArguments(
                new String[] {"match-eval", "--left", left, "--right", right, "--out", out, "--match", "high"},
                "--match needs a number");
        assertBadArguments(
                new String[] {"match-eval", "--left", left, "--right", right, "--out", out, "--match", "0.1"},
                "thresholds");
    }

    @Test
    void unusableInputExitsWithTwo() throws Exception {
        Path noId = Files.writeString(dir.resolve("no-id.csv"), "given_names,family_name\nJohn,Smith\n");
        Path shortSecret = Files.write(dir.resolve("short.bin"), new byte[8]);
        String right = dir.resolve("right.csv").toString();
        String out = dir.resolve("p4.csv").toString();

        Run missingId = run("match-eval", "--left", noId.toString(), "--right", right, "--out", out);
        assertThat(missingId.status()).isEqualTo(2);
        assertThat(missingId.err()).contains("no 'id' column");

        Run badSecret = run(
                "match-eval",
                "--left",
                dir.resolve("left.csv").toString(),
                "--right",
                right,
                "--out",
                out,
                "--secret-file",
                shortSecret.toString());
        assertThat(badSecret.status()).isEqualTo(2);
        assertThat(badSecret.err()).contains("at least 32 bytes");

        Run badTruth = run(
                "match-eval",
                "--left",
                dir.resolve("left.csv").toString(),
                "--right",
                right,
                "--out",
                out,
                "--truth",
                "nope");
        assertThat(badTruth.status()).isEqualTo(2);
        assertThat(badTruth.err()).contains("no 'nope' column");
    }

    @Test
    void badDatesAreReportedByLineWithoutTheirContent() throws Exception {
        Path badDate = Files.writeString(
                dir.resolve("bad-date.csv"), "id,given_names,family_name,dob\nA1,Jo,Bloggs,1984-13-45\n");
        Run run = run(
                "match-eval",
                "--left",
                badDate.toString(),
                "--right",
                badDate.toString(),
                "--out",
                dir.resolve("p5.csv").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err())
                .contains("line 2")
                .doesNotContain("Bloggs")
                .doesNotContain("1984-13")
                .doesNotContain(": 13");
    }

    @Test
    void csvFieldsMayBeQuoted() {
        assertThat(PeopleCsv.parse("A1,\"Smith, Robert\",\"say \"\"hi\"\"\","))
                .containsExactly("A1", "Smith, Robert", "say \"hi\"", "");
        assertThat(PeopleCsv.line(List.of("A1", "Smith, Robert", "plain"))).isEqualTo("A1,\"Smith, Robert\",plain");
    }

    private static void assertBadArguments(String[] args, String message) {
        Run run = run(args);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(message).contains("usage: match-eval");
    }

    record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = MatchEvalCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
