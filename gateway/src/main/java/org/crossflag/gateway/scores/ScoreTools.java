package org.crossflag.gateway.scores;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.crossflag.adapter.RiskScore;
import org.crossflag.gateway.node.InvalidConfigurationException;

/**
 * The risk and harm tools this node can describe: the table shipped in the schemas ({@value #RESOURCE}, sources
 * beside it) and, when set, a force's own file ({@value #FILE_KEY}), whose entries add tools or replace a shipped
 * entry with the same code. Looked up by a score's tool code, ignoring case and surrounding spaces; a tool not listed
 * is {@linkplain ScoreToolDescription#notDescribed not described}, never null.
 */
public final class ScoreTools {

    public static final String RESOURCE = "/org/crossflag/schemas/score-tools/score-tools.yml";
    public static final String FILE_KEY = "crossflag.score-tools.file";

    private final Map<String, ScoreToolDescription> byKey;

    private ScoreTools(Map<String, ScoreToolDescription> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    /**
     * The shipped table, and the force's file over it.
     *
     * @param forceFile the force's own table, or null for the shipped one alone
     * @throws InvalidConfigurationException naming the setting (or the shipped table), the entry and the field
     */
    public static ScoreTools load(Path forceFile) {
        List<ScoreToolDescription> shipped = ScoreToolsFile.read(RESOURCE, RESOURCE, shippedTable());
        if (forceFile == null) {
            return of(shipped, List.of());
        }
        return of(shipped, ScoreToolsFile.read(FILE_KEY, forceFile.toString(), forceTable(forceFile)));
    }

    /** The table from entries already read: {@code overrides} add to {@code base} or replace its entries by code. */
    static ScoreTools of(List<ScoreToolDescription> base, List<ScoreToolDescription> overrides) {
        Map<String, ScoreToolDescription> byKey = new LinkedHashMap<>();
        base.forEach(entry -> byKey.put(ScoreToolDescription.key(entry.tool()), entry));
        overrides.forEach(entry -> byKey.put(ScoreToolDescription.key(entry.tool()), entry));
        return new ScoreTools(byKey);
    }

    /** What the tool's scores measure; a tool not listed (or a blank code) is not described. */
    public ScoreToolDescription describe(String tool) {
        if (tool == null || tool.isBlank()) {
            return ScoreToolDescription.notDescribed(tool == null ? "" : tool.strip());
        }
        ScoreToolDescription known = byKey.get(ScoreToolDescription.key(tool));
        return known != null ? known : ScoreToolDescription.notDescribed(tool.strip());
    }

    /** The description to show beside a score; none for no score. */
    public Optional<ScoreToolDescription> describe(RiskScore score) {
        return score == null ? Optional.empty() : Optional.of(describe(score.tool()));
    }

    /** Every tool described, one per code. */
    public Collection<ScoreToolDescription> all() {
        return byKey.values();
    }

    private static byte[] shippedTable() {
        try (InputStream in = ScoreTools.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new InvalidConfigurationException(
                        RESOURCE, "the shipped score tools table is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new InvalidConfigurationException(
                    RESOURCE,
                    "the shipped score tools table cannot be read: "
                            + e.getClass().getSimpleName(),
                    e);
        }
    }

    private static byte[] forceTable(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidConfigurationException(FILE_KEY, file + ": no such file");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidConfigurationException(
                    FILE_KEY,
                    file + ": the file cannot be read: " + e.getClass().getSimpleName(),
                    e);
        }
    }
}
