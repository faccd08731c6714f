package org.crossflag.gateway.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How the right force's record of a person differs from the left force's, each kind of noise applied independently
 * at its rate (docs/matching.md lists them). The rates are meant to be realistic for police records of the same
 * person in two areas, where most differences are one or two small ones.
 */
final class NoiseModel {

    static final double GIVEN_TYPO = 0.08;
    static final double FAMILY_TYPO = 0.08;
    static final double NICKNAME = 0.15;
    static final double TRANSLITERATION = 0.5;
    static final double SURNAME_CHANGE = 0.03;
    static final double SURNAME_CHANGE_KEEPS_ALIAS = 0.7;
    static final double HYPHENATION = 0.04;
    static final double ORDER_SWAP = 0.02;
    static final double MIDDLE_NAME_DROPPED = 0.3;
    static final double GIVEN_MISSING = 0.01;
    static final double DOB_SWAP = 0.04;
    static final double DOB_TYPO = 0.05;
    static final double DOB_MISSING = 0.02;
    static final double DOB_YEAR_ONLY = 0.01;
    static final double SEX_MISSING = 0.03;
    static final double MOVED = 0.5;
    static final double POSTCODE_MISSING = 0.1;
    static final double PNC_DROPPED = 0.2;
    static final double PNC_ADDED = 0.05;
    static final double FORMATTING = 0.1;

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    private final Random random;
    private final SyntheticPeople people;

    NoiseModel(Random random, SyntheticPeople people) {
        this.random = random;
        this.people = people;
    }

    SyntheticPeople.Person duplicate(SyntheticPeople.Person original, String id) {
        String[] given = original.givenNames().split(" ");
        String first = given[0];
        String middle = given.length > 1 && !chance(MIDDLE_NAME_DROPPED) ? given[1] : null;
        String family = original.familyName();
        List<String> aliases = new ArrayList<>(original.aliases());

        first = variant(first);
        family = variant(family);
        if (chance(NICKNAME) && SyntheticNames.NICKNAMES.containsKey(first)) {
            List<String> nicknames = SyntheticNames.NICKNAMES.get(first);
            first = nicknames.get(random.nextInt(nicknames.size()));
        }
        if (chance(GIVEN_TYPO)) {
            first = typo(first);
        }
        if (chance(SURNAME_CHANGE)) {
            if (chance(SURNAME_CHANGE_KEEPS_ALIAS)) {
                aliases.add(first + " " + family);
            }
            family = people.otherSurname();
        } else if (chance(HYPHENATION)) {
            family = hyphenation(family);
        }
        if (chance(FAMILY_TYPO)) {
            family = typo(family);
        }
        String givenNames = middle == null ? first : first + " " + middle;
        if (chance(GIVEN_MISSING)) {
            givenNames = "";
        }
        if (chance(ORDER_SWAP)) {
            String swapped = family;
            family = first;
            givenNames = swapped;
        }
        if (chance(FORMATTING)) {
            givenNames = random.nextBoolean() ? "Mr " + givenNames : givenNames.toUpperCase(Locale.ROOT);
            family = family.toUpperCase(Locale.ROOT);
        }

        PartialDate dob = date(original.dob());
        Sex sex = chance(SEX_MISSING) ? Sex.UNKNOWN : original.sex();
        String postcode = original.postcode();
        String address = original.address();
        if (chance(MOVED)) {
            postcode = people.postcode();
            address = people.address();
        }
        if (chance(POSTCODE_MISSING)) {
            postcode = null;
            address = null;
        }
        String pnc = original.pncId();
        if (pnc != null && chance(PNC_DROPPED)) {
            pnc = null;
        }
        return new SyntheticPeople.Person(id, original.personId(), givenNames, family, aliases, dob, sex, pnc, postcode, address);
    }

    PartialDate date(PartialDate dob) {
        if (chance(DOB_MISSING)) {
            return PartialDate.unknown();
        }
        if (chance(DOB_YEAR_ONLY)) {
            return new PartialDate(dob.year(), null, null);
        }
        PartialDate result = dob;
        if (chance(DOB_SWAP) && dob.day() <= 12 && !dob.day().equals(dob.month())) {
            result = PartialDate.of(dob.year(), dob.day(), dob.month());
        }
        if (chance(DOB_TYPO)) {
            result = digitTypo(result);
        }
        return result;
    }

    /** Changes one digit of the date, keeping it a real date (tries until it is). */
    private PartialDate digitTypo(PartialDate date) {
        for (int attempt = 0; attempt < 20; attempt++) {
            char[] digits = String.format("%04d%02d%02d", date.year(), date.month(), date.day()).toCharArray();
            int position = 2 + random.nextInt(6);
            char replacement = (char) ('0' + random.nextInt(10));
            if (replacement == digits[position]) {
                continue;
            }
            digits[position] = replacement;
            String text = new String(digits);
            try {
                return PartialDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(4, 6)),
                        Integer.parseInt(text.substring(6, 8)));
            } catch (IllegalArgumentException e) {
                // Not a real date (month 13, 31 February...): try another digit.
            }
        }
        return date;
    }

    /** One insertion, deletion, substitution or transposition, less often in the first letter. */
    String typo(String name) {
        if (name.length() < 3) {
            return name;
        }
        StringBuilder word = new StringBuilder(name);
        int position = random.nextDouble() < 0.15 ? 0 : 1 + random.nextInt(name.length() - 1);
        char letter = LETTERS.charAt(random.nextInt(LETTERS.length()));
        switch (random.nextInt(4)) {
            case 0 -> word.insert(position, letter);
            case 1 -> word.deleteCharAt(position);
            case 2 -> word.setCharAt(position, position == 0 ? Character.toUpperCase(letter) : letter);
            default -> {
                int next = Math.min(position + 1, name.length() - 1);
                int at = next == position ? position - 1 : position;
                char c = word.charAt(at);
                word.setCharAt(at, word.charAt(at + 1));
                word.setCharAt(at + 1, c);
            }
        }
        return word.toString();
    }

    private String hyphenation(String family) {
        if (family.contains("-")) {
            String[] parts = family.split("-");
            return random.nextBoolean() ? parts[random.nextInt(parts.length)] : String.join(" ", parts);
        }
        return random.nextBoolean() ? family + "-" + people.otherSurname() : people.otherSurname() + "-" + family;
    }

    private String variant(String name) {
        for (List<String> group : SyntheticNames.VARIANTS) {
            if (group.contains(name) && chance(TRANSLITERATION)) {
                return group.get(random.nextInt(group.size()));
            }
        }
        return name;
    }

    private boolean chance(double rate) {
        return random.nextDouble() < rate;
    }
}
