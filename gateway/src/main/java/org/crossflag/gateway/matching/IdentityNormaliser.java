package org.crossflag.gateway.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Normalises every field of a {@link PersonIdentity}; see {@link NameNormaliser} for names. */
final class IdentityNormaliser {

    /** At most this many name variants travel in an encoding (the primary name, surname parts, aliases). */
    static final int MAX_VARIANTS = 4;

    private static final Pattern PNC = Pattern.compile("(\\d{2}|\\d{4})/?0*(\\d{1,7})([A-Z])");
    private static final Pattern POSTCODE = Pattern.compile("[A-Z]{1,2}\\d[A-Z\\d]?\\d[A-Z]{2}");
    /** Postal codes of other countries (a person may have lived abroad): 3 to 10 letters and digits, a digit. */
    private static final Pattern OTHER_POSTAL_CODE = Pattern.compile("(?=.*\\d)[A-Z0-9]{3,10}");

    private IdentityNormaliser() {}

    static NormalisedIdentity normalise(PersonIdentity person) {
        List<String> given = new ArrayList<>();
        person.givenNames().forEach(name -> given.addAll(NameNormaliser.givenWords(name)));
        List<String> family = new ArrayList<>();
        person.familyNames().forEach(name -> family.addAll(NameNormaliser.familyWords(name)));

        Set<NameVariant> variants = new LinkedHashSet<>();
        String first = given.isEmpty() ? null : given.get(0);
        variants.add(new NameVariant(first, family));
        if (family.size() > 1) {
            // Double-barrelled surnames are often recorded by one half only: Smith-Jones may be Smith elsewhere.
            family.forEach(part -> variants.add(new NameVariant(first, List.of(part))));
        }
        for (String alias : person.aliases()) {
            NameVariant read = alias(alias);
            if (read.family().isEmpty() && read.given() != null && (first != null || !family.isEmpty())) {
                // One word: most often an earlier surname (a birth or married name), sometimes a name used instead of
                // the given name. Either way the rest of the person's name goes with it.
                List<String> asSurname = NameNormaliser.familyWords(alias);
                if (first != null && !asSurname.isEmpty()) {
                    variants.add(new NameVariant(first, asSurname));
                }
                if (!family.isEmpty()) {
                    variants.add(new NameVariant(read.given(), family));
                }
            } else {
                variants.add(read);
            }
        }
        variants.removeIf(NameVariant::isEmpty);
        List<NameVariant> kept = variants.stream().limit(MAX_VARIANTS).toList();

        List<String> postcodes = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (PostalAddress address : person.addresses()) {
            String postcode = postcode(address.postcode());
            if (postcode != null && !postcodes.contains(postcode)) {
                postcodes.add(postcode);
            }
            String line = addressLine(address.firstLine());
            if (line != null) {
                lines.add(line);
            }
        }
        return new NormalisedIdentity(
                kept,
                given.size() > 1 ? List.copyOf(given.subList(1, given.size())) : List.of(),
                person.dateOfBirth(),
                person.sex(),
                List.copyOf(postcodes.subList(0, Math.min(2, postcodes.size()))),
                lines,
                pnc(person.pncId()),
                phone(person.phone()),
                email(person.email()));
    }

    /** "Bobby Smith" and "Smith, Robert" both read as a given name and a family name. */
    static NameVariant alias(String alias) {
        int comma = alias.indexOf(',');
        if (comma >= 0) {
            List<String> family = NameNormaliser.familyWords(alias.substring(0, comma));
            List<String> given = NameNormaliser.givenWords(alias.substring(comma + 1));
            return new NameVariant(given.isEmpty() ? null : given.get(0), family);
        }
        List<String> words = NameNormaliser.givenWords(alias);
        if (words.size() < 2) {
            return new NameVariant(words.isEmpty() ? null : words.get(0), List.of());
        }
        String lastWord = alias.strip().replaceAll(".*[\\s]", "");
        List<String> family = NameNormaliser.familyWords(lastWord);
        return new NameVariant(words.get(0), family.isEmpty() ? List.of(words.get(words.size() - 1)) : family);
    }

    /** Lower-case ASCII words of a first line, space-separated; null when none are left ("--", a blank). */
    static String addressLine(String raw) {
        if (raw == null) {
            return null;
        }
        String line =
                NameNormaliser.asciiLowerCase(raw).replaceAll("[^a-z0-9]+", " ").strip();
        return line.isEmpty() ? null : line;
    }

    /** PNC ids are written 12/345678A, 2012/0345678A or 12345678A; all give 12/345678A. Anything else is null. */
    static String pnc(String raw) {
        if (raw == null) {
            return null;
        }
        Matcher m = PNC.matcher(Blanks.removeAll(raw.toUpperCase(Locale.ROOT)));
        if (!m.matches()) {
            return null;
        }
        String year = m.group(1).length() == 4 ? m.group(1).substring(2) : m.group(1);
        return year + "/" + m.group(2) + m.group(3);
    }

    static String postcode(String raw) {
        if (raw == null) {
            return null;
        }
        String compact = raw.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (POSTCODE.matcher(compact).matches()) {
            return compact;
        }
        return OTHER_POSTAL_CODE.matcher(compact).matches() ? "~" + compact : null;
    }

    /** UK numbers in national form: +44 7700 900123 and 07700-900123 give 07700900123. */
    static String phone(String raw) {
        if (raw == null) {
            return null;
        }
        String digits = raw.replaceAll("[^0-9+]", "");
        if (digits.startsWith("+44")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("0044")) {
            digits = "0" + digits.substring(4);
        }
        digits = digits.replace("+", "");
        return digits.length() >= 9 ? digits : null;
    }

    /** Lower case, blanks around it dropped; null unless something comes before an {@code @}. */
    static String email(String raw) {
        String email = Blanks.strip(raw);
        return email.indexOf('@') < 1 ? null : email.toLowerCase(Locale.ROOT);
    }
}
