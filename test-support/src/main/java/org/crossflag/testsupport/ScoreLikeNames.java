package org.crossflag.testsupport;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds field names that would carry a similarity score on the wire: score, weight, probability, similarity or
 * dice, in any case. Answers carry a band, never a score, because pairwise similarities are what graph-matching
 * attacks rebuild identities from. Names are split into words (camelCase, snake_case, kebab-case). A word counts
 * when it contains score, weight, probab or similar ({@code subscore}, {@code dissimilarity}), or starts with dice:
 * dice hides inside ordinary words such as indices and prejudice. Places are reported as JSON pointers.
 */
public final class ScoreLikeNames {

    /** Found anywhere in a word (probab covers probability and probabilities). */
    static final List<String> STEMS = List.of("score", "weight", "probab", "similar");
    /** Found only at the start of a word. */
    static final String DICE = "dice";

    private ScoreLikeNames() {}

    public static boolean isScoreLike(String name) {
        for (String word : words(name)) {
            if (word.startsWith(DICE)) {
                return true;
            }
            for (String stem : STEMS) {
                if (word.contains(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every object key in a document, at any depth, named like a score. */
    public static List<String> keys(JsonNode document) {
        List<String> found = new ArrayList<>();
        collectKeys(document, "", found);
        return found;
    }

    /**
     * Every property a JSON Schema declares (the keys of any {@code properties} object, at any depth) and every
     * definition under {@code $defs}, named like a score. Enum values are data, not names, and are not looked at.
     */
    public static List<String> schemaDeclarations(JsonNode schema) {
        List<String> found = new ArrayList<>();
        collectDeclarations(schema, "", found);
        return found;
    }

    private static void collectKeys(JsonNode node, String pointer, List<String> found) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String at = pointer + "/" + escape(field.getKey());
                if (isScoreLike(field.getKey())) {
                    found.add(at);
                }
                collectKeys(field.getValue(), at, found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectKeys(node.get(i), pointer + "/" + i, found);
            }
        }
    }

    private static void collectDeclarations(JsonNode node, String pointer, List<String> found) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String at = pointer + "/" + escape(field.getKey());
                boolean declares =
                        field.getKey().equals("properties") || field.getKey().equals("$defs");
                if (declares && field.getValue().isObject()) {
                    for (Iterator<String> names = field.getValue().fieldNames(); names.hasNext(); ) {
                        String name = names.next();
                        if (isScoreLike(name)) {
                            found.add(at + "/" + escape(name));
                        }
                    }
                }
                collectDeclarations(field.getValue(), at, found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectDeclarations(node.get(i), pointer + "/" + i, found);
            }
        }
    }

    /**
     * Lower-case words. A word ends at any non-letter, before an upper-case letter that follows a lower-case one
     * (matchScore), and before the last capital of a run that a lower-case letter follows (CLKDice).
     */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            char previous = i > 0 ? name.charAt(i - 1) : 0;
            char next = i + 1 < name.length() ? name.charAt(i + 1) : 0;
            boolean capitalStartsWord = Character.isUpperCase(c)
                    && (Character.isLowerCase(previous)
                            || (Character.isUpperCase(previous) && Character.isLowerCase(next)));
            if ((!Character.isLetter(c) || capitalStartsWord) && word.length() > 0) {
                words.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
            if (Character.isLetter(c)) {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** RFC 6901: {@code ~} and {@code /} in a key are written {@code ~0} and {@code ~1}. */
    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
