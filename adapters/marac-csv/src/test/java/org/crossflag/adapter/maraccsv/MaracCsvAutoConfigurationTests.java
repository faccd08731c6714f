package org.crossflag.adapter.maraccsv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.crossflag.adapter.LocalRecordSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The adapter switches on with one key, checks its settings at start-up, and needs the node's record sink. */
class MaracCsvAutoConfigurationTests {

    @TempDir
    Path dir;

    final RecordingSink sink = new RecordingSink();

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class, MaracCsvAutoConfiguration.class))
            .withBean(LocalRecordSink.class, () -> sink);

    @Test
    void theAdapterIsOffUnlessEnabled() {
        runner.run(context -> {
            assertThat(context)
                    .hasNotFailed()
                    .doesNotHaveBean(MaracCsvRoute.class)
                    .doesNotHaveBean(MaracCsvProperties.class);
        });
        runner.withPropertyValues(
                        "crossflag.adapters.marac-csv.enabled=false", "crossflag.adapters.marac-csv.inbox=" + dir)
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MaracCsvRoute.class));
    }

    @Test
    void enabledItPreparesTheInboxAndHandsDroppedRowsToTheNode() {
        Path inbox = dir.resolve("exports/inbox");
        runner.withPropertyValues(
                        "crossflag.adapters.marac-csv.enabled=true",
                        "crossflag.adapters.marac-csv.inbox=" + inbox,
                        "crossflag.adapters.marac-csv.adapter-id=essex-marac",
                        "crossflag.adapters.marac-csv.poll-interval=PT0.2S")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(MaracCsvRoute.class);
                    assertThat(context.getBean(CamelContext.class).getRoute(MaracCsvRoute.ROUTE_ID))
                            .isNotNull();
                    assertThat(inbox.resolve(".done")).isDirectory();
                    assertThat(inbox.resolve(".failed")).isDirectory();

                    Files.writeString(
                            dir.resolve("a.csv"),
                            SyntheticExport.withAllColumns().hearingRow(1).text());
                    Files.move(dir.resolve("a.csv"), inbox.resolve("a.csv"));

                    await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(inbox.resolve(".done/a.csv")));
                    assertThat(sink.calls()).containsExactly("essex-marac/MARAC-TST-2026-0001");
                });
    }

    @Test
    void adapterIdAndPollIntervalHaveDefaults() {
        runner.withPropertyValues(
                        "crossflag.adapters.marac-csv.enabled=true", "crossflag.adapters.marac-csv.inbox=" + dir)
                .run(context -> {
                    MaracCsvProperties properties = context.getBean(MaracCsvProperties.class);
                    assertThat(properties.adapterId()).isEqualTo("marac-csv");
                    assertThat(properties.pollInterval()).isEqualTo(Duration.ofSeconds(5));
                    assertThat(properties.inbox()).isEqualTo(dir);
                });
    }

    @Test
    void aMissingInboxStopsStartUpNamingTheKey() {
        runner.withPropertyValues("crossflag.adapters.marac-csv.enabled=true")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("crossflag.adapters.marac-csv")
                        .hasMessageContaining("inbox"));
    }

    @Test
    void anInboxThatIsNotAFolderItCanCreateStopsStartUpNamingTheKey() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        for (Path inbox : new Path[] {file, file.resolve("inbox")}) {
            runner.withPropertyValues(
                            "crossflag.adapters.marac-csv.enabled=true", "crossflag.adapters.marac-csv.inbox=" + inbox)
                    .run(context -> assertThat(configurationFailure(context.getStartupFailure()))
                            .hasMessageStartingWith("crossflag.adapters.marac-csv.inbox: ")
                            .hasMessageContaining("is not a directory and cannot be created")
                            .extracting(MaracCsvConfigurationException::key)
                            .isEqualTo("crossflag.adapters.marac-csv.inbox"));
        }
    }

    static MaracCsvConfigurationException configurationFailure(Throwable startupFailure) {
        for (Throwable failure = startupFailure; failure != null; failure = failure.getCause()) {
            if (failure instanceof MaracCsvConfigurationException configuration) {
                return configuration;
            }
        }
        throw new AssertionError("start-up did not fail on the adapter's configuration", startupFailure);
    }

    @Test
    void anUnknownKeyStopsStartUpNamingIt() {
        runner.withPropertyValues(
                        "crossflag.adapters.marac-csv.enabled=true",
                        "crossflag.adapters.marac-csv.inbox=" + dir,
                        "crossflag.adapters.marac-csv.inbx=" + dir)
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("crossflag.adapters.marac-csv.inbx"));
    }

    @Test
    void badValuesStopStartUpNamingTheKey() {
        runner.withPropertyValues(
                        "crossflag.adapters.marac-csv.enabled=true",
                        "crossflag.adapters.marac-csv.inbox=" + dir,
                        "crossflag.adapters.marac-csv.adapter-id=MARAC CSV/Essex")
                .run(context ->
                        assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("adapterId"));
        runner.withPropertyValues(
                        "crossflag.adapters.marac-csv.enabled=true",
                        "crossflag.adapters.marac-csv.inbox=" + dir,
                        "crossflag.adapters.marac-csv.poll-interval=PT0.01S")
                .run(context ->
                        assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("pollInterval"));
        runner.withPropertyValues(
                        "crossflag.adapters.marac-csv.enabled=true",
                        "crossflag.adapters.marac-csv.inbox=" + dir,
                        "crossflag.adapters.marac-csv.poll-interval=often")
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .hasStackTraceContaining("crossflag.adapters.marac-csv.poll-interval"));
    }

    @Test
    void itNeedsTheNodesRecordSink() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class, MaracCsvAutoConfiguration.class))
                .withPropertyValues(
                        "crossflag.adapters.marac-csv.enabled=true", "crossflag.adapters.marac-csv.inbox=" + dir)
                .run(context -> assertThat(context)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .isInstanceOf(NoSuchBeanDefinitionException.class)
                        .hasMessageContaining(LocalRecordSink.class.getName()));
    }
}
