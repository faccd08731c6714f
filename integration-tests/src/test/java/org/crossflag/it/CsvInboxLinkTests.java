package org.crossflag.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.crossflag.it.TestFederation.ESSEX;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Someone who can write to the MARAC share drops a symbolic link named like an export, pointing at the federation
 * matching secret. The node refuses the link without reading through it: nothing of the secret reaches the error
 * report, the logs or the database.
 */
class CsvInboxLinkTests {

    @TempDir
    static Path dir;

    static TestFederation federation;
    static Path inbox;
    static Path secret;
    static CapturedLogs logs;

    @BeforeAll
    static void start() throws Exception {
        secret = HearingsFederation.matchingSecret(dir.resolve("keys"), "matching-v1.key");
        Path policy = HearingsFederation.openPolicy(dir.resolve("policy"));
        inbox = dir.resolve("marac-inbox");
        federation = new TestFederation(dir, TestFederation.Database.H2, List.of(ESSEX), code -> {
            Map<String, Object> settings = HearingsFederation.settings(code, secret, policy, "PT5S");
            settings.put("crossflag.adapters.marac-csv.enabled", "true");
            settings.put("crossflag.adapters.marac-csv.inbox", inbox.toString());
            settings.put("crossflag.adapters.marac-csv.poll-interval", "PT0.2S");
            return settings;
        });
        logs = CapturedLogs.attach();
    }

    @AfterAll
    static void stop() {
        if (federation != null) {
            federation.close();
        }
        if (logs != null) {
            logs.close();
        }
    }

    @Test
    void aLinkToTheMatchingSecretIsRefusedAndNothingOfTheSecretAppearsAnywhere() throws Exception {
        String secretText = Files.readString(secret).strip();
        Path link = Files.createSymbolicLink(inbox.resolve("k.csv"), secret);
        Path report = inbox.resolve(".failed").resolve("k.errors.csv");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> Files.exists(report) && !Files.exists(link, LinkOption.NOFOLLOW_LINKS));

        String reportText = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(reportText).as("error report").doesNotContain(secretText).contains("SYMBOLIC_LINK");
        // The link itself was moved, never a copy of what it points at.
        Path moved = inbox.resolve(".failed").resolve("k.csv");
        assertThat(Files.isSymbolicLink(moved))
                .as(".failed/k.csv is still the link")
                .isTrue();
        assertThat(regularFilesContaining(inbox, secretText))
                .as("files under the inbox holding the secret")
                .isEmpty();
        assertThat(logs.all()).as("log lines").doesNotContain(secretText);
        assertThat(logs.all()).contains("SYMBOLIC_LINK");
        RunningNode essex = federation.node(ESSEX);
        assertThat(essex.jdbc().queryForObject("select count(*) from hearing", Long.class))
                .isZero();
        assertThat(essex.jdbc().queryForObject("select count(*) from referral", Long.class))
                .isZero();
        String database = String.join("\n", essex.jdbc().queryForList("script", String.class));
        assertThat(database).as("the whole database, as H2 scripts it").doesNotContain(secretText);
        // The secret file itself is untouched.
        assertThat(Files.readString(secret).strip()).isEqualTo(secretText);
    }

    private static List<Path> regularFilesContaining(Path root, String text) throws Exception {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .toList()) {
                if (new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text)) {
                    found.add(file);
                }
            }
        }
        return found;
    }
}
