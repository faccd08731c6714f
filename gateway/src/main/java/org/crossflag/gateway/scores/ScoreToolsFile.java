package org.crossflag.gateway.scores;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.crossflag.adapter.UnknownCodeException;
import org.crossflag.gateway.node.InvalidConfigurationException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a table of score tools in the form of {@code score-tools.schema.json}. Every entry is checked before any is
 * taken; the first problem stops start-up with an {@link InvalidConfigurationException} naming the setting (or the
 * shipped table), the file, the entry ({@code tools[2]} and its code) and the field.
 *
 * <pre>
 * tools:
 *   - tool: DASH                   # the code a score names, matched ignoring case and surrounding spaces
 *     name: ...
 *     assesses: VICTIM_RISK        # or PERPETRATOR_HARM
 *     measures: one plain sentence for a coordinator
 *     validation: CONTESTED        # VALIDATED, PARTLY_VALIDATED, CONTESTED or NOT_VALIDATED
 *     validationNote: why, naming the studies
 *     sources:
 *       - title: authors, title, publisher, year
 *         url: https://...         # optional
 * </pre>
 */
final class ScoreToolsFile {

    static final Set<String> TOP_KEYS = Set.of("tools");
    static final Set<String> ENTRY_KEYS =
            Set.of("tool", "name", "assesses", "measures", "validation", "validationNote", "sources");
    static final Set<String> SOURCE_KEYS = Set.of("title", "url");

    private static final Pattern TOOL = Pattern.compile("^[A-Za-z0-9]([A-Za-z0-9 ._-]*[A-Za-z0-9._-])?$");
    private static final Pattern URL = Pattern.compile("^https?://\\S+$");
    private static final int TOOL_LENGTH = 20;
    private static final int CODE_LENGTH = 40;
    private static final int NAME_LENGTH = 200;
    private static final int MEASURES_LENGTH = 400;
    private static final int NOTE_LENGTH = 800;
    private static final int SOURCE_LENGTH = 400;

    private final String key;
    private final String file;

    /**
     * @param key  the setting the table comes from, or the shipped resource: every message starts with it
     * @param file the file as the messages name it
     */
    private ScoreToolsFile(String key, String file) {
        this.key = key;
        this.file = file;
    }

    /** The entries of {@code content}, in file order. */
    static List<ScoreToolDescription> read(String key, String file, byte[] content) {
        return new ScoreToolsFile(key, file).entries(content);
    }

    private List<ScoreToolDescription> entries(byte[] content) {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(content);
        } catch (IOException e) {
            throw problem("the file cannot be read as YAML: " + e.getClass().getSimpleName());
        }
        if (root == null || !root.isObject()) {
            throw problem("the file must hold a map with a list of tools under tools");
        }
        refuseUnknownKeys(root, TOP_KEYS, "");
        JsonNode tools = root.path("tools");
        if (!tools.isArray()) {
            throw problem("tools: must be a list of tools");
        }
        List<ScoreToolDescription> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < tools.size(); i++) {
            ScoreToolDescription entry = entry(tools.get(i), "tools[" + i + "]");
            Integer earlier = seen.putIfAbsent(ScoreToolDescription.key(entry.tool()), i);
            if (earlier != null) {
                throw problem("tools[" + i + "] (" + entry.tool() + "): tool: the same code as tools[" + earlier
                        + "]; a file lists each tool once");
            }
            entries.add(entry);
        }
        return entries;
    }

    private ScoreToolDescription entry(JsonNode node, String path) {
        if (!node.isObject()) {
            throw problem(path + ": must be a map of the tool's fields");
        }
        String tool = text(node, path, "tool", TOOL_LENGTH);
        if (!TOOL.matcher(tool).matches()) {
            throw problem(path + ": tool: must be letters, digits, spaces, '.', '_' or '-', starting with a letter "
                    + "or digit");
        }
        String where = path + " (" + tool + ")";
        refuseUnknownKeys(node, ENTRY_KEYS, where);
        ScoredSubject assesses;
        try {
            assesses = ScoredSubject.fromWire(text(node, where, "assesses", CODE_LENGTH));
        } catch (UnknownCodeException e) {
            throw problem(where + ": assesses: " + e.value() + " is not one of " + codes(ScoredSubject.values()));
        }
        ToolValidation validation;
        try {
            validation = ToolValidation.fromWire(text(node, where, "validation", CODE_LENGTH));
        } catch (UnknownCodeException e) {
            throw problem(where + ": validation: " + e.value() + " is not one of " + codes(ToolValidation.values()));
        }
        return ScoreToolDescription.of(
                tool,
                text(node, where, "name", NAME_LENGTH),
                assesses,
                text(node, where, "measures", MEASURES_LENGTH),
                validation,
                text(node, where, "validationNote", NOTE_LENGTH),
                sources(node.path("sources"), where));
    }

    private List<ScoreToolDescription.Source> sources(JsonNode sources, String where) {
        if (!sources.isArray() || sources.isEmpty()) {
            throw problem(where + ": sources: must list at least one source (a title, and a url when it has one)");
        }
        List<ScoreToolDescription.Source> read = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            JsonNode source = sources.get(i);
            String path = where + ": sources[" + i + "]";
            if (!source.isObject()) {
                throw problem(path + ": must be a map with a title and an optional url");
            }
            refuseUnknownKeys(source, SOURCE_KEYS, path);
            String title = text(source, path, "title", SOURCE_LENGTH);
            String url = null;
            if (source.has("url")) {
                url = text(source, path, "url", SOURCE_LENGTH);
                if (!URL.matcher(url).matches()) {
                    throw problem(path + ": url: must be an http:// or https:// address without spaces");
                }
            }
            read.add(new ScoreToolDescription.Source(title, url));
        }
        return read;
    }

    /** A required text field: present, a string, not blank, not over {@code maxLength}; trimmed. */
    private String text(JsonNode node, String where, String field, int maxLength) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw problem(where + ": " + field + ": is required");
        }
        if (!value.isTextual()) {
            throw problem(where + ": " + field + ": must be text");
        }
        String text = value.asText().strip();
        if (text.isEmpty()) {
            throw problem(where + ": " + field + ": must not be blank");
        }
        if (text.length() > maxLength) {
            throw problem(where + ": " + field + ": longer than " + maxLength + " characters");
        }
        return text;
    }

    private void refuseUnknownKeys(JsonNode node, Set<String> known, String where) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                String prefix = where.isEmpty() ? "" : where + ": ";
                throw problem(prefix + name + ": not a field of a score tools file (" + String.join(", ", sorted(known))
                        + ")");
            }
        }
    }

    private static Set<String> sorted(Set<String> names) {
        return new LinkedHashSet<>(names.stream().sorted().toList());
    }

    private static String codes(Enum<?>[] values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return String.join(", ", names);
    }

    private InvalidConfigurationException problem(String problem) {
        return new InvalidConfigurationException(key, file + ": " + problem);
    }
}
