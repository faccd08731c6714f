package org.crossflag.gateway.hearings.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The kinds and statuses are stored, shown by the API and read by the inbox under these names: renaming a constant
 * would strand the alerts already stored. Each name also fits its column in the migration that creates the table.
 */
class AlertStoredValuesTests {

    static final Path CREATES_ALERT =
            Path.of("src/main/resources/db/migration/V6__inbound_processing_and_hearings.sql");

    @Test
    void theKindsAreTheStoredNames() {
        assertThat(Arrays.stream(AlertKind.values()).map(Enum::name))
                .containsExactly("PRIOR_HEARING_ELSEWHERE", "REFERRED_ELSEWHERE", "CIRCUMSTANCE_CHANGE");
    }

    @Test
    void theStatusesAreTheStoredNames() {
        assertThat(Arrays.stream(AlertStatus.values()).map(Enum::name))
                .containsExactlyInAnyOrder("REVIEW", "OPEN", "ACKNOWLEDGED", "NOT_SAME_PERSON", "WITHDRAWN");
        assertThat(AlertStatus.named("OPEN")).contains(AlertStatus.OPEN);
        assertThat(AlertStatus.named("open")).isEmpty();
        assertThat(AlertStatus.named("")).isEmpty();
    }

    @Test
    void everyNameFitsItsColumn() throws IOException {
        String alertTable = alertTable(Files.readString(CREATES_ALERT));

        int kindWidth = width(alertTable, "kind");
        int statusWidth = width(alertTable, "status");

        assertThat(Arrays.stream(AlertKind.values()).map(Enum::name))
                .allSatisfy(name -> assertThat(name.length()).isLessThanOrEqualTo(kindWidth));
        assertThat(Arrays.stream(AlertStatus.values()).map(Enum::name))
                .allSatisfy(name -> assertThat(name.length()).isLessThanOrEqualTo(statusWidth));
    }

    static String alertTable(String migration) {
        int start = migration.indexOf("create table alert (");
        assertThat(start).as("the migration creates the alert table").isNotNegative();
        return migration.substring(start, migration.indexOf(");", start));
    }

    static int width(String table, String column) {
        Matcher declared =
                Pattern.compile("\\n\\s*" + column + "\\s+varchar\\((\\d+)\\)").matcher(table);
        assertThat(declared.find()).as("column %s is a varchar", column).isTrue();
        return Integer.parseInt(declared.group(1));
    }
}
