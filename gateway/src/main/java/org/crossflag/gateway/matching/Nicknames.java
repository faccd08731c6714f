package org.crossflag.gateway.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Maps a given name to its formal ("canonical") forms, so that Bob, Bobby and Robert share a form, from the bundled
 * lists in {@code matching/}: the Apache-2.0 list of carltonnorthern/nicknames and Crossflag's own British diminutives
 * (see {@code matching/nicknames.NOTICE}).
 * <p>
 * Each line of a list is a name followed by names given as its nicknames. The lists are not symmetric and use
 * "nickname" loosely (the line for Bill also lists Robert), so only a <em>longer</em> name counts as the formal form
 * of a shorter one: Bill gives William and Willis, never Robert. A name's canonical forms are itself and its
 * formal forms, and two names are variants when their forms intersect: Mike (mike, michael) and Mick (mick,
 * michael); Steve (steve, stephen, steven...) and Stephen (stephen, stephanie). Diminutives with more than
 * {@value #MAX_FORMS} formal forms (Bert, Al) are too ambiguous to expand and stand for themselves.
 */
public final class Nicknames {

    static final int MAX_FORMS = 5;
    private static final List<String> LISTS = List.of("/matching/nicknames.csv", "/matching/british-diminutives.csv");
    private static final Nicknames BUNDLED = load();

    private final Map<String, Set<String>> formalForms;

    Nicknames(Map<String, Set<String>> formalForms) {
        this.formalForms = formalForms;
    }

    /** The bundled lists, read once. */
    public static Nicknames bundled() {
        return BUNDLED;
    }

    /**
     * The canonical forms, sorted, of a normalised (lower-case ASCII) name: {@code mike} gives
     * {@code [michael, mike]}, {@code bob} gives {@code [bert, bob, bobby, robert]}, {@code robert} gives
     * {@code [robert]}.
     */
    public Set<String> canonicalForms(String name) {
        Set<String> forms = formalForms.get(name);
        if (forms == null || forms.size() > MAX_FORMS) {
            return Set.of(name);
        }
        Set<String> all = new TreeSet<>(forms);
        all.add(name);
        return all;
    }

    /** True when the two names share a formal form (or are equal). */
    public boolean areVariants(String a, String b) {
        Set<String> formsOfA = canonicalForms(a);
        return canonicalForms(b).stream().anyMatch(formsOfA::contains);
    }

    private static Nicknames load() {
        Map<String, Set<String>> forms = new HashMap<>();
        for (String list : LISTS) {
            try (InputStream in = Nicknames.class.getResourceAsStream(list)) {
                if (in == null) {
                    throw new IllegalStateException("bundled nickname list missing: " + list);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    addLine(line, forms);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Nicknames(forms);
    }

    private static void addLine(String line, Map<String, Set<String>> forms) {
        String[] names = line.strip().toLowerCase(java.util.Locale.ROOT).split(",");
        String formal = names[0].strip();
        if (!isPlainName(formal)) {
            return;
        }
        for (int i = 1; i < names.length; i++) {
            String nickname = names[i].strip();
            if (isPlainName(nickname) && formal.length() > nickname.length()) {
                forms.computeIfAbsent(nickname, n -> new TreeSet<>()).add(formal);
            }
        }
    }

    private static boolean isPlainName(String name) {
        return !name.isEmpty() && name.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }
}
