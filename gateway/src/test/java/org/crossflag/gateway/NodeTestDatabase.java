package org.crossflag.gateway;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariDataSource;

/**
 * A node database built by hand from the node's Flyway migrations, without starting the node: an embedded H2
 * file in a temporary folder, or a fresh schema in the PostgreSQL named by CROSSFLAG_TEST_POSTGRES_URL.
 */
public final class NodeTestDatabase implements AutoCloseable {

    public static final String POSTGRES_URL_VARIABLE = "CROSSFLAG_TEST_POSTGRES_URL";

    public final String url;
    public final String schema;
    public final HikariDataSource dataSource;
    public final JdbcTemplate jdbc;
    public final DataSourceTransactionManager transactionManager;
    private final boolean owner;

    private NodeTestDatabase(String url, String schema, boolean owner) {
        this.url = url;
        this.schema = schema;
        this.owner = owner;
        this.dataSource = dataSource(url);
        if (owner) {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .schemas(schema == null ? new String[0] : new String[] {schema})
                    .load()
                    .migrate();
        }
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactionManager = new DataSourceTransactionManager(dataSource);
    }

    /** The same URL options the node uses for its embedded database. */
    public static NodeTestDatabase h2(Path dir) {
        return h2File(dir.resolve("node"));
    }

    /**
     * The embedded database that a node with this data folder and code opens (application.yml's default), built
     * before the node starts, so that a test can give the node records to start from. Close it before the start.
     */
    public static NodeTestDatabase h2ForNode(Path dataDir, String nodeCode) {
        return h2File(dataDir.resolve(nodeCode).resolve("crossflag"));
    }

    private static NodeTestDatabase h2File(Path file) {
        return new NodeTestDatabase(
                "jdbc:h2:file:" + file.toAbsolutePath()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                null,
                true);
    }

    public static NodeTestDatabase postgres() {
        String base = System.getenv(POSTGRES_URL_VARIABLE);
        String schema =
                ("node_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)).toLowerCase(Locale.ROOT);
        return new NodeTestDatabase(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema, schema, true);
    }

    /** The same database through a second, independent connection pool: what another node instance would have. */
    public NodeTestDatabase anotherInstance() {
        return new NodeTestDatabase(url, schema, false);
    }

    /** Propagation REQUIRED, as the node's own transactions. */
    public TransactionTemplate transactions() {
        return new TransactionTemplate(transactionManager);
    }

    public TransactionTemplate newTransactions() {
        TransactionTemplate template = new TransactionTemplate(transactionManager);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return template;
    }

    @Override
    public void close() {
        if (owner && schema != null) {
            jdbc.execute("drop schema " + schema + " cascade");
        }
        dataSource.close();
    }

    private static HikariDataSource dataSource(String url) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(url.startsWith("jdbc:h2:") ? "crossflag" : null);
        dataSource.setMaximumPoolSize(24);
        return dataSource;
    }
}
