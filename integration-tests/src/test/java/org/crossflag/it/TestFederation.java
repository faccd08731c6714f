package org.crossflag.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.crossflag.gateway.CrossflagApplication;
import org.crossflag.pki.DirectoryDocument;
import org.crossflag.pki.DirectoryMemberEntry;
import org.crossflag.testsupport.MutableClock;
import org.crossflag.testsupport.NodeSettings;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Three real Crossflag nodes on loopback, or two when a test asks (separate Spring Boot contexts, each with its own
 * HTTPS port, management port and database), trusting each other through a freshly made federation PKI.
 * With CROSSFLAG_TEST_POSTGRES_URL set, every node keeps its data in its own PostgreSQL schema.
 */
final class TestFederation implements AutoCloseable {

    static final String ESSEX = "GB-ESX";
    static final String KENT = "GB-KNT";
    static final String SUFFOLK = "GB-SFK";
    /** In the directory, but allowed only Refusal messages. */
    static final String LIMITED = "GB-LTD";
    /** Holds valid federation certificates but is not in the directory. */
    static final String OUTSIDER = "GB-ZZZ";

    static final List<String> ALL_TYPES = List.of(
            "PriorHearingQuery",
            "PriorHearingAnswer",
            "CrossAreaAlert",
            "DisclosureCheck",
            "DisclosureCheckAnswer",
            "DisclosureRequest",
            "DisclosureAnswer",
            "CircumstanceChange",
            "RecordAmendment",
            "ExchangeTest",
            "FollowUpRequest",
            "FollowUpAnswer",
            "Refusal");

    /** The ONS codes of the police force areas the test forces stand for, as the postcode district table has them. */
    static final Map<String, String> ONS_FORCE_CODES =
            Map.of(ESSEX, "E23000028", KENT, "E23000032", SUFFOLK, "E23000025");

    final TestPki pki;
    final Path directoryFile;
    final Map<String, RunningNode> nodes = new LinkedHashMap<>();
    private final Map<String, int[]> ports = new HashMap<>();
    private final Map<String, String> schemas = new HashMap<>();
    private final Path workDir;
    private final String postgresUrl;
    private final Function<String, Map<String, Object>> extraSettings;
    private final List<String> members;

    TestFederation(Path workDir, Database database) throws Exception {
        this(workDir, database, code -> Map.of());
    }

    /** @param extraSettings more settings for each node, by member code (matching keys, policy, alert push...) */
    TestFederation(Path workDir, Database database, Function<String, Map<String, Object>> extraSettings)
            throws Exception {
        this(workDir, database, List.of(ESSEX, KENT, SUFFOLK), extraSettings);
    }

    /**
     * @param members the police members to list in the directory and start, among Essex, Kent and Suffolk (a smaller
     *                federation starts sooner)
     */
    TestFederation(
            Path workDir, Database database, List<String> members, Function<String, Map<String, Object>> extraSettings)
            throws Exception {
        this.members = List.copyOf(members);
        this.extraSettings = extraSettings;
        this.pki = new TestPki(workDir.resolve("pki"), List.of(ESSEX, KENT, SUFFOLK, LIMITED, OUTSIDER));
        this.directoryFile = workDir.resolve("directory.json");
        this.workDir = workDir;
        this.postgresUrl = database == Database.POSTGRES ? requirePostgres() : null;
        for (String code : List.of(ESSEX, KENT, SUFFOLK, LIMITED)) {
            ports.put(code, new int[] {freePort(), freePort(), freePort()});
        }
        writeDirectory(1, Instant.now().plus(Duration.ofDays(30)));
        for (String code : this.members) {
            nodes.put(code, start(code, ports.get(code)));
        }
    }

    enum Database {
        H2,
        POSTGRES
    }

    static String requirePostgres() {
        String url = System.getenv("CROSSFLAG_TEST_POSTGRES_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("CROSSFLAG_TEST_POSTGRES_URL is not set");
        }
        return url;
    }

    RunningNode node(String code) {
        return nodes.get(code);
    }

    /** Signs and writes a directory listing the four members at their ports; GB-LTD may send only Refusal. */
    void writeDirectory(long sequence, Instant expiresAt) {
        writeDirectory(sequence, expiresAt, List.of("Refusal"));
    }

    void writeDirectory(long sequence, Instant expiresAt, List<String> limitedTypes) {
        DirectoryDocument.Builder builder = DirectoryDocument.builder("crossflag-test")
                .sequence(sequence)
                .issuedAt(Instant.now().minus(Duration.ofMinutes(1)))
                .expiresAt(expiresAt);
        for (String code : directoryMembers()) {
            builder.member(new DirectoryMemberEntry(
                    code,
                    code + " test force",
                    DirectoryMemberEntry.Kind.POLICE,
                    "https://127.0.0.1:" + ports.get(code)[0],
                    List.of(TestPki.fingerprint(pki.tls.get(code))),
                    List.of(TestPki.fingerprint(pki.signing.get(code))),
                    code.equals(LIMITED) ? limitedTypes : ALL_TYPES,
                    ONS_FORCE_CODES.get(code)));
        }
        DirectoryDocument.writeSigned(directoryFile, builder.build().toJsonBytes(), pki.operator.privateKey());
    }

    /** Signs and writes a directory listing only the given members at their ports, each allowed every type. */
    void writeDirectoryListing(long sequence, Instant expiresAt, List<String> listed) {
        DirectoryDocument.Builder builder = DirectoryDocument.builder("crossflag-test")
                .sequence(sequence)
                .issuedAt(Instant.now().minus(Duration.ofMinutes(1)))
                .expiresAt(expiresAt);
        for (String code : listed) {
            builder.member(new DirectoryMemberEntry(
                    code,
                    code + " test force",
                    DirectoryMemberEntry.Kind.POLICE,
                    "https://127.0.0.1:" + ports.get(code)[0],
                    List.of(TestPki.fingerprint(pki.tls.get(code))),
                    List.of(TestPki.fingerprint(pki.signing.get(code))),
                    ALL_TYPES,
                    ONS_FORCE_CODES.get(code)));
        }
        DirectoryDocument.writeSigned(directoryFile, builder.build().toJsonBytes(), pki.operator.privateKey());
    }

    /** Where nodes fetch the federation CRL by default: beside the directory. */
    Path crlBesideDirectory() {
        return directoryFile.resolveSibling("federation.crl.pem");
    }

    private List<String> directoryMembers() {
        List<String> listed = new ArrayList<>(members);
        listed.add(LIMITED);
        return listed;
    }

    /** Stops a node as an operator would; its database stays. */
    void stop(String code) {
        nodes.remove(code).context().close();
    }

    /** Starts a stopped node again on its own ports, with its own database. */
    RunningNode restart(String code) {
        RunningNode node = start(code, ports.get(code));
        nodes.put(code, node);
        return node;
    }

    /** A second instance of a node: same member, keys and database, its own ports. Closed by the caller. */
    RunningNode startSecondInstance(String code) throws IOException {
        return start(code, new int[] {freePort(), freePort(), freePort()});
    }

    private RunningNode start(String code, int[] p) {
        MutableClock clock = MutableClock.followingSystem();
        Map<String, Object> properties = nodeSettings(code, pki, directoryFile, workDir.resolve("data"), p);
        properties.putAll(extraSettings.apply(code));
        if (postgresUrl != null) {
            String schema = schemas.computeIfAbsent(
                    code,
                    c -> ("it_" + UUID.randomUUID().toString().substring(0, 8) + "_" + c.replace("-", "_"))
                            .toLowerCase(Locale.ROOT));
            properties.put("spring.profiles.active", "postgres");
            properties.put(
                    "CROSSFLAG_DB_URL",
                    postgresUrl + (postgresUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            properties.put("spring.flyway.schemas", schema);
            properties.put("spring.flyway.create-schemas", "true");
        }
        // Micrometer's global registry would keep every node's meters, and through them its beans, for the rest of the
        // run: dozens of nodes start in one test JVM.
        properties.put("management.metrics.use-global-registry", "false");
        // Command-line arguments, as an operator would pass them: they outrank application.yml.
        String[] args = properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CrossflagApplication.class)
                .initializers(ctx -> ((GenericApplicationContext) ctx)
                        .registerBean(
                                "testClock",
                                java.time.Clock.class,
                                () -> clock,
                                definition -> definition.setPrimary(true)))
                .run(args);
        return new RunningNode(code, p[0], p[1], p.length > 2 ? p[2] : 0, clock, context);
    }

    /**
     * The arguments a node was started with, for commands an operator or auditor runs with the node's own
     * settings (e.g. verify-audit against its database once it has stopped).
     */
    List<String> settingsArguments(String code) {
        Map<String, Object> properties =
                nodeSettings(code, pki, directoryFile, workDir.resolve("data"), ports.get(code));
        properties.putAll(extraSettings.apply(code));
        String schema = schemas.get(code);
        if (postgresUrl != null && schema != null) {
            properties.put("spring.profiles.active", "postgres");
            properties.put(
                    "CROSSFLAG_DB_URL",
                    postgresUrl + (postgresUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        }
        return properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toList();
    }

    /** The settings every test node gets, as Spring property names (passed as command-line arguments). */
    static Map<String, Object> nodeSettings(String code, TestPki pki, Path directory, Path dataDir, int[] ports) {
        Map<String, Object> properties = new LinkedHashMap<>(
                NodeSettings.forMember(pki.files, code, directory, dataDir).toMap());
        properties.put("crossflag.directory.refresh-interval", "PT1S");
        properties.put("crossflag.health.peer-check-interval", "PT2S");
        properties.put("crossflag.exchange.max-body-bytes", "65536");
        properties.put("crossflag.outbox.initial-backoff", "PT0.2S");
        properties.put("crossflag.outbox.max-backoff", "PT1S");
        properties.put("crossflag.outbox.poll-interval", "PT0.2S");
        properties.put("crossflag.outbox.claim-lease", "PT10S");
        properties.put("server.port", ports[0]);
        properties.put("management.server.port", ports[1]);
        // The officers' API: a port of its own, or any free one when the test does not call it.
        properties.put("crossflag.api.port", ports.length > 2 ? ports[2] : 0);
        return properties;
    }

    /** Ports already handed to a node in this JVM: the system may offer a just-closed port again. */
    private static final java.util.Set<Integer> HANDED_OUT = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** A free loopback port never handed out before in this JVM, so two nodes' ports cannot coincide. */
    static int freePort() throws IOException {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                if (HANDED_OUT.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            }
        }
    }

    @Override
    public void close() {
        List<RunningNode> running = new ArrayList<>(nodes.values());
        running.forEach(node -> node.context().close());
        // A test class keeps its federation in a static field for the rest of the run: let the nodes go.
        nodes.clear();
    }
}
