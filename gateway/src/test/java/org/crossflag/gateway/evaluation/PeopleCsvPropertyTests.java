package org.crossflag.gateway.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the rows of a people file hold (any text, quotes left open, too many or too few fields, bytes that are
 * not UTF-8), reading it never fails: each non-blank row is either kept or reported as skipped, once.
 */
class PeopleCsvPropertyTests {

    private static final String HEADER = String.join(",", PeopleCsv.COLUMNS) + ",truth\n";

    @Property(tries = 150, seed = "20261201")
    void everyRowIsKeptOrReportedAndReadingGoesOn(@ForAll("rows") List<byte[]> rows) throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes(HEADER.getBytes(StandardCharsets.UTF_8));
        int nonBlank = 0;
        for (byte[] row : rows) {
            content.writeBytes(row);
            content.write('\n');
            String text = new String(row, StandardCharsets.UTF_8);
            nonBlank += text.isBlank() && !text.contains("\uFFFD") ? 0 : 1;
        }
        Path file = Files.createTempFile("people-", ".csv");
        try {
            Files.write(file, content.toByteArray());

            PeopleCsv.People people = PeopleCsv.read(file, "truth");

            long skipped = people.issues().stream()
                    .filter(issue -> issue.reason().skipsRow())
                    .count();
            assertThat(people.rows().size() + skipped).isEqualTo(nonBlank);
            Set<String> ids = new HashSet<>();
            assertThat(people.rows())
                    .allSatisfy(row ->
                            assertThat(ids.add(row.id())).as("ids are unique").isTrue());
            assertThat(people.issues())
                    .allSatisfy(issue -> assertThat(issue.row()).isBetween(2, rows.size() + 1));
        } finally {
            Files.delete(file);
        }
    }

    @Provide
    Arbitrary<List<byte[]>> rows() {
        Arbitrary<String> field = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.strings().withChars("\"', ;-?0123456789").ofMaxLength(8),
                Arbitraries.of("", "A1", "A2", "Ada", "Lovelace", "1985-02-30", "1985-03-12", "12/345678A", "F"));
        Arbitrary<byte[]> csvRow = field.list()
                .ofMinSize(1)
                .ofMaxSize(12)
                .map(fields -> String.join(",", fields).replace('\n', ' ').replace('\r', ' '))
                .map(line -> line.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> rawBytes = Arbitraries.bytes()
                .filter(b -> b != '\n' && b != '\r')
                .array(byte[].class)
                .ofMaxSize(40);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, csvRow), net.jqwik.api.Tuple.of(1, rawBytes))
                .list()
                .ofMaxSize(15);
    }
}
