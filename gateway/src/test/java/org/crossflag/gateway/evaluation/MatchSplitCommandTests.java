package org.crossflag.gateway.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.crossflag.gateway.matching.PartialDate;
import org.crossflag.gateway.matching.PersonIdentity;
import org.crossflag.gateway.matching.PostalAddress;
import org.crossflag.gateway.matching.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchSplitCommandTests {

    @TempDir
    Path dir;

    @Test
    void itWritesBothForcesInMatchEvalsColumnsAndCountsTheRecordsWithoutAName() throws Exception {
        Path input = Files.writeString(
                dir.resolve("febrl.csv"),
                ClusteredDataSetTests.FEBRL_HEADER
                        + "rec-1-org, ada, testperson, 12, acacia avenue, , t, 2600, act, 19840607, 1\n"
                        + "rec-2-org, bea, sampleton, 3, elm road, , t, 2601, act, 19921301, 2\n"
                        + "rec-1-dup-0, adda, testperson, 12, acacia avenue, , t, 2600, act, 19840607, 1\n"
                        + "rec-2-dup-0, , , 3, elm road, , t, 2601, act, 19920113, 2\n");
        Path out = dir.resolve("split");

        Run run = run("match-split", "--data-set", "febrl3", "--input", input.toString(), "--out", out.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("febrl3: 4 records, 1 of them without any name")
                .contains("2 left (the first of each cluster), 2 right, 2 true pairs")
                .contains("read as unknown: date_of_birth 1")
                .contains("match-eval --left " + out.resolve("left.csv"))
                .contains("--truth person_id")
                .doesNotContain("testperson")
                .doesNotContain("acacia");
        assertThat(Files.readAllLines(out.resolve("left.csv")))
                .containsExactly(
                        "id,given_names,family_name,aliases,dob,sex,pnc_id,postcode,address,email,person_id",
                        "rec-1-org,ada,testperson,,1984-06-07,,,2600,12 acacia avenue,,1",
                        "rec-2-org,bea,sampleton,,,,,2601,3 elm road,,2");
        assertThat(Files.readAllLines(out.resolve("right.csv")))
                .containsExactly(
                        "id,given_names,family_name,aliases,dob,sex,pnc_id,postcode,address,email,person_id",
                        "rec-1-dup-0,adda,testperson,,1984-06-07,,,2600,12 acacia avenue,,1",
                        "rec-2-dup-0,,,,1992-01-13,,,2601,3 elm road,,2");
    }

    @Test
    void theWrittenFilesReadBackAsTheSplitOfBothPublicDataSets() throws Exception {
        for (PublicDataSet format : PublicDataSet.values()) {
            Path input = PublicDataSetEvaluationTests.resourcePath(format.label() + ".csv");
            Path out = dir.resolve(format.label());
            Run run = run("match-split", "--data-set=" + format.label(), "--input=" + input, "--out=" + out);
            assertThat(run.status()).as(run.err()).isZero();

            TwoForceSplit split =
                    TwoForceSplit.of(ClusteredDataSet.read(format, input).records());
            // What match-eval reads is exactly what the evaluation test scores.
            assertThat(PeopleCsv.read(out.resolve("left.csv"), MatchSplitCommand.TRUTH)
                            .rows())
                    .as(format.label())
                    .isEqualTo(split.left());
            assertThat(PeopleCsv.read(out.resolve("right.csv"), MatchSplitCommand.TRUTH)
                            .rows())
                    .as(format.label())
                    .isEqualTo(split.right());
        }
    }

    @Test
    void everyFieldOfAPersonSurvivesTheCsvColumns() throws Exception {
        PersonIdentity person = new PersonIdentity(
                List.of("Ada"),
                List.of("Testperson-Sampleton"),
                List.of("Ada Sample", "Sampleton, Ada"),
                new PartialDate(1984, null, 7),
                Sex.FEMALE,
                List.of(new PostalAddress("ZZ9 9ZZ", "1 Test Street, Flat 2")),
                "12/345678A",
                null,
                "ada@example.org");
        List<PeopleCsv.Row> rows = new ArrayList<>();
        rows.add(new PeopleCsv.Row("p1", person, "7"));
        for (Sex sex : List.of(Sex.MALE, Sex.OTHER, Sex.UNKNOWN)) {
            rows.add(new PeopleCsv.Row(
                    "p-" + sex,
                    PersonIdentity.of("Bea", "Testperson", PartialDate.unknown())
                            .withSex(sex),
                    "8"));
        }
        StringBuilder csv = new StringBuilder(PeopleCsv.line(MatchSplitCommand.COLUMNS)).append('\n');
        rows.forEach(
                row -> csv.append(PeopleCsv.line(MatchSplitCommand.fields(row))).append('\n'));
        Path file = Files.writeString(dir.resolve("people.csv"), csv);

        assertThat(PeopleCsv.read(file, MatchSplitCommand.TRUTH).rows()).isEqualTo(rows);
    }

    @Test
    void badArgumentsExitWithTwoAndTheUsage() throws Exception {
        String input = Files.writeString(dir.resolve("in.csv"), ClusteredDataSetTests.SPLINK_HEADER)
                .toString();
        String out = dir.resolve("out").toString();
        assertBadArguments(new String[] {"match-split"}, "--data-set, --input and --out are required");
        assertBadArguments(
                new String[] {"match-split", "--data-set", "febrl3", "--input", input},
                "--data-set, --input and --out");
        assertBadArguments(
                new String[] {"match-split", "--data-set", "febrl4", "--input", input, "--out", out},
                "unknown data set febrl4; known: febrl3, splink-fake-1000");
        assertBadArguments(
                new String[] {"match-split", "--data-set", "febrl3", "--input", input, "--out", out, "--seed", "1"},
                "unknown option --seed");
        assertBadArguments(
                new String[] {"match-split", "--data-set", "febrl3", "--input", input, "--out"}, "--out needs a value");
        assertBadArguments(new String[] {"match-split", "febrl3"}, "unexpected argument febrl3");
        assertBadArguments(
                new String[] {
                    "match-split",
                    "--data-set",
                    "febrl3",
                    "--input",
                    dir.resolve("missing.csv").toString(),
                    "--out",
                    out
                },
                "cannot read");
    }

    @Test
    void unusableInputExitsWithTwoNamingTheLineButNoContent() throws Exception {
        Path wrongFormat = Files.writeString(
                dir.resolve("fake.csv"), ClusteredDataSetTests.SPLINK_HEADER + "0,Ada,Testperson,1984-06-07,,,0\n");
        Path badId = Files.writeString(
                dir.resolve("bad-id.csv"),
                ClusteredDataSetTests.FEBRL_HEADER + "record-1, ada, testperson, 1, a street, , t, 2600, act, , 1\n");
        String out = dir.resolve("out").toString();

        Run wrong = run("match-split", "--data-set", "febrl3", "--input", wrongFormat.toString(), "--out", out);
        assertThat(wrong.status()).isEqualTo(2);
        assertThat(wrong.err()).contains("no 'rec_id' column");

        Run bad = run("match-split", "--data-set", "febrl3", "--input", badId.toString(), "--out", out);
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("line 2").doesNotContain("record-1").doesNotContain("testperson");
    }

    @Test
    void anOutputDirectoryThatCannotBeMadeExitsWithTwo() throws Exception {
        Path input = Files.writeString(
                dir.resolve("fake.csv"), ClusteredDataSetTests.SPLINK_HEADER + "0,Ada,Testperson,1984-06-07,,,0\n");
        Path aFile = Files.writeString(dir.resolve("a-file"), "not a directory");

        Run run = run(
                "match-split",
                "--data-set",
                "splink-fake-1000",
                "--input",
                input.toString(),
                "--out",
                aFile.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("cannot read or write a file");
    }

    private static void assertBadArguments(String[] args, String message) {
        Run run = run(args);
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(message).contains("usage: match-split --data-set febrl3|splink-fake-1000");
    }

    record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = MatchSplitCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
