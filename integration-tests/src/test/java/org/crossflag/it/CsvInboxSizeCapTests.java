package org.crossflag.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.crossflag.it.TestFederation.ESSEX;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export larger than {@code crossflag.adapters.marac-csv.max-file-size} is refused whole, with a reason code, before it is
 * parsed: nothing of it is stored. A file under the cap is read as usual.
 */
class CsvInboxSizeCapTests {

    static final String HEADER = "record_type,reference,forum,date,person_id,given_names,family_name,dob,"
            + "coordinator_name,coordinator_phone\n";

    @TempDir
    static Path dir;

    static TestFederation federation;
    static Path inbox;

    @BeforeAll
    static void start() throws Exception {
        Path secret = HearingsFederation.matchingSecret(dir.resolve("keys"), "matching-v1.key");
        Path policy = HearingsFederation.openPolicy(dir.resolve("policy"));
        inbox = dir.resolve("marac-inbox");
        federation = new TestFederation(dir, TestFederation.Database.H2, List.of(ESSEX), code -> {
            Map<String, Object> settings = HearingsFederation.settings(code, secret, policy, "PT5S");
            settings.put("crossflag.adapters.marac-csv.enabled", "true");
            settings.put("crossflag.adapters.marac-csv.inbox", inbox.toString());
            settings.put("crossflag.adapters.marac-csv.poll-interval", "PT0.2S");
            settings.put("crossflag.adapters.marac-csv.max-file-size", "4KB");
            return settings;
        });
    }

    @AfterAll
    static void stop() {
        if (federation != null) {
            federation.close();
        }
    }

    @Test
    void aFileOverTheCapIsRefusedWithItsReasonAndNothingIsStored() throws Exception {
        Path big = dir.resolve("big.csv");
        Files.writeString(big, export("BIG", 60), StandardCharsets.UTF_8);
        assertThat(Files.size(big)).isGreaterThan(4096);
        Files.move(big, inbox.resolve("big.csv"));

        Path report = inbox.resolve(".failed").resolve("big.errors.csv");
        Path moved = inbox.resolve(".failed").resolve("big.csv");
        // The report is written first, then the file is moved as the exchange completes.
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(report) && Files.exists(moved));
        assertThat(Files.readString(report)).contains("FILE_TOO_LARGE");
        assertThat(Files.exists(inbox.resolve("big.csv")))
                .as("still in the inbox")
                .isFalse();
        assertThat(hearings()).as("hearings stored from the oversized file").isZero();
    }

    @Test
    void aFileUnderTheCapIsRead() throws Exception {
        Path small = dir.resolve("small.csv");
        Files.writeString(small, export("SML", 3), StandardCharsets.UTF_8);
        Files.move(small, inbox.resolve("small.csv"));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> Files.exists(inbox.resolve(".done").resolve("small.csv")));
        assertThat(federation
                        .node(ESSEX)
                        .jdbc()
                        .queryForObject(
                                "select count(*) from hearing where local_reference like 'MARAC-SML-%'", Long.class))
                .isEqualTo(3);
    }

    private static String export(String tag, int rows) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            csv.append("HEARING,MARAC-")
                    .append(tag)
                    .append("-2026-")
                    .append(1000 + i)
                    .append(",MARAC,2026-03-0")
                    .append(1 + i % 9)
                    .append(",ESX-P-")
                    .append(tag)
                    .append(i)
                    .append(",Synthetic,Person")
                    .append(tag)
                    .append(i)
                    .append(",1980-01-01,MARAC coordinator,01632 960101\n");
        }
        return csv.toString();
    }

    private static long hearings() {
        return federation
                .node(ESSEX)
                .jdbc()
                .queryForObject("select count(*) from hearing where local_reference like 'MARAC-BIG-%'", Long.class);
    }
}
