package org.crossflag.gateway.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
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
    void unusableRowsAreReportedByFileRowAndReasonWithoutTheirContentAndTheRunGoesOn() throws Exception {
        Path left = dir.resolve("left-with-problems.csv");
        try (OutputStream file = Files.newOutputStream(left)) {
            file.write(String.join(
                            "\n",
                            "id,given_names,family_name,dob,pnc_id,truth",
                            "L1,Aurelio,Penhaligon,1985-03-12,,P1",
                            "L2,Jocasta,Bloggsworth,1985-02-30,,P2",
                            "L3,Jocasta,Bloggsworth,1985-13-01,,P2",
                            "L4,Perpetua,Ashdown,0000-00-00,,P3",
                            "L5,Ignatius,Trevelyan,19/04/1983,,P4",
                            ",Nameless,Rowbotham,1970-01-01,,P5",
                            "L1,Aurelio,Penhaligon,1985-03-12,,P1",
                            "L6,\"Unclosed,Quarrington,1970-01-01,,P6",
                            "L7,Fewer,Fields",
                            "L8,\u00a0,--,,N/A,P7",
                            "",
                            "L9,Ottoline,Marchbank,1991-07-07,07/1733272N,P8\r",
                            "")
                    .getBytes(StandardCharsets.UTF_8));
            file.write("L10,Wilhelmin\u00e9,Fairweather,1966-06-06,,P9\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        Path right = Files.writeString(dir.resolve("right-plain.csv"), """
                id,given_names,family_name,dob,pnc_id,truth
                R1,Aurelio,Penhaligon,1985-03-12,,P1
                R2,Jocasta,Bloggsworth,1985-02-03,,P2
                R9,Ottoline,Marchbank,1991-07-07,2007/1733272n,P8
                """);

        Run run = run(
                "match-eval",
                "--left",
                left.toString(),
                "--right",
                right.toString(),
                "--out",
                dir.resolve("p5.csv").toString(),
                "--truth",
                "truth");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err().lines())
                .containsExactly(
                        "match-eval: " + left + " row 3: DOB_IMPOSSIBLE, date of birth treated as unknown",
                        "match-eval: " + left + " row 4: DOB_IMPOSSIBLE, date of birth treated as unknown",
                        "match-eval: " + left + " row 6: DOB_UNREADABLE, date of birth treated as unknown",
                        "match-eval: " + left + " row 7: ID_MISSING, row skipped",
                        "match-eval: " + left + " row 8: ID_DUPLICATE, row skipped",
                        "match-eval: " + left + " row 9: ROW_MALFORMED, row skipped",
                        "match-eval: " + left + " row 10: ROW_MALFORMED, row skipped",
                        "match-eval: " + left + " row 11: NO_USABLE_FIELD, row skipped",
                        "match-eval: " + left + " row 14: ROW_NOT_UTF8, row skipped");
        assertThat(run.out())
                .contains("6 left, 3 right")
                .contains("rows skipped: 6 (" + left + ": ROW_NOT_UTF8 1, ROW_MALFORMED 2, ID_MISSING 1,"
                        + " ID_DUPLICATE 1, NO_USABLE_FIELD 1)")
                .contains("rows kept with the date of birth unknown: 3 (" + left
                        + ": DOB_IMPOSSIBLE 2, DOB_UNREADABLE 1)");
        for (String content : List.of(
                "Bloggsworth", "Nameless", "Unclosed", "Fewer", "N/A", "1985-02-30", "13-01", "19/04", "Fairweather")) {
            assertThat(run.err() + run.out()).doesNotContain(content);
        }
        assertThat(Files.readAllLines(dir.resolve("p5.csv")))
                .anyMatch(line -> line.startsWith("L1,R1,"))
                .anyMatch(line -> line.startsWith("L9,R9,"))
                .noneMatch(line -> line.startsWith("L8,") || line.startsWith("L10,"));
    }

    @Test
    void aFileWhoseRowsAreAllUnusableStillRuns() throws Exception {
        Path unusable = Files.writeString(dir.resolve("unusable.csv"), "id,given_names,dob\n,Anyone,1985\nU1,,\n");
        Run run = run(
                "match-eval",
                "--left",
                unusable.toString(),
                "--right",
                dir.resolve("right.csv").toString(),
                "--out",
                dir.resolve("p6.csv").toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("0 left, 300 right, 0 pairs").contains("rows skipped: 2");
    }

    @Test
    void aHeaderThatCannotBeReadStopsTheRun() throws Exception {
        Path emptyFile = Files.writeString(dir.resolve("empty.csv"), "");
        Path openQuote = Files.writeString(dir.resolve("open-quote.csv"), "id,\"given_names\nA1,Jo\n");
        Path notUtf8 =
                Files.write(dir.resolve("latin1.csv"), "id,n\u00e4me\nA1,Jo\n".getBytes(StandardCharsets.ISO_8859_1));
        for (Path bad : List.of(emptyFile, openQuote, notUtf8)) {
            Run run = run(
                    "match-eval",
                    "--left",
                    bad.toString(),
                    "--right",
                    dir.resolve("right.csv").toString(),
                    "--out",
                    dir.resolve("p7.csv").toString());
            assertThat(run.status()).as(bad.toString()).isEqualTo(2);
            assertThat(run.err()).contains(bad.toString()).containsAnyOf("empty file", "header line");
        }
    }

    @Test
    void csvFieldsMayBeQuoted() {
        assertThat(PeopleCsv.parse("A1,\"Smith, Robert\",\"say \"\"hi\"\"\",").orElseThrow())
                .containsExactly("A1", "Smith, Robert", "say \"hi\"", "");
        assertThat(PeopleCsv.parse("A1,\"Smith, Robert")).isEmpty();
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
