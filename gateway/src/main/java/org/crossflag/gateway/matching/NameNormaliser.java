package org.crossflag.gateway.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a written name into lower-case ASCII words, the same way on every node:
 * <ul>
 * <li>diacritics are dropped (Zoë, Łukasz, Ṣāliḥ become zoe, lukasz, salih) and ligatures spelt out (ß, æ, œ);</li>
 * <li>apostrophes vanish (O'Brien, D'Souza become obrien, dsouza), and any other punctuation separates words, so a
 * hyphenated or double-barrelled surname becomes a set of words (Smith-Jones gives smith, jones);</li>
 * <li>titles and suffixes (Mr, Mrs, Dr, Sir, Jr, III...) are removed;</li>
 * <li>in family names, particles join the word after them (van der Berg gives vanderberg, De Souza gives desouza,
 * Mc Donald gives mcdonald), and the Arabic article is dropped (Al-Hassan and El Hassan give hassan), because
 * records write these every possible way.</li>
 * </ul>
 */
public final class NameNormaliser {

    static final Set<String> TITLES = Set.of(
            "mr",
            "mrs",
            "ms",
            "miss",
            "mx",
            "dr",
            "doctor",
            "prof",
            "professor",
            "sir",
            "dame",
            "lord",
            "lady",
            "rev",
            "revd",
            "reverend",
            "fr",
            "father",
            "sr",
            "snr",
            "jr",
            "jnr",
            "junior",
            "senior",
            "ii",
            "iii",
            "iv",
            "esq",
            "master",
            "hon",
            "capt",
            "sgt");
    private static final Set<String> JOINING_PARTICLES = Set.of(
            "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "du", "le", "la", "st", "mac", "mc",
            "ter", "ten");
    private static final Set<String> DROPPED_ARTICLES = Set.of("al", "el");

    private NameNormaliser() {}

    /** The words of a given name (or several): "Dr. Jean-Luc" gives [jean, luc]. */
    public static List<String> givenWords(String raw) {
        return withoutTitles(split(raw));
    }

    /** The words of a family name, with particles joined: "van der Berg-Smith" gives [vanderberg, smith]. */
    public static List<String> familyWords(String raw) {
        List<String> words = withoutTitles(split(raw));
        List<String> joined = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean last = i == words.size() - 1;
            if (DROPPED_ARTICLES.contains(word) && !last) {
                continue;
            }
            if (JOINING_PARTICLES.contains(word) && !last) {
                pending.append(word);
                continue;
            }
            joined.add(pending + word);
            pending.setLength(0);
        }
        return joined;
    }

    /** Lower-case ASCII letters only, words split on anything else; titles kept. */
    static List<String> split(String raw) {
        if (raw == null) {
            return List.of();
        }
        String ascii = asciiLowerCase(raw);
        List<String> words = new ArrayList<>();
        for (String word : ascii.split("[^a-z]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    static String asciiLowerCase(String raw) {
        String folded = raw.toLowerCase(Locale.ROOT)
                .replace("ß", "ss")
                .replace("æ", "ae")
                .replace("œ", "oe")
                .replace("ø", "o")
                .replace("ł", "l")
                .replace("đ", "d")
                .replace("ð", "d")
                .replace("þ", "th")
                .replace("ı", "i")
                .replace("'", "")
                .replace("\u2019", "")
                .replace("\u2018", "")
                .replace("`", "");
        return Normalizer.normalize(folded, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    }

    private static List<String> withoutTitles(List<String> words) {
        List<String> kept = new ArrayList<>(words.size());
        for (String word : words) {
            if (!TITLES.contains(word)) {
                kept.add(word);
            }
        }
        // A "name" that is nothing but a title ("Miss") is kept rather than lost.
        return kept.isEmpty() ? words : kept;
    }
}
