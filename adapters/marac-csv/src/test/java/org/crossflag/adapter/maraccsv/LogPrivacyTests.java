package org.crossflag.adapter.maraccsv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;

/**
 * Processes files about invented people through the route, down every path that logs (bad rows, a record the
 * node refuses with a message that wrongly holds a name, a node failure, a file without a header line, a
 * malformed file), and checks that no log line holds any of their values.
 */
class LogPrivacyTests {

    /** Columns whose values are codes, not facts about a person or a case. */
    static final Set<String> CODE_COLUMNS = Set.of(
            "record_type",
            "forum",
            "sex",
            "score_tool",
            "score_version",
            "score_value",
            "subject_role",
            "abuse_type",
            "victim1_sex",
            "victim1_relationship",
            "victim1_role",
            "victim2_relationship");

    static final Set<String> NAME_AND_ADDRESS_COLUMNS =
            Set.of("given_names", "family_name", "aliases", "address", "victim1_given_names", "victim2_given_names");

    @TempDir
    Path dir;

    final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    final Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    final Logger adapterLogger = (Logger) LoggerFactory.getLogger("org.crossflag");
    Level rootLevel;
    DefaultCamelContext camel;

    @BeforeEach
    void captureLogs() {
        rootLevel = root.getLevel();
        root.setLevel(Level.DEBUG); // stricter than a node runs (INFO): Camel's debug lines are checked too
        adapterLogger.setLevel(Level.TRACE); // everything this adapter could ever log
        appender.start();
        root.addAppender(appender);
    }

    @AfterEach
    void restore() {
        if (camel != null) {
            camel.stop();
        }
        root.detachAppender(appender);
        root.setLevel(rootLevel);
        adapterLogger.setLevel(null);
    }

    @Test
    void logsHoldFileNamesRowNumbersCountsAndReasonCodesButNoValues() throws Exception {
        List<Map<String, String>> people = List.of(
                person(
                        1,
                        "Oswin Perceval",
                        "Tarrant-Bleek",
                        "Ozzy Bleek;Oswin Tarrant",
                        "1982-06-14",
                        "CO4 3ZP",
                        "9 Quillon Terrace",
                        "07700 900561",
                        "oswin.tb@mail.example",
                        "84/220917R"),
                person(
                        2,
                        "Marisol",
                        "Quenby",
                        "Mari Quenby",
                        "03/09/1991",
                        "SS1 2QX",
                        "Flat 4, Wendover Yard",
                        "07700 900562",
                        "mquenby@mail.example",
                        "09/117734C"),
                person(
                        3,
                        "Thaddeus",
                        "Wolvercote",
                        "",
                        "1975",
                        "IP5 1RY",
                        "The Old Granary, Hobb Lane",
                        "07700 900563",
                        "twolvercote@mail.example",
                        ""),
                person(
                        4,
                        "Ingrid Solveig",
                        "Marchetti-Yoon",
                        "Ingrid Yoon",
                        "1988-12",
                        "ME14 9ZX",
                        "22 Pellow Crescent",
                        "07700 900564",
                        "",
                        "13/556102K"),
                person(
                        5,
                        "Caspian",
                        "Drewett",
                        "Cas Drewett",
                        "1969-01-30",
                        "CT9 4NZ",
                        "5 Ferrow Close",
                        "07700 900565",
                        "cdrewett@mail.example",
                        "99/300221B"));
        // The first and fourth are stored with their victims.
        people.get(0)
                .putAll(Map.of(
                        "subject_role", "BOTH",
                        "abuse_type", "DOMESTIC_ABUSE",
                        "victim1_given_names", "Honoria Maud",
                        "victim1_family_name", "Pellinore",
                        "victim1_dob", "19/02/1987",
                        "victim1_sex", "F",
                        "victim1_postcode", "CO4 9XQ",
                        "victim1_relationship", "EX_PARTNER",
                        "victim1_role", "BOTH"));
        people.get(3)
                .putAll(Map.of(
                        "victim2_person_id", "P-PRV-5521",
                        "victim2_given_names", "Gwendolyn",
                        "victim2_family_name", "Achterberg",
                        "victim2_dob", "1958-04",
                        "victim2_relationship", "child to parent"));
        SyntheticExport good = SyntheticExport.withAllColumns();
        people.forEach(good::row);
        // Bad rows about the same people: a bad date of birth, an unknown forum, a stray value, half a score.
        good.row(change(people.get(0), "reference", "MARAC-PRV-0101", "dob", "1982-06-41"));
        good.row(change(people.get(1), "reference", "MARAC-PRV-0102", "forum", "Quenby panel"));
        good.row(change(people.get(2), "reference", "MARAC-PRV-0103", "score_tool", ""));
        good.row(change(people.get(3), "reference", "MARAC-PRV-0104", "family_name", "Marchetti-Yoon\u0007"));
        // Bad victims: a bad date of birth, a relationship written as words about the person, no family name.
        good.row(change(people.get(0), "reference", "MARAC-PRV-0106", "victim1_dob", "1987-02-31"));
        good.row(change(people.get(0), "reference", "MARAC-PRV-0107", "victim1_relationship", "Honoria's ex"));
        good.row(change(people.get(3), "reference", "MARAC-PRV-0108", "victim2_family_name", ""));
        String goodText =
                good.text() + "HEARING,MARAC-PRV-0105,MARAC,2026-04-02,P-PRV-9105,Caspian,Drewett,,1969-01-30,M,,"
                        + "CT9 4NZ,5 Ferrow Close,Margate,07700 900565,,MARAC coordinator Thanet,01632 960555,,,,\r\n";

        RecordingSink sink = new RecordingSink()
                .refuse(
                        people.get(1).get("reference"),
                        "SUBJECT_UNIDENTIFIABLE",
                        "Marisol Quenby born 03/09/1991 lacks a PNC id")
                .refuse(people.get(2).get("reference"), "NO_MATCH_FOR Thaddeus Wolvercote", "Thaddeus Wolvercote")
                .failNext(1);
        start(sink);

        drop("GB-PRV-marac.csv", goodText);
        awaitMoved("GB-PRV-marac.csv", ".done");

        // A file saved without its header line: its first row would become the column names.
        String headerless = goodText.lines().skip(1).collect(Collectors.joining("\r\n")) + "\r\n";
        drop("no-header.csv", headerless);
        awaitMoved("no-header.csv", ".failed");

        drop("broken.csv", goodText + "HEARING,\"MARAC-PRV-0199,Caspian \"Cas\" Drewett\r\n");
        awaitMoved("broken.csv", ".failed");

        List<ILoggingEvent> events = loggedSoFar();
        List<String> logged = events.stream().map(LogPrivacyTests::everythingIn).toList();
        String all = String.join("\n", logged);
        // Each file is named by its reference: a force might name an export after a person.
        assertThat(all)
                .contains(
                        FileReference.of("GB-PRV-marac.csv"),
                        "row 7",
                        "INVALID_DATE_OF_BIRTH",
                        "UNKNOWN_FORUM",
                        "SCORE_INCOMPLETE",
                        "UNKNOWN_RELATIONSHIP",
                        "VICTIM_UNIDENTIFIABLE",
                        "victim1_dob",
                        "INVALID_CHARACTERS",
                        "WRONG_CELL_COUNT",
                        "SUBJECT_UNIDENTIFIABLE",
                        "REJECTED_BY_NODE",
                        "UNKNOWN_COLUMN",
                        "FILE_UNREADABLE",
                        "did not take",
                        FileReference.of("no-header.csv"),
                        FileReference.of("broken.csv"),
                        "3 stored");
        // Camel's own DEBUG lines name the files it polls; the adapter's lines, and its exceptions, never do.
        List<String> adapterLines = events.stream()
                .filter(event -> event.getLoggerName().startsWith("org.crossflag") || event.getThrowableProxy() != null)
                .map(LogPrivacyTests::everythingIn)
                .toList();
        assertThat(adapterLines).isNotEmpty();
        for (String fileName : List.of("GB-PRV-marac", "no-header", "broken.csv")) {
            assertThat(adapterLines)
                    .as("adapter log lines naming %s", fileName)
                    .noneMatch(line -> line.contains(fileName));
        }
        List<String> values = new ArrayList<>();
        for (Map<String, String> person : people) {
            person.forEach((column, value) -> {
                if (!CODE_COLUMNS.contains(column) && !value.isEmpty()) {
                    values.add(value);
                }
                if (NAME_AND_ADDRESS_COLUMNS.contains(column)) {
                    // Each name and each word of an address on its own, too.
                    values.addAll(List.of(value.split("[ ;,]+")).stream()
                            .filter(part -> part.length() >= 4)
                            .toList());
                }
            });
        }
        values.addAll(List.of("Margate", "1982-06-41", "Quenby panel", "1987-02-31", "Honoria's ex"));
        for (String value : values) {
            assertThat(logged).as("log lines holding \"%s\"", value).noneMatch(line -> line.contains(value));
        }
    }

    static Map<String, String> person(
            int n,
            String givenNames,
            String familyName,
            String aliases,
            String dob,
            String postcode,
            String address,
            String phone,
            String email,
            String pncId) {
        Map<String, String> row = SyntheticExport.hearing(n);
        row.putAll(Map.of(
                "reference",
                "MARAC-PRV-" + (9000 + n),
                "person_id",
                "P-PRV-" + (4400 + n),
                "given_names",
                givenNames,
                "family_name",
                familyName,
                "aliases",
                aliases,
                "dob",
                dob,
                "postcode",
                postcode,
                "address",
                address,
                "phone",
                phone,
                "email",
                email));
        row.put("pnc_id", pncId);
        row.put("date", "2026-0" + n + "-1" + n);
        row.put("coordinator_name", "MARAC coordinator, Quarrybank " + n);
        row.put("coordinator_phone", "01632 96077" + n);
        row.put("coordinator_email", "marac" + n + "@quarrybank.police.example");
        return row;
    }

    static Map<String, String> change(Map<String, String> row, String... changes) {
        Map<String, String> changed = new java.util.LinkedHashMap<>(row);
        for (int i = 0; i < changes.length; i += 2) {
            changed.put(changes[i], changes[i + 1]);
        }
        return changed;
    }

    /** A log event's message, arguments' rendering, MDC and every throwable's class and message in its chain. */
    static String everythingIn(ILoggingEvent event) {
        StringBuilder text =
                new StringBuilder(event.getFormattedMessage()).append(' ').append(event.getMDCPropertyMap());
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            text.append(' ').append(t.getClassName()).append(": ").append(t.getMessage());
            for (IThrowableProxy suppressed : t.getSuppressed()) {
                text.append(' ').append(suppressed.getMessage());
            }
        }
        return text.toString();
    }

    Path inbox;

    void start(RecordingSink sink) throws Exception {
        inbox = InboxFolders.prepare(dir.resolve("inbox"));
        MaracCsvImporter importer = new MaracCsvImporter(
                sink, "marac-csv", new MaracCsvRowMapper(MaracCsvRowMapperTests.CLOCK), new ErrorReportWriter(inbox));
        camel = new DefaultCamelContext();
        camel.addRoutes(new MaracCsvRoute(inbox, Duration.ofMillis(100), importer));
        camel.start();
    }

    void drop(String name, String text) throws Exception {
        Path aside = dir.resolve(name + ".part");
        Files.writeString(aside, text);
        Files.move(aside, inbox.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    void awaitMoved(String name, String folder) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Files.exists(inbox.resolve(folder).resolve(name)) && !Files.exists(inbox.resolve(name)));
    }

    /** A copy taken under the appender's own lock: Camel's threads may still be logging while the test reads. */
    private List<ILoggingEvent> loggedSoFar() {
        synchronized (appender) {
            return new ArrayList<>(appender.list);
        }
    }
}
