package org.crossflag.gateway.audit;

import java.io.PrintStream;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.crossflag.gateway.crypto.CertificateFiles;
import org.crossflag.gateway.node.CrossflagProperties;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The auditor's commands, run from the node's jar with the node's own configuration:
 *
 * <pre>
 * verify-audit [--checkpoints DIR] [node settings...]
 * export-audit-checkpoints --out DIR [node settings...]
 * </pre>
 *
 * Node settings are the usual Spring Boot arguments, e.g. {@code --spring.config.additional-location=file:GB-ESX.yml}
 * or {@code --spring.profiles.active=postgres}. Exit status: 0 when the trail verifies (or the export is
 * written), 1 when the trail is broken, 2 when the command could not run.
 */
public final class AuditCommand {

    public static final String VERIFY = "verify-audit";
    public static final String EXPORT = "export-audit-checkpoints";
    static final int OK = 0;
    static final int BROKEN = 1;
    static final int FAILED = 2;

    private AuditCommand() {}

    /** True when the arguments name one of these commands rather than starting the node. */
    public static boolean handles(String[] args) {
        return args.length > 0 && (VERIFY.equals(args[0]) || EXPORT.equals(args[0]));
    }

    /** Runs the command named by {@code args[0]} and returns the process exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("usage: " + VERIFY + " [--checkpoints DIR] [node settings]");
            err.println("       " + EXPORT + " --out DIR [node settings]");
            return FAILED;
        }
        ConfigurableApplicationContext context;
        try {
            context = start(arguments.springArgs());
        } catch (RuntimeException e) {
            // Spring Boot has already printed a report that names the setting at fault.
            err.println(arguments.command() + " could not run: this node's configuration did not load");
            return FAILED;
        }
        try (context) {
            CrossflagProperties properties = context.getBean(CrossflagProperties.class);
            DataSource dataSource = context.getBean(DataSource.class);
            TransactionTemplate snapshot = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
            snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
            snapshot.setReadOnly(true);
            AuditRepository repository = new AuditRepository(new JdbcTemplate(dataSource));
            String node = properties.node().code();
            if (arguments.command().equals(EXPORT)) {
                List<StoredCheckpoint> checkpoints = snapshot.execute(status -> repository.checkpoints());
                int written = CheckpointFiles.write(checkpoints, arguments.dir());
                out.println(EXPORT + " " + node + ": " + written + " checkpoints written to "
                        + arguments.dir().toAbsolutePath());
                return OK;
            }
            X509Certificate anchor = CertificateFiles.readCertificate(
                    "crossflag.pki.trust-anchor", properties.pki().trustAnchor());
            X509Certificate current = CertificateFiles.readKeyEntry(
                            "crossflag.signing.keystore",
                            properties.signing().keystore(),
                            properties.signing().password().toCharArray())
                    .certificate();
            CheckpointCertificates certificates = CheckpointCertificates.forNode(
                    anchor,
                    current,
                    properties.audit().earlierSigningCertificates(),
                    properties.pki().crl());
            AuditChainKey key = AuditChainKey.read(properties.audit().chainKey());
            List<StoredCheckpoint> exported =
                    arguments.dir() == null ? List.of() : CheckpointFiles.read(arguments.dir());
            AuditVerification result = snapshot.execute(status ->
                    new AuditChainVerifier(node, key, certificates).verify(new JdbcAuditLedger(repository, exported)));
            out.println(VERIFY + " " + node + ": " + result.summary());
            long unchained = snapshot.execute(status -> repository.journalSize());
            if (unchained > 0) {
                // Recorded and committed, but the node stopped before chaining them; it chains them when it starts.
                out.println(
                        VERIFY + " " + node + ": " + unchained + " recorded events are not chained yet (audit_journal);"
                                + " the node chains them when it runs");
            }
            return result.ok() ? OK : BROKEN;
        } catch (Exception e) {
            err.println(arguments.command() + " could not run: " + rootMessage(e));
            return FAILED;
        }
    }

    /** The node's settings and a read-only data source; no web server, no Camel, no migrations. */
    private static ConfigurableApplicationContext start(List<String> springArgs) {
        return new SpringApplicationBuilder(AuditCommandConfiguration.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("logging.level.root=WARN")
                .run(springArgs.toArray(String[]::new));
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /** The command, its own option (--out or --checkpoints) and the node settings passed on to Spring. */
    record Arguments(String command, Path dir, List<String> springArgs) {

        static Arguments parse(String[] args) {
            String command = args[0];
            String option = command.equals(EXPORT) ? "--out" : "--checkpoints";
            Path dir = null;
            List<String> spring = new ArrayList<>();
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals(option) && i + 1 < args.length) {
                    dir = Path.of(args[++i]);
                } else if (arg.startsWith(option + "=")) {
                    dir = Path.of(arg.substring(option.length() + 1));
                } else if (arg.startsWith("--") && arg.length() > 2 && !arg.equals(option)) {
                    spring.add(arg);
                } else {
                    throw new IllegalArgumentException(command + ": unexpected argument " + arg);
                }
            }
            if (command.equals(EXPORT) && dir == null) {
                throw new IllegalArgumentException(EXPORT + " needs --out DIR");
            }
            return new Arguments(command, dir, spring);
        }
    }
}
