package org.crossflag.adapter.maraccsv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.crossflag.adapter.Forum;
import org.crossflag.adapter.LocalHearing;
import org.crossflag.adapter.LocalPerson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The demo's example exports (invented people) load without a single rejected row, and tell exactly one
 * cross-force story: Robert James Ashdown-Hale, heard at MARAC in Essex in 2026.
 */
class DemoDataTests {

    static final Path DEMO_DATA = Path.of("../../demo/data");
    static final List<String> FORCES = List.of("GB-ESX", "GB-KNT", "GB-SFK");

    @TempDir
    Path inbox;

    @ParameterizedTest
    @ValueSource(strings = {"GB-ESX", "GB-KNT", "GB-SFK"})
    void everyRowOfAForcesExportIsAGoodHearing(String force) throws Exception {
        RecordingSink sink = new RecordingSink();
        List<List<String>> records = records(force);

        FileOutcome outcome = importer(sink).importFile(force + "-marac.csv", records);

        assertThat(outcome.rows()).isBetween(10, 30);
        assertThat(outcome.rejected()).isZero();
        assertThat(outcome.stored()).isEqualTo(outcome.rows());
        assertThat(sink.referrals()).isEmpty();
        assertThat(sink.hearings())
                .allSatisfy(hearing -> assertThat(hearing.localReference()).contains("-" + force.substring(3) + "-"));
    }

    @Test
    void robertJamesAshdownHaleIsTheOneCrossForceStoryWithAVictimInEachForce() throws Exception {
        Map<String, List<LocalHearing>> byForce = new HashMap<>();
        for (String force : FORCES) {
            RecordingSink sink = new RecordingSink();
            importer(sink).importFile(force + "-marac.csv", records(force));
            byForce.put(force, sink.hearings());
        }

        List<LocalHearing> robert = new ArrayList<>();
        byForce.forEach((force, hearings) -> hearings.stream()
                .filter(h -> h.subject().familyNames().contains("Ashdown-Hale"))
                .forEach(robert::add));
        // Essex heard him at MARAC for harm to his ex-partner, Kent at MATAC for harm to his partner.
        assertThat(robert).hasSize(2);
        LocalHearing hearing = byForce.get("GB-ESX").stream()
                .filter(robert::contains)
                .findFirst()
                .orElseThrow();
        LocalHearing kent = byForce.get("GB-KNT").stream()
                .filter(robert::contains)
                .findFirst()
                .orElseThrow();
        assertThat(hearing.forum()).isEqualTo(Forum.MARAC);
        assertThat(hearing.heardOn().getYear()).isEqualTo(2026);
        assertThat(hearing.heardOn()).isBefore(LocalDate.of(2026, 11, 29));
        assertThat(hearing.subject().givenNames()).containsExactly("Robert", "James");
        assertThat(hearing.subject().dateOfBirth()).isEqualTo("1986-03-07");
        assertThat(kent.forum()).isEqualTo(Forum.MATAC);
        assertThat(kent.subject().dateOfBirth()).isEqualTo("1986-03-07");
        assertThat(List.of(hearing, kent))
                .allSatisfy(h -> assertThat(h.victims()).hasSize(1));
        assertThat(namesOf(hearing.victims().get(0).person()))
                .doesNotContainAnyElementsOf(namesOf(kent.victims().get(0).person()));

        // Nobody else is in two forces' files, and nobody else shares a part of his name.
        Map<String, String> forceOfFamilyName = new HashMap<>();
        byForce.forEach((force, hearings) -> hearings.forEach(h -> {
            if (robert.contains(h)) {
                return;
            }
            String family = h.subject().familyNames().get(0).toLowerCase(Locale.ROOT);
            String earlier = forceOfFamilyName.put(family, force);
            assertThat(earlier).as("family name %s in two files", family).isNull();
            assertThat(namesOf(h.subject())).doesNotContain("ashdown", "hale", "robert", "rob", "bob", "bobby");
            assertThat(h.subject().dateOfBirth()).isNotIn("1986-03-07", "1986-07-03");
        }));
    }

    static List<String> namesOf(LocalPerson person) {
        List<String> names = new ArrayList<>();
        person.givenNames().forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
        person.familyNames()
                .forEach(name ->
                        names.addAll(List.of(name.toLowerCase(Locale.ROOT).split("-"))));
        person.aliases()
                .forEach(alias ->
                        names.addAll(List.of(alias.toLowerCase(Locale.ROOT).split("[ -]"))));
        return names;
    }

    MaracCsvImporter importer(RecordingSink sink) {
        return new MaracCsvImporter(
                sink, "marac-csv", new MaracCsvRowMapper(MaracCsvRowMapperTests.CLOCK), new ErrorReportWriter(inbox));
    }

    static List<List<String>> records(String force) throws Exception {
        return Csv.parse(Files.readString(DEMO_DATA.resolve(force + "-marac.csv"), StandardCharsets.UTF_8));
    }
}
