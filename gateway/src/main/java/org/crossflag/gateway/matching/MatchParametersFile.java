package org.crossflag.gateway.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads and writes {@link MatchParameters} as a versioned JSON file ({@code format} 1). Reading is strict: an
 * unknown or missing key, a probability outside (0, 1], or thresholds out of order is refused with an
 * {@link IllegalArgumentException} whose message names the key, so a node refuses to start on a bad file.
 */
public final class MatchParametersFile {

    public static final int FORMAT = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> TOP =
            Set.of("format", "version", "about", "prior", "termFrequency", "swapPenalty", "comparisons");
    private static final Set<String> COMPARISONS = Set.of(
            "givenName",
            "nickname",
            "familyName",
            "middleNames",
            "postcode",
            "address",
            "dateOfBirth",
            "pncAgree",
            "pncConflict",
            "contactAgree");

    private MatchParametersFile() {}

    public static MatchParameters read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    file + ": cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    static MatchParameters readResource(String resource) {
        try (InputStream in = MatchParametersFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the file's content; {@code source} names it in errors. */
    public static MatchParameters read(InputStream in, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": not JSON", e);
        }
        Reader reader = new Reader(source);
        reader.object(root, "", TOP, Set.of("about"));
        int format = reader.integer(root, "format");
        if (format != FORMAT) {
            throw reader.bad("format", "must be " + FORMAT + ", was " + format);
        }
        JsonNode prior = reader.object(root.get("prior"), "prior", Set.of("queryMatchShare", "minPeople"), Set.of());
        JsonNode tf = reader.object(root.get("termFrequency"), "termFrequency", Set.of("minPeople", "floor"), Set.of());
        JsonNode c = reader.object(root.get("comparisons"), "comparisons", COMPARISONS, Set.of());
        String version = reader.text(root, "version");
        double share = reader.probability(prior, "prior.queryMatchShare");
        double floor = reader.probability(tf, "termFrequency.floor");
        double swap = reader.number(root, "swapPenalty");
        if (swap > 0) {
            throw reader.bad("swapPenalty", "must not be positive");
        }
        return new MatchParameters(
                version,
                reader.levels(c, "givenName"),
                reader.probabilities(c, "nickname"),
                reader.levels(c, "familyName"),
                reader.levels(c, "middleNames"),
                reader.levels(c, "postcode"),
                reader.levels(c, "address"),
                reader.dates(c.get("dateOfBirth")),
                reader.probabilities(c, "pncAgree"),
                reader.probabilities(c, "pncConflict"),
                reader.probabilities(c, "contactAgree"),
                swap,
                share,
                reader.positive(prior, "prior.minPeople"),
                reader.positive(tf, "termFrequency.minPeople"),
                floor);
    }

    /** Writes {@code parameters}, with {@code about} saying how they were made. */
    public static void write(MatchParameters parameters, String about, Path file) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", parameters.version());
        root.put("about", about);
        root.putObject("prior")
                .put("queryMatchShare", parameters.queryMatchShare())
                .put("minPeople", parameters.priorMinPeople());
        root.putObject("termFrequency")
                .put("minPeople", parameters.tfMinPeople())
                .put("floor", parameters.tfFloor());
        root.put("swapPenalty", parameters.swapPenalty());
        ObjectNode c = root.putObject("comparisons");
        levels(c.putObject("givenName"), parameters.given());
        probabilities(c.putObject("nickname"), parameters.nickname());
        levels(c.putObject("familyName"), parameters.family());
        levels(c.putObject("middleNames"), parameters.middle());
        levels(c.putObject("postcode"), parameters.postcode());
        levels(c.putObject("address"), parameters.address());
        ObjectNode dates = c.putObject("dateOfBirth");
        matrix(dates.putArray("m"), parameters.dateOfBirth().m());
        matrix(dates.putArray("u"), parameters.dateOfBirth().u());
        probabilities(c.putObject("pncAgree"), parameters.pncAgree());
        probabilities(c.putObject("pncConflict"), parameters.pncConflict());
        probabilities(c.putObject("contactAgree"), parameters.contactAgree());
        try {
            Files.writeString(file, JSON.writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void levels(ObjectNode node, FieldLevels levels) {
        array(node.putArray("thresholds"), levels.thresholds());
        array(node.putArray("m"), levels.m());
        array(node.putArray("u"), levels.u());
    }

    private static void probabilities(ObjectNode node, MatchParameters.Probabilities p) {
        node.put("m", p.m()).put("u", p.u());
    }

    private static void matrix(ArrayNode node, double[][] rows) {
        for (double[] row : rows) {
            array(node.addArray(), row);
        }
    }

    private static void array(ArrayNode node, double[] values) {
        for (double value : values) {
            node.add(value);
        }
    }

    /** Strict field access, every error naming the key. */
    private record Reader(String source) {

        IllegalArgumentException bad(String key, String problem) {
            return new IllegalArgumentException(source + ": " + key + " " + problem);
        }

        JsonNode object(JsonNode node, String key, Set<String> allowed, Set<String> optional) {
            String where = key.isEmpty() ? "the file" : key;
            if (node == null || !node.isObject()) {
                throw bad(where, "must be an object");
            }
            Set<String> missing = new TreeSet<>(allowed);
            missing.removeAll(optional);
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!allowed.contains(name)) {
                    throw bad(key.isEmpty() ? name : key + "." + name, "is not a known key");
                }
                missing.remove(name);
            }
            if (!missing.isEmpty()) {
                throw bad(
                        key.isEmpty()
                                ? missing.iterator().next()
                                : key + "." + missing.iterator().next(),
                        "is missing");
            }
            return node;
        }

        String text(JsonNode node, String key) {
            JsonNode value = node.get(key);
            if (value == null || !value.isTextual() || value.asText().isBlank()) {
                throw bad(key, "must be a non-empty string");
            }
            return value.asText();
        }

        double number(JsonNode node, String key) {
            JsonNode value = node.get(key.substring(key.lastIndexOf('.') + 1));
            if (value == null || !value.isNumber()) {
                throw bad(key, "must be a number");
            }
            return value.asDouble();
        }

        int integer(JsonNode node, String key) {
            JsonNode value = node.get(key.substring(key.lastIndexOf('.') + 1));
            if (value == null || !value.isIntegralNumber()) {
                throw bad(key, "must be a whole number");
            }
            return value.asInt();
        }

        int positive(JsonNode node, String key) {
            int value = integer(node, key);
            if (value < 1) {
                throw bad(key, "must be at least 1, was " + value);
            }
            return value;
        }

        double probability(JsonNode node, String key) {
            double value = number(node, key);
            if (!(value > 0 && value <= 1)) {
                throw bad(key, "must be in (0, 1], was " + value);
            }
            return value;
        }

        double[] numbers(JsonNode node, String key) {
            if (node == null || !node.isArray() || node.isEmpty()) {
                throw bad(key, "must be a non-empty array of numbers");
            }
            double[] values = new double[node.size()];
            for (int i = 0; i < values.length; i++) {
                if (!node.get(i).isNumber()) {
                    throw bad(key + "[" + i + "]", "must be a number");
                }
                values[i] = node.get(i).asDouble();
            }
            return values;
        }

        FieldLevels levels(JsonNode comparisons, String name) {
            String key = "comparisons." + name;
            JsonNode node = object(comparisons.get(name), key, Set.of("thresholds", "m", "u"), Set.of());
            try {
                return new FieldLevels(
                        numbers(node.get("thresholds"), key + ".thresholds"),
                        numbers(node.get("m"), key + ".m"),
                        numbers(node.get("u"), key + ".u"));
            } catch (IllegalArgumentException e) {
                if (e.getMessage().startsWith(source)) {
                    throw e;
                }
                throw bad(key, e.getMessage());
            }
        }

        MatchParameters.Probabilities probabilities(JsonNode comparisons, String name) {
            String key = "comparisons." + name;
            JsonNode node = object(comparisons.get(name), key, Set.of("m", "u"), Set.of());
            return new MatchParameters.Probabilities(probability(node, key + ".m"), probability(node, key + ".u"));
        }

        DateLevels.Table dates(JsonNode node) {
            String key = "comparisons.dateOfBirth";
            object(node, key, Set.of("m", "u"), Set.of());
            double[][] m = matrix(node.get("m"), key + ".m");
            double[][] u = matrix(node.get("u"), key + ".u");
            try {
                return new DateLevels.Table(m, u);
            } catch (IllegalArgumentException e) {
                throw bad(key, e.getMessage());
            }
        }

        private double[][] matrix(JsonNode node, String key) {
            if (node == null || !node.isArray() || node.size() != DateLevels.ROWS) {
                throw bad(key, "must be " + DateLevels.ROWS + " rows of " + DateLevels.COLUMNS + " numbers");
            }
            double[][] rows = new double[DateLevels.ROWS][];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = numbers(node.get(i), key + "[" + i + "]");
            }
            return rows;
        }
    }
}
