package org.crossflag.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.crossflag.gateway.CrossflagApplication;
import org.crossflag.testsupport.NodeSettings;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.UrlResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The benchmark's three processes on loopback: the sending node in this JVM, the receiving node and the echo
 * server each in a JVM of its own, with a fresh federation PKI and signed directory in the work folder.
 * Also reads what the receiver counted and stored, once the measured runs are over.
 */
final class BenchmarkNodes {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final String RUN_ID = Long.toString(System.currentTimeMillis(), 36);

    private final ExchangeBenchmarkSettings settings;
    private final Path workDir;
    private final Path dataDir;
    private final Consumer<String> console;
    private final List<ChildJvm> children = Collections.synchronizedList(new ArrayList<>());
    private volatile ConfigurableApplicationContext sender;
    private ChildJvm receiver;
    private ChildJvm echo;
    private int receiverManagementPort;
    private int echoPort;

    BenchmarkNodes(ExchangeBenchmarkSettings settings, Path workDir, Consumer<String> console) {
        this.settings = settings;
        this.workDir = workDir;
        this.dataDir = workDir.resolve("data");
        this.console = console;
    }

    String databases() {
        return settings.postgresUrl() == null
                ? "embedded H2 files (the default)"
                : "PostgreSQL, schemas " + postgresSchema(BenchmarkPki.SENDER) + " and "
                        + postgresSchema(BenchmarkPki.RECEIVER);
    }

    /** Starts all three and returns once the receiver is healthy and the echo server listens. */
    void start() throws IOException, InterruptedException {
        int senderPort = freePort();
        int senderManagementPort = freePort();
        int receiverPort = freePort();
        receiverManagementPort = freePort();
        echoPort = freePort();

        BenchmarkPki pki = new BenchmarkPki(
                workDir.resolve("pki"), Map.of(BenchmarkPki.SENDER, senderPort, BenchmarkPki.RECEIVER, receiverPort));

        // The receiving node and the echo server start in their own JVMs while the sending node starts here.
        receiver = startChild(
                MeasuredRun.RECEIVER_JVM,
                CrossflagApplication.class.getName(),
                nodeSettings(pki, BenchmarkPki.RECEIVER, receiverPort, receiverManagementPort));
        Map<String, String> echoSettings = echoSettings(pki, echoPort);
        echo = startChild(MeasuredRun.ECHO_JVM, EchoServer.class.getName(), echoSettings);

        Map<String, String> senderSettings = nodeSettings(pki, BenchmarkPki.SENDER, senderPort, senderManagementPort);
        // Keeps the console readable; the node's warnings and errors still show.
        senderSettings.put("logging.level.root", "WARN");
        console.accept("Starting the sending node " + BenchmarkPki.SENDER + " in this JVM");
        sender = new SpringApplicationBuilder(CrossflagApplication.class)
                .run(commandLine(senderSettings).toArray(String[]::new));

        awaitHealthy(receiver, receiverManagementPort);
        awaitPort(echo, echoPort);
        console.accept("Receiving node " + BenchmarkPki.RECEIVER + " (pid " + receiver.pid() + ") and echo server (pid "
                + echo.pid() + ") are up; the echo server runs with the node's server settings "
                + serverSettingsShown(echoSettings));
    }

    ConfigurableApplicationContext sender() {
        return sender;
    }

    ChildJvm receiver() {
        return receiver;
    }

    ChildJvm echo() {
        return echo;
    }

    String echoEndpoint() {
        return "https://127.0.0.1:" + echoPort;
    }

    /** The sum of a counter over all its tags, from the receiver's Prometheus endpoint. */
    double receiverCounter(String name) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://127.0.0.1:" + receiverManagementPort + "/actuator/prometheus"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return response.body()
                .lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** Stops all three so the receiver's store can be read; false when the receiver had to be killed. */
    boolean stopForCount() {
        stopSender();
        boolean clean = receiver.stop(STOP_GRACE);
        echo.stop(STOP_GRACE);
        return clean;
    }

    /** Rows in the stopped receiver's inbound_message table. */
    long storedRows() throws SQLException {
        String postgresUrl = settings.postgresUrl();
        Path database = dataDir.resolve(BenchmarkPki.RECEIVER).resolve("crossflag");
        String url = postgresUrl != null
                ? postgresUrl
                : "jdbc:h2:file:" + database + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        String table =
                postgresUrl != null ? postgresSchema(BenchmarkPki.RECEIVER) + ".inbound_message" : "inbound_message";
        try (Connection connection = postgresUrl != null
                        ? DriverManager.getConnection(url)
                        : DriverManager.getConnection(url, "crossflag", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    void deleteData() throws IOException {
        if (!Files.exists(dataDir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dataDir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Idempotent: runs from the harness's finally block and again from the shutdown hook (Ctrl-C). */
    void stopAll() {
        stopSender();
        List<ChildJvm> running;
        synchronized (children) {
            running = new ArrayList<>(children);
        }
        for (ChildJvm child : running) {
            if (child.isAlive() && !child.stop(STOP_GRACE)) {
                console.accept("The " + child.name() + " JVM (pid " + child.pid() + ") did not stop within "
                        + STOP_GRACE + " and was killed");
            }
        }
    }

    private void stopSender() {
        ConfigurableApplicationContext context = sender;
        sender = null;
        if (context != null) {
            try {
                context.close();
            } catch (RuntimeException e) {
                console.accept("The sending node did not close cleanly: " + e);
            }
        }
    }

    private Map<String, String> nodeSettings(BenchmarkPki pki, String code, int port, int managementPort) {
        Map<String, String> node = NodeSettings.forMember(pki.files, code, pki.directoryFile(), dataDir)
                .toMap();
        node.put("server.port", Integer.toString(port));
        node.put("management.server.port", Integer.toString(managementPort));
        node.put("crossflag.api.port", "0");
        String postgresUrl = settings.postgresUrl();
        if (postgresUrl != null) {
            // Each node in a fresh schema of its own, built by the node's Flyway migrations.
            String schema = postgresSchema(code);
            node.put("spring.profiles.active", "postgres");
            node.put(
                    "CROSSFLAG_DB_URL",
                    postgresUrl + (postgresUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            node.put("spring.flyway.schemas", schema);
            node.put("spring.flyway.create-schemas", "true");
        }
        return node;
    }

    private static String postgresSchema(String code) {
        return ("bench_" + RUN_ID + "_" + code.replace('-', '_')).toLowerCase(Locale.ROOT);
    }

    /**
     * Every literal {@code server.*} setting of the node's own application.yml (TLS 1.3 only, client
     * certificate required, Tomcat threads and keep-alive), then the echo server's port and key stores.
     */
    private static Map<String, String> echoSettings(BenchmarkPki pki, int port) {
        Map<String, String> settings = new TreeMap<>();
        nodeDefaults().forEach((key, value) -> {
            if (key.startsWith("server.") && !value.contains("${")) {
                settings.put(key, value);
            }
        });
        settings.put("server.port", Integer.toString(port));
        settings.put("server.address", "127.0.0.1");
        settings.put("server.ssl.enabled", "true");
        settings.put("server.ssl.key-store", pki.tlsKeystore(BenchmarkPki.ECHO).toString());
        settings.put("server.ssl.key-store-password", BenchmarkPki.PASSWORD);
        settings.put("server.ssl.key-store-type", "PKCS12");
        settings.put("server.ssl.trust-store", pki.truststore().toString());
        settings.put("server.ssl.trust-store-password", BenchmarkPki.PASSWORD);
        settings.put("server.ssl.trust-store-type", "PKCS12");
        for (String required : List.of("server.ssl.client-auth", "server.ssl.enabled-protocols")) {
            if (!settings.containsKey(required)) {
                throw new IllegalStateException("the node's application.yml no longer sets " + required);
            }
        }
        return settings;
    }

    /** The gateway's application.yml, flattened (the copy in the gateway jar, not any other on the classpath). */
    private static Map<String, String> nodeDefaults() {
        try {
            URL gatewayJar = CrossflagApplication.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation();
            URL yaml = null;
            ClassLoader classLoader = CrossflagApplication.class.getClassLoader();
            for (URL candidate : Collections.list(classLoader.getResources("application.yml"))) {
                if (candidate.toString().contains(gatewayJar.getPath())) {
                    yaml = candidate;
                }
            }
            if (yaml == null) {
                throw new IllegalStateException("no application.yml in " + gatewayJar);
            }
            YamlPropertiesFactoryBean factory = new YamlPropertiesFactoryBean();
            factory.setResources(new UrlResource(yaml));
            Properties properties = factory.getObject();
            Map<String, String> flat = new TreeMap<>();
            properties.forEach((key, value) -> flat.put(key.toString(), value.toString()));
            return flat;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the node's application.yml", e);
        }
    }

    private static String serverSettingsShown(Map<String, String> settings) {
        Map<String, String> shown = new TreeMap<>(settings);
        shown.keySet()
                .removeIf(key -> key.contains("store") || key.equals("server.port") || key.equals("server.address"));
        return shown.toString();
    }

    /** Settings as command-line arguments, as an operator would pass them: they outrank application.yml. */
    private static List<String> commandLine(Map<String, String> settings) {
        return settings.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toList();
    }

    private ChildJvm startChild(String name, String mainClass, Map<String, String> childSettings) {
        List<String> jvmOptions = new ArrayList<>(List.of("-Xmx1g"));
        jvmOptions.addAll(settings.childJvmOptions());
        ChildJvm child =
                ChildJvm.start(name, workDir.resolve(name + ".log"), jvmOptions, mainClass, commandLine(childSettings));
        children.add(child);
        console.accept("Started the " + name + " JVM (pid " + child.pid() + "), log " + child.log());
        return child;
    }

    private static void awaitHealthy(ChildJvm node, int managementPort) throws InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        ObjectMapper json = new ObjectMapper();
        URI health = URI.create("http://127.0.0.1:" + managementPort + "/actuator/health");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            node.requireAlive();
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(health)
                                .timeout(Duration.ofSeconds(5))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                JsonNode status = json.readTree(response.body()).path("status");
                if ("UP".equals(status.asText())) {
                    return;
                }
                last = "HTTP " + response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(node.name() + " was not healthy within " + START_TIMEOUT + ": " + last);
    }

    private static void awaitPort(ChildJvm server, int port) throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            server.requireAlive();
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
                return;
            } catch (IOException e) {
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException(server.name() + " did not listen on port " + port + " within " + START_TIMEOUT);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
