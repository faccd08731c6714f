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

    /** The rate of each kind of noise, applied independently (docs/matching.md). */
    record Rates(
            double givenTypo,
            double familyTypo,
            double nickname,
            double transliteration,
            double surnameChange,
            double surnameChangeKeepsAlias,
            double hyphenation,
            double orderSwap,
            double middleNameDropped,
            double givenMissing,
            double dobSwap,
            double dobTypo,
            double dobMissing,
            double dobYearOnly,
            double sexMissing,
            double moved,
            double postcodeMissing,
            double pncDropped,
            double pncAdded,
            double formatting) {}

    /** The reference model: the accuracy targets are measured on it. */
    static final Rates STANDARD = new Rates(
            0.05, 0.05, 0.15, 0.5, 0.02, 0.7, 0.03, 0.02, 0.3, 0.005, 0.04, 0.03, 0.01, 0.01, 0.03, 0.5, 0.1, 0.2, 0.05,
            0.1);
    /** Roughly twice the typos and date errors of STANDARD: reported beside it, to show how accuracy degrades. */
    static final Rates HEAVY = new Rates(
            0.08, 0.08, 0.15, 0.5, 0.03, 0.7, 0.04, 0.02, 0.3, 0.01, 0.04, 0.05, 0.02, 0.01, 0.03, 0.5, 0.1, 0.2, 0.05,
            0.1);

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    private final Rates rates;
    private final Random random;
    private final SyntheticPeople people;

    NoiseModel(Rates rates, Random random, SyntheticPeople people) {
        this.rates = rates;
        this.random = random;
        this.people = people;
    }

    SyntheticPeople.Person duplicate(SyntheticPeople.Person original, String id) {
        String[] given = original.givenNames().split(" ");
        String first = given[0];
        String middle = given.length > 1 && !chance(rates.middleNameDropped()) ? given[1] : null;
        String family = original.familyName();
        List<String> aliases = new ArrayList<>(original.aliases());

        first = variant(first);
        family = variant(family);
        if (chance(rates.nickname()) && SyntheticNames.NICKNAMES.containsKey(first)) {
            List<String> nicknames = SyntheticNames.NICKNAMES.get(first);
            first = nicknames.get(random.nextInt(nicknames.size()));
        }
        if (chance(rates.givenTypo())) {
            first = typo(first);
        }
        if (chance(rates.surnameChange())) {
            if (chance(rates.surnameChangeKeepsAlias())) {
                aliases.add(first + " " + family);
            }
            family = people.otherSurname();
        } else if (chance(rates.hyphenation())) {
            family = hyphenation(family);
        }
        if (chance(rates.familyTypo())) {
            family = typo(family);
        }
        String givenNames = middle == null ? first : first + " " + middle;
        if (chance(rates.givenMissing())) {
            givenNames = "";
        }
        if (chance(rates.orderSwap())) {
            String swapped = family;
            family = first;
            givenNames = swapped;
        }
        if (chance(rates.formatting())) {
            givenNames = random.nextBoolean() ? "Mr " + givenNames : givenNames.toUpperCase(Locale.ROOT);
            family = family.toUpperCase(Locale.ROOT);
        }

        PartialDate dob = date(original.dob());
        Sex sex = chance(rates.sexMissing()) ? Sex.UNKNOWN : original.sex();
        String postcode = original.postcode();
        String address = original.address();
        if (chance(rates.moved())) {
            postcode = people.postcode();
            address = people.address();
        }
        if (chance(rates.postcodeMissing())) {
            postcode = null;
            address = null;
        }
        String pnc = original.pncId();
        if (pnc != null && chance(rates.pncDropped())) {
            pnc = null;
        } else if (pnc == null && chance(rates.pncAdded())) {
            // Arrested since, in the right force's area: only the right record has a PNC id.
            pnc = people.pncId();
        }
        return new SyntheticPeople.Person(
                id, original.personId(), givenNames, family, aliases, dob, sex, pnc, postcode, address);
    }

    PartialDate date(PartialDate dob) {
        if (chance(rates.dobMissing())) {
            return PartialDate.unknown();
        }
        if (chance(rates.dobYearOnly())) {
            return new PartialDate(dob.year(), null, null);
        }
        PartialDate result = dob;
        if (chance(rates.dobSwap()) && dob.day() <= 12 && !dob.day().equals(dob.month())) {
            result = PartialDate.of(dob.year(), dob.day(), dob.month());
        }
        if (chance(rates.dobTypo())) {
            result = digitTypo(result);
        }
        return result;
    }

    /** Changes one digit of the date, keeping it a real date (tries until it is). */
    private PartialDate digitTypo(PartialDate date) {
        for (int attempt = 0; attempt < 20; attempt++) {
            char[] digits = String.format("%04d%02d%02d", date.year(), date.month(), date.day())
                    .toCharArray();
            int position = 2 + random.nextInt(6);
            char replacement = (char) ('0' + random.nextInt(10));
            if (replacement == digits[position]) {
                continue;
            }
            digits[position] = replacement;
            String text = new String(digits);
            try {
                return PartialDate.of(
                        Integer.parseInt(text.substring(0, 4)),
                        Integer.parseInt(text.substring(4, 6)),
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
            if (group.contains(name) && chance(rates.transliteration())) {
                return group.get(random.nextInt(group.size()));
            }
        }
        return name;
    }

    private boolean chance(double rate) {
        return random.nextDouble() < rate;
    }
}
