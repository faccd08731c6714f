package org.crossflag.gateway.matching;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.crossflag.gateway.evaluation.PeopleCsv;

/**
 * Writes a synthetic data set as two CSV files, one per force, in match-eval's columns plus {@code person_id},
 * the ground truth. Run as a main: {@code SyntheticPeopleFiles DIR PEOPLE SEED} writes DIR/left.csv and
 * DIR/right.csv.
 */
public final class SyntheticPeopleFiles {

    static final String TRUTH = "person_id";

    private SyntheticPeopleFiles() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        write(dir, SyntheticPeople.generate(Long.parseLong(args[2]), Integer.parseInt(args[1]), 0.3));
    }

    public static void write(Path dir, SyntheticPeople.Dataset dataset) throws IOException {
        Files.createDirectories(dir);
        write(dir.resolve("left.csv"), dataset.left());
        write(dir.resolve("right.csv"), dataset.right());
    }

    private static void write(Path file, List<SyntheticPeople.Person> people) throws IOException {
        List<String> header = new ArrayList<>(PeopleCsv.COLUMNS);
        header.add(TRUTH);
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write(PeopleCsv.line(header));
            writer.write('\n');
            for (SyntheticPeople.Person person : people) {
                writer.write(PeopleCsv.line(person.csvFields()));
                writer.write('\n');
            }
        }
    }
}
