package org.crossflag.gateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.CamelContext;
import org.crossflag.gateway.CrossflagApplication;
import org.crossflag.gateway.NodeFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * End to end on a real node database: a node records entries and its timer signs a checkpoint; once the node
 * has stopped, verify-audit and export-audit-checkpoints run with the node's own settings.
 */
class AuditCommandTests {

    @TempDir
    static Path dir;

    static NodeFixture fixture;
    // How many checkpoints the timer signed while the entries went in: one at seq 5, perhaps some before.
    static int checkpoints;

    @BeforeAll
    static void nodeRecordsAndCheckpoints() throws Exception {
        fixture = new NodeFixture(dir);
        List<String> args = fixture.nodeArguments();
        args.add("--crossflag.audit.checkpoint-interval=PT1S");
        try (ConfigurableApplicationContext node =
                new SpringApplicationBuilder(CrossflagApplication.class).run(args.toArray(String[]::new))) {
            assertThat(node.getBean(CamelContext.class).getRoute("audit-checkpoint"))
                    .isNotNull();
            AuditTrail trail = node.getBean(AuditTrail.class);
            for (int n = 1; n <= 5; n++) {
                trail.record(AuditSamples.event(n));
            }
            node.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
                trail.record(AuditSamples.event(6));
                status.setRollbackOnly();
            });
            JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> jdbc.queryForList("select seq from audit_checkpoint", Long.class)
                            .contains(5L));
            checkpoints = jdbc.queryForObject("select count(*) from audit_checkpoint", Integer.class);
        }
    }

    @Test
    void verifyAuditReportsOkWithTheCounts() {
        CommandRun run = run(AuditCommand.VERIFY);

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out())
                .isEqualTo("verify-audit GB-ESX: OK: 5 entries, " + checkpoints
                        + " signed checkpoints verified, the newest at seq 5\n");
    }

    @Test
    void verifyAuditNamesTheFirstBadEntryAndFailsAfterAnUpdate() throws Exception {
        sql("update audit_entry set outcome = 'ALLOWED' where seq = 2");
        try {
            CommandRun run = run(AuditCommand.VERIFY);

            assertThat(run.status()).isEqualTo(1);
            assertThat(run.out()).startsWith("verify-audit GB-ESX: BROKEN at seq 2: EDITED");
            // Ids and codes of the entries stay out of the report.
            assertThat(run.out())
                    .doesNotContain("ESX-DVDS")
                    .doesNotContain("ALLOWED")
                    .doesNotContain(AuditSamples.event(2).messageId());
        } finally {
            sql("update audit_entry set outcome = '" + AuditSamples.event(2).outcome() + "' where seq = 2");
        }
        assertThat(run(AuditCommand.VERIFY).status()).isZero();
    }

    @Test
    void exportWritesFilesThatVerifyAgainstTheDatabase() {
        Path out = dir.resolve("export");

        CommandRun export = run(AuditCommand.EXPORT, "--out", out.toString());
        assertThat(export.status()).as(export.err()).isZero();
        assertThat(export.out()).contains(checkpoints + " checkpoints written");
        assertThat(out.resolve("checkpoint-5.json")).exists();
        assertThat(out.resolve("checkpoint-5.sig")).hasSize(64);
        assertThat(out.resolve("signing.pem")).exists();

        CommandRun verify = run(AuditCommand.VERIFY, "--checkpoints=" + out);
        assertThat(verify.out())
                .contains("OK: 5 entries, " + 2 * checkpoints + " signed checkpoints verified, the newest at seq 5");
    }

    @Test
    void missingDatabaseOrArgumentsCannotRun() {
        CommandRun noDatabase = run(AuditCommand.VERIFY, "--crossflag.data-dir=" + dir.resolve("elsewhere"));
        assertThat(noDatabase.status()).isEqualTo(2);
        assertThat(noDatabase.err()).contains("verify-audit could not run");
        assertThat(dir.resolve("elsewhere")).doesNotExist();

        CommandRun noOut = run(AuditCommand.EXPORT);
        assertThat(noOut.status()).isEqualTo(2);
        assertThat(noOut.err()).contains("needs --out DIR");
    }

    @Test
    void badNodeConfigurationCannotRun() {
        CommandRun run = run(AuditCommand.VERIFY, "--crossflag.node.code=essex");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("configuration did not load");
    }

    @Test
    void onlyTheAuditCommandsAreDispatched() {
        assertThat(AuditCommand.handles(new String[] {"verify-audit"})).isTrue();
        assertThat(AuditCommand.handles(new String[] {"export-audit-checkpoints", "--out", "x"}))
                .isTrue();
        assertThat(AuditCommand.handles(new String[] {"--spring.config.additional-location=file:GB-ESX.yml"}))
                .isFalse();
        assertThat(AuditCommand.handles(new String[0])).isFalse();
    }

    static CommandRun run(String command, String... extra) {
        List<String> args = new ArrayList<>();
        args.add(command);
        args.addAll(fixture.nodeArguments());
        for (String arg : extra) {
            if (arg.startsWith("--crossflag.data-dir=")) {
                args.removeIf(existing -> existing.startsWith("--crossflag.data-dir="));
            }
            args.add(arg);
        }
        return CommandRun.of(args);
    }

    static void sql(String statement) throws Exception {
        String url = "jdbc:h2:file:"
                + dir.resolve("data")
                        .resolve(NodeFixture.SELF)
                        .resolve("crossflag")
                        .toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        try (Connection connection = DriverManager.getConnection(url, "crossflag", "");
                Statement sql = connection.createStatement()) {
            sql.executeUpdate(statement);
        }
    }
}
