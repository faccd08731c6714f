package org.crossflag.gateway.matching;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of records as forces may hold them, for the property tests: any Unicode text (control characters,
 * combining marks, lone surrogates, blanks of every kind, very long words), absent values and lists holding
 * absent values, partial dates, and identifiers of every form, usable or not. All synthetic.
 */
final class ArbitraryRecords {

    private ArbitraryRecords() {}

    /** Any text a cell may hold, null included. Very long words are rare, since every one is hashed in full. */
    static Arbitrary<String> text() {
        Arbitrary<String> anyCharacters = Arbitraries.strings().all().ofMaxLength(40);
        Arbitrary<String> nameLike =
                Arbitraries.strings().alpha().withChars(" -'.,").ofMaxLength(30);
        Arbitrary<String> combiningMarks = Arbitraries.strings()
                .withCharRange('\u0300', '\u036f')
                .withCharRange('a', 'e')
                .withChars("ØßæłİıÆŒ")
                .ofMaxLength(20);
        Arbitrary<String> controlsAndBlanks = Arbitraries.strings()
                .withCharRange('\u0000', '\u001f')
                .withChars(" \u007f\u00a0\u2003\u200b\u202f\ufeff\u3000\ud800\udc00")
                .ofMaxLength(10);
        Arbitrary<String> veryLong =
                Arbitraries.strings().withCharRange('a', 'z').ofLength(5_000);
        Arbitrary<String> awkward = Arbitraries.of(
                "",
                " ",
                "\t",
                "Mr",
                "Miss",
                "al",
                "van der",
                "Smith-Jones",
                "O'Brien",
                "Zoë",
                "Łukasz",
                "İ",
                "ß",
                "ﬀ",
                "Smith, Robert",
                "--",
                "N/A",
                "\u00a0");
        return Arbitraries.frequencyOf(
                        Tuple.of(12, anyCharacters),
                        Tuple.of(12, nameLike),
                        Tuple.of(6, combiningMarks),
                        Tuple.of(6, controlsAndBlanks),
                        Tuple.of(1, veryLong),
                        Tuple.of(6, awkward))
                .injectNull(0.1);
    }

    /** A list of names as an adapter may hand it: null, empty, or holding absent and blank entries. */
    static Arbitrary<List<String>> names() {
        return text().list().ofMaxSize(3).injectNull(0.1);
    }

    /** A possible partial date of birth (an impossible day is dropped), or null. */
    static Arbitrary<PartialDate> dates() {
        return Combinators.combine(
                        Arbitraries.integers().between(1850, 2200).injectNull(0.3),
                        Arbitraries.integers().between(1, 12).injectNull(0.3),
                        Arbitraries.integers().between(1, 31).injectNull(0.3))
                .as((year, month, day) -> {
                    try {
                        return new PartialDate(year, month, day);
                    } catch (IllegalArgumentException impossible) {
                        return new PartialDate(year, month, null);
                    }
                })
                .injectNull(0.1);
    }

    /** Text a date-of-birth cell may hold: well formed or not, possible or not. */
    static Arbitrary<String> dateTexts() {
        Arbitrary<String> part = Arbitraries.oneOf(
                Arbitraries.strings().numeric().ofMaxLength(5), Arbitraries.of("??", "????", "00", "0000", "", " "));
        return Arbitraries.oneOf(
                text(),
                Combinators.combine(part, part, part).as((y, m, d) -> y + "-" + m + "-" + d),
                Combinators.combine(part, part).as((y, m) -> y + "-" + m),
                Arbitraries.of("1985-02-30", "1985-13-01", "0000-00-00", "1984-??-07", "19/04/1983", "1985-1-2"));
    }

    static Arbitrary<String> pncIds() {
        Arbitrary<String> wellFormed = Combinators.combine(
                        Arbitraries.integers().between(0, 99),
                        Arbitraries.integers().between(0, 9_999_999),
                        Arbitraries.chars().range('A', 'Z'),
                        Arbitraries.of("%02d/%d%c", "20%02d/%07d%c", "%02d%d%c", " %02d / %d %c "))
                .as((year, number, letter, form) -> String.format(form, year, number, letter));
        return Arbitraries.oneOf(wellFormed, text());
    }

    static Arbitrary<String> phones() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789+ -()").ofMaxLength(20), text());
    }

    static Arbitrary<String> emails() {
        return Arbitraries.oneOf(
                Combinators.combine(text(), text()).as((local, domain) -> local + "@" + domain), text());
    }

    static Arbitrary<List<PostalAddress>> addresses() {
        Arbitrary<String> postcodes = Arbitraries.oneOf(text(), Arbitraries.of("CM1 1AA", "nr25tu", "TR1 2ZZ", "X"));
        return Combinators.combine(postcodes, text())
                .as(PostalAddress::new)
                .injectNull(0.1)
                .list()
                .ofMaxSize(3)
                .injectNull(0.1);
    }

    /** Any record: every field arbitrary, absent or blank. */
    static Arbitrary<PersonIdentity> people() {
        Arbitrary<String[]> contacts = Combinators.combine(pncIds(), phones(), emails())
                .as((pnc, phone, email) -> new String[] {pnc, phone, email});
        return Combinators.combine(
                        names(),
                        names(),
                        names(),
                        dates(),
                        Arbitraries.of(Sex.class).injectNull(0.1),
                        addresses(),
                        contacts)
                .as((given, family, aliases, dob, sex, addresses, contact) -> new PersonIdentity(
                        given, family, aliases, dob, sex, addresses, contact[0], contact[1], contact[2]));
    }

    /** A word of Latin letters that normalisation keeps. */
    static Arbitrary<String> latinWords() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(12);
    }

    /**
     * A record with a given name and a family name that each keep a word once normalised, and a complete date of
     * birth; every other field arbitrary.
     */
    static Arbitrary<PersonIdentity> namedWithFullDates() {
        Arbitrary<String> name =
                Combinators.combine(latinWords(), text()).as((word, rest) -> rest == null ? word : word + " " + rest);
        Arbitrary<PartialDate> fullDates = Arbitraries.longs()
                .between(
                        LocalDate.of(1850, 1, 1).toEpochDay(),
                        LocalDate.of(2200, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay)
                .map(d -> PartialDate.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
        return Combinators.combine(people(), name, name, fullDates)
                .as((p, given, family, dob) -> new PersonIdentity(
                        List.of(given),
                        List.of(family),
                        p.aliases(),
                        dob,
                        p.sex(),
                        p.addresses(),
                        p.pncId(),
                        p.phone(),
                        p.email()));
    }

    /** An encoding of the right shape filled with random bits: what a careless or hostile peer might build. */
    static Arbitrary<IdentityEncoding> randomEncodings() {
        Arbitrary<long[][]> names = filter(IdentityEncoding.NAME_WORDS)
                .list()
                .ofMinSize(1)
                .ofMaxSize(4)
                .map(rows -> rows.toArray(long[][]::new));
        Arbitrary<int[]> keys = blockingKeys()
                .set()
                .ofMaxSize(40)
                .map(set -> set.stream().mapToInt(Integer::intValue).sorted().toArray());
        Arbitrary<long[]> tokens = Arbitraries.longs().array(long[].class).ofSize(3);
        return Combinators.combine(
                        filter(FilterField.CLK.words()),
                        names,
                        filter(FilterField.MIDDLE_NAMES.words()),
                        filter(IdentityEncoding.DATE_WORDS),
                        filter(FilterField.POSTCODE.words()),
                        filter(FilterField.ADDRESS.words()),
                        keys,
                        tokens)
                .as((clk, nameRows, middle, date, postcode, address, blocking, t) -> new IdentityEncoding(
                        1, clk, nameRows, middle, date, postcode, address, blocking, t[0], t[1], t[2]));
    }

    /** Well-formed blocking keys of every kind. */
    static Arbitrary<Integer> blockingKeys() {
        return Combinators.combine(
                        Arbitraries.of(1, 2, 3, 4, 5, 6), Arbitraries.integers().between(0, (1 << 20) - 1))
                .as((kind, value) -> (kind << 24) | (value >>> (20 - width(kind))));
    }

    private static int width(int kind) {
        return switch (kind) {
            case 3 -> 12;
            case 4 -> 20;
            case 6 -> 18;
            default -> 16;
        };
    }

    /** A filter of {@code words} words: empty (absent), random bits, or all set. */
    private static Arbitrary<long[]> filter(int words) {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(words).map(long[]::new)),
                Tuple.of(4, Arbitraries.longs().array(long[].class).ofSize(words)),
                Tuple.of(1, Arbitraries.just(words).map(n -> {
                    long[] full = new long[n];
                    java.util.Arrays.fill(full, -1L);
                    return full;
                })));
    }
}
