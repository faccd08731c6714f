package org.crossflag.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The exchange benchmark's options, as {@code run-exchange-benchmark.sh} passes them ({@code --name=value}, or
 * {@code --keep-data} alone), and the extra options for the child JVMs from the environment.
 *
 * @param rounds            measured rounds; each reported figure is the median round
 * @param warmupSeconds     warm-up per kind at {@code concurrency}, then a quarter of it at concurrency 1
 * @param latencyCalls      calls per latency run (concurrency 1)
 * @param throughputSeconds length of each throughput run
 * @param concurrency       client threads in the throughput runs, and callers queueing in (c)
 * @param reliableMessages  messages per round queued and delivered through the outbox in (c)
 * @param keepData          keep the receiver's H2 files after the row count
 * @param postgresUrl       run both nodes on PostgreSQL at this JDBC URL, or null for embedded H2
 * @param childJvmOptions   extra options for the receiver and echo JVMs
 */
record ExchangeBenchmarkSettings(
        int rounds,
        int warmupSeconds,
        int latencyCalls,
        int throughputSeconds,
        int concurrency,
        int reliableMessages,
        boolean keepData,
        String postgresUrl,
        List<String> childJvmOptions) {

    static final String CHILD_JVM_OPTIONS_VARIABLE = "CROSSFLAG_BENCH_CHILD_JVM_OPTS";

    private static final String EXAMPLE_POSTGRES_URL = "jdbc:postgresql://HOST:PORT/DB?user=U";

    static final String USAGE = """
            Usage: ExchangeBenchmark [--rounds=3] [--warmup-seconds=60] [--latency-calls=5000] \
            [--throughput-seconds=10] [--concurrency=8] [--reliable-messages=5000] [--keep-data] \
            [--postgres-url=jdbc:postgresql://HOST:PORT/DB?user=U]
            Extra JVM options for the receiver and echo JVMs: environment variable CROSSFLAG_BENCH_CHILD_JVM_OPTS.""";

    ExchangeBenchmarkSettings {
        childJvmOptions = List.copyOf(childJvmOptions);
    }

    /**
     * Reads the command line; a later option of the same name replaces an earlier one.
     *
     * @throws IllegalArgumentException naming the option and the value it cannot accept
     */
    static ExchangeBenchmarkSettings parse(String[] args, Map<String, String> environment) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || arg.length() == 2 || arg.charAt(2) == '=') {
                throw new IllegalArgumentException(
                        "unexpected argument \"" + arg + "\": options look like --name=value");
            }
            int equals = arg.indexOf('=');
            // A null value stands for an option given without one, such as --keep-data.
            values.put(
                    equals < 0 ? arg.substring(2) : arg.substring(2, equals),
                    equals < 0 ? null : arg.substring(equals + 1));
        }
        ExchangeBenchmarkSettings settings = new ExchangeBenchmarkSettings(
                positive(values, "rounds", 3),
                positive(values, "warmup-seconds", 60),
                positive(values, "latency-calls", 5000),
                positive(values, "throughput-seconds", 10),
                positive(values, "concurrency", 8),
                positive(values, "reliable-messages", 5000),
                flag(values, "keep-data"),
                postgresUrl(values),
                childJvmOptions(environment.get(CHILD_JVM_OPTIONS_VARIABLE)));
        if (!values.isEmpty()) {
            throw new IllegalArgumentException("unknown option(s): "
                    + String.join(
                            ", ",
                            values.entrySet().stream()
                                    .map(option -> "--" + option.getKey()
                                            + (option.getValue() == null ? "" : "=" + option.getValue()))
                                    .toList()));
        }
        return settings;
    }

    private static int positive(Map<String, String> values, String name, int defaultValue) {
        if (!values.containsKey(name)) {
            return defaultValue;
        }
        String value = values.remove(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " needs a value, e.g. --" + name + "=" + defaultValue);
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below, with the option's name
        }
        throw new IllegalArgumentException("--" + name + " must be a positive whole number, not \"" + value + "\"");
    }

    private static boolean flag(Map<String, String> values, String name) {
        if (!values.containsKey(name)) {
            return false;
        }
        String value = values.remove(name);
        if (value == null || value.equals("true")) {
            return true;
        }
        if (value.equals("false")) {
            return false;
        }
        throw new IllegalArgumentException("--" + name + " takes no value (or true or false), not \"" + value + "\"");
    }

    private static String postgresUrl(Map<String, String> values) {
        if (!values.containsKey("postgres-url")) {
            return null;
        }
        String value = values.remove("postgres-url");
        if (value == null) {
            throw new IllegalArgumentException(
                    "--postgres-url needs a value, e.g. --postgres-url=" + EXAMPLE_POSTGRES_URL);
        }
        if (!value.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--postgres-url must be a jdbc:postgresql: URL, not \"" + value + "\"");
        }
        return value;
    }

    private static List<String> childJvmOptions(String variable) {
        return Optional.ofNullable(variable)
                .filter(s -> !s.isBlank())
                .map(s -> List.of(s.trim().split("\\s+")))
                .orElse(List.of());
    }
}
