package org.crossflag.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Test cases kept as files: every {@code *.json} file in one folder (and its sub-folders) is one case, named by its
 * path. A folder that is missing or holds no case fails, so a mistyped path cannot make a test pass on nothing.
 */
public final class FixtureCases {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FixtureCases() {}

    /** One case: its name (the file's path under the folder, without ".json"), file and content. */
    public record Case(String name, Path file, JsonNode json) {

        /** A file next to the case's own, e.g. a body kept as it travels. */
        public Path sibling(String fileName) {
            return file.resolveSibling(fileName);
        }

        /** Fails on a field outside {@code known}: a mistyped field would otherwise be ignored and its check skipped. */
        public Case requireOnly(Set<String> known) {
            for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
                String field = names.next();
                if (!known.contains(field)) {
                    throw new IllegalStateException(
                            "fixture " + file + " has an unknown field '" + field + "'; known fields are " + known);
                }
            }
            return this;
        }

        /** The case's description, for the test's display name. */
        public String description() {
            return json.get("description").asText();
        }

        @Override
        public String toString() {
            return name + ": " + description();
        }
    }

    /** The cases in a folder on the test class path, such as {@code refusals/verifier}. */
    public static List<Case> fromClasspath(String folder) {
        URL url = Thread.currentThread().getContextClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException("no fixture folder '" + folder + "' on the class path");
        }
        try {
            return fromFolder(Path.of(url.toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("fixture folder '" + folder + "' is not a file: " + url, e);
        }
    }

    /** The cases in a folder, sorted by name; each must be a JSON object with a {@code description}. */
    public static List<Case> fromFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("fixture folder " + folder + " does not exist");
        }
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList()) {
                cases.add(read(folder, file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (cases.isEmpty()) {
            throw new IllegalStateException("fixture folder " + folder + " holds no *.json case");
        }
        return cases;
    }

    private static Case read(Path folder, Path file) throws IOException {
        JsonNode json = JSON.readTree(file.toFile());
        if (json == null || !json.isObject() || !json.hasNonNull("description")) {
            throw new IllegalStateException("fixture " + file + " is not a JSON object with a description");
        }
        String relative = folder.relativize(file).toString().replace('\\', '/');
        return new Case(relative.substring(0, relative.length() - ".json".length()), file, json);
    }
}
