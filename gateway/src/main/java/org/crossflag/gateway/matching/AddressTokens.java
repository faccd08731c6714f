package org.crossflag.gateway.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Tokens of the first line of an address, normalised to lower-case letters, digits and single spaces: each number
 * as one token ({@code n:609}), and the bigrams of the letters run together ({@code shepherdsonplace}), so that
 * "shepherdson place", "shepherdsonplace" and "shepherdsn place" keep most of their tokens.
 */
final class AddressTokens {

    private AddressTokens() {}

    static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        StringBuilder letters = new StringBuilder();
        for (String word : line.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.chars().allMatch(Character::isDigit)) {
                tokens.add("n:" + word);
            } else {
                letters.append(word.replaceAll("[^a-z]", ""));
            }
        }
        String padded = "_" + letters + "_";
        if (letters.length() > 0) {
            for (int i = 0; i + 2 <= padded.length(); i++) {
                tokens.add("s:" + padded.substring(i, i + 2));
            }
        }
        return tokens;
    }
}
