package org.crossflag.adapter.maraccsv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.crossflag.adapter.LocalRecordSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/** What an operator reads when a node with a bad adapter setting does not start: the key to fix. */
@ExtendWith(OutputCaptureExtension.class)
class StartUpFailureReportTests {

    @TempDir
    Path dir;

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Node {

        @Bean
        LocalRecordSink localRecordSink() {
            return new RecordingSink();
        }
    }

    @Test
    void anInboxThatCannotBeCreatedIsNamed(CapturedOutput output) throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> start("--crossflag.adapters.marac-csv.inbox=" + file.resolve("inbox")));
        assertThat(output.getAll())
                .contains("Invalid MARAC CSV adapter configuration: crossflag.adapters.marac-csv.inbox: ")
                .contains("Correct the setting 'crossflag.adapters.marac-csv.inbox'");
    }

    @Test
    void aMissingInboxIsNamed(CapturedOutput output) {
        assertThatThrownBy(this::start);
        assertThat(output.getAll())
                .contains("Property: crossflag.adapters.marac-csv.inbox")
                .contains("must not be null");
    }

    @Test
    void aNodeConfiguredByTheOldNamesStartsAndWarnsOnceAtStartUp(CapturedOutput output) {
        try (ConfigurableApplicationContext node = new SpringApplicationBuilder(Node.class)
                .web(WebApplicationType.NONE)
                .run("--adapters.marac-csv.enabled=true", "--adapters.marac-csv.inbox=" + dir)) {
            assertThat(node.getBean(MaracCsvRoute.class)).isNotNull();
            assertThat(node.getBean(MaracCsvProperties.class).inbox()).isEqualTo(dir);
        }
        assertThat(output.getAll())
                .containsOnlyOnce("The setting adapters.marac-csv.enabled is deprecated and will be removed: "
                        + "rename it crossflag.adapters.marac-csv.enabled")
                .containsOnlyOnce("The setting adapters.marac-csv.inbox is deprecated and will be removed: "
                        + "rename it crossflag.adapters.marac-csv.inbox");
    }

    @Test
    void oneSettingUnderItsOldAndItsNewNameIsNamedInTheReport(CapturedOutput output) {
        assertThatThrownBy(
                        () -> start("--crossflag.adapters.marac-csv.inbox=" + dir, "--adapters.marac-csv.inbox=" + dir))
                .isInstanceOf(MaracCsvConfigurationException.class);
        assertThat(output.getAll())
                .contains("Invalid MARAC CSV adapter configuration: adapters.marac-csv.inbox: set together with "
                        + "crossflag.adapters.marac-csv.inbox")
                .contains("Remove the old setting 'adapters.marac-csv.inbox'");
    }

    void start(String... arguments) {
        String[] args = new String[arguments.length + 1];
        args[0] = "--crossflag.adapters.marac-csv.enabled=true";
        System.arraycopy(arguments, 0, args, 1, arguments.length);
        new SpringApplicationBuilder(Node.class)
                .web(WebApplicationType.NONE)
                .run(args)
                .close();
    }
}
