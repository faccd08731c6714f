package org.crossflag.gateway.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * The tokens a name word contributes to a Bloom filter, each with how many bits it sets (its weight):
 * <ul>
 * <li>bigrams of the padded word ({@code _r ro ob be er rt t_}), which survive typos;</li>
 * <li>its Double Metaphone codes, primary and alternate, which survive transliteration (Mohammed, Muhammad and
 * Mohamed all give MHMT) and many misspellings;</li>
 * <li>a consonant skeleton (first letter, then consonants without h, w and y, runs collapsed, x as ks), a second,
 * cruder transliteration key (Yusuf, Yousef and Youssef give ysf);</li>
 * </ul>
 * Given and family names get the same tokens, so a given name can be compared with a family name. The canonical
 * forms of a given name from {@link Nicknames} (Mike gives michael) go to a filter of their own, where Mike and
 * Michael agree exactly; mixed into the name filter they were outweighed by the spelling tokens.
 */
final class NameTokens {

    static final int BIGRAM_WEIGHT = 10;
    static final int PHONETIC_WEIGHT = 8;
    static final int SKELETON_WEIGHT = 6;
    static final int CANONICAL_WEIGHT = 12;
    private static final DoubleMetaphone METAPHONE = metaphone();

    private NameTokens() {}

    static void canonical(String word, String prefix, TokenSink sink) {
        for (String form : Nicknames.bundled().canonicalForms(word)) {
            sink.add(prefix + "n:" + form, CANONICAL_WEIGHT);
        }
    }

    static void word(String word, String prefix, TokenSink sink) {
        for (String bigram : bigrams(word)) {
            sink.add(prefix + "b:" + bigram, BIGRAM_WEIGHT);
        }
        for (String code : phonetic(word)) {
            sink.add(prefix + "p:" + code, PHONETIC_WEIGHT);
        }
        sink.add(prefix + "s:" + skeleton(word), SKELETON_WEIGHT);
    }

    /** Distinct bigrams in order of first appearance; a set, so a very long word costs time in its length only. */
    static List<String> bigrams(String word) {
        String padded = "_" + word + "_";
        Set<String> bigrams = new LinkedHashSet<>();
        for (int i = 0; i + 2 <= padded.length(); i++) {
            bigrams.add(padded.substring(i, i + 2));
        }
        return new ArrayList<>(bigrams);
    }

    /** Double Metaphone primary and (when different) alternate codes, at most six characters. */
    static List<String> phonetic(String word) {
        String primary = METAPHONE.doubleMetaphone(word, false);
        String alternate = METAPHONE.doubleMetaphone(word, true);
        if (primary == null || primary.isEmpty()) {
            return List.of();
        }
        return alternate == null || alternate.isEmpty() || alternate.equals(primary)
                ? List.of(primary)
                : List.of(primary, alternate);
    }

    /** The primary Double Metaphone code, or the word itself when it has none. */
    static String primaryPhonetic(String word) {
        String primary = METAPHONE.doubleMetaphone(word, false);
        return primary == null || primary.isEmpty() ? word : primary;
    }

    static String skeleton(String word) {
        String spelled =
                word.replace("x", "ks").replace("ph", "f").replace("ck", "k").replace("q", "k");
        StringBuilder out = new StringBuilder().append(spelled.charAt(0));
        char previous = spelled.charAt(0);
        for (int i = 1; i < spelled.length(); i++) {
            char c = spelled.charAt(i);
            if ("aeiouhwy".indexOf(c) >= 0) {
                continue;
            }
            if (c != previous) {
                out.append(c);
            }
            previous = c;
        }
        return out.toString();
    }

    private static DoubleMetaphone metaphone() {
        DoubleMetaphone metaphone = new DoubleMetaphone();
        metaphone.setMaxCodeLen(6);
        return metaphone;
    }
}
