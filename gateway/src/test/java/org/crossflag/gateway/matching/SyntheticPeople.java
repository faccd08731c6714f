package org.crossflag.gateway.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded, deterministic synthetic people for two forces, with ground truth. The left force holds {@code people}
 * people; the right holds a noisy duplicate of a share of them ({@link NoiseModel}) and as many other people, so
 * both sides have {@code people} records. Names are drawn from {@link SyntheticNames} with a Zipf-like skew (common
 * names are common), dates of birth uniformly from 1955 to 2006. Only synthetic people, ever.
 */
public final class SyntheticPeople {

    /** One record of a force, in the CSV columns of match-eval plus the ground-truth {@code personId}. */
    public record Person(
            String id,
            String personId,
            String givenNames,
            String familyName,
            List<String> aliases,
            PartialDate dob,
            Sex sex,
            String pncId,
            String postcode,
            String address) {

        /** The person as match-eval reads them from its CSV columns. */
        public PersonIdentity identity() {
            return new PersonIdentity(
                    List.of(givenNames),
                    List.of(familyName),
                    aliases,
                    dob,
                    sex,
                    postcode == null ? List.of() : List.of(new PostalAddress(postcode, address)),
                    pncId,
                    null,
                    null);
        }

        List<String> csvFields() {
            return List.of(
                    id,
                    givenNames,
                    familyName,
                    String.join(";", aliases),
                    dob.isUnknown() ? "" : dobText(),
                    sex == Sex.UNKNOWN ? "" : sex.name().substring(0, 1),
                    pncId == null ? "" : pncId,
                    postcode == null ? "" : postcode,
                    address == null ? "" : address,
                    personId);
        }

        private String dobText() {
            if (dob.month() == null) {
                return String.format("%04d", dob.year());
            }
            return dob.day() == null
                    ? String.format("%04d-%02d", dob.year(), dob.month())
                    : String.format("%04d-%02d-%02d", dob.year(), dob.month(), dob.day());
        }
    }

    public record Dataset(List<Person> left, List<Person> right, int duplicates) {}

    private static final double GIVEN_SKEW = 0.7;
    private static final double FAMILY_SKEW = 0.6;
    private final Random random;
    private final ZipfList male = new ZipfList(SyntheticNames.MALE, GIVEN_SKEW);
    private final ZipfList female = new ZipfList(SyntheticNames.FEMALE, GIVEN_SKEW);
    private final ZipfList family =
            new ZipfList(SyntheticNames.FAMILY.stream().distinct().toList(), FAMILY_SKEW);

    SyntheticPeople(long seed) {
        this.random = new Random(seed);
    }

    public static Dataset generate(long seed, int people, double duplicateShare) {
        return generate(seed, people, duplicateShare, NoiseModel.STANDARD);
    }

    public static Dataset generate(long seed, int people, double duplicateShare, NoiseModel.Rates rates) {
        SyntheticPeople generator = new SyntheticPeople(seed);
        NoiseModel noise = new NoiseModel(rates, new Random(seed * 31 + 7), generator);
        int duplicates = (int) Math.round(people * duplicateShare);
        List<Person> left = new ArrayList<>(people);
        for (int i = 0; i < people; i++) {
            left.add(generator.person(String.format("L%07d", i), String.format("P%07d", i)));
        }
        List<Person> right = new ArrayList<>(people);
        for (int i = 0; i < duplicates; i++) {
            right.add(noise.duplicate(left.get(i), String.format("R%07d", i)));
        }
        for (int i = duplicates; i < people; i++) {
            right.add(generator.person(String.format("R%07d", i), String.format("Q%07d", i)));
        }
        // Shuffle the right side so that duplicates are not all first.
        java.util.Collections.shuffle(right, new Random(seed * 17 + 3));
        return new Dataset(left, right, duplicates);
    }

    Person person(String id, String personId) {
        Sex sex = random.nextDouble() < 0.8 ? Sex.MALE : Sex.FEMALE;
        ZipfList givenList = sex == Sex.MALE ? male : female;
        String given = givenList.draw(random);
        if (random.nextDouble() < 0.3) {
            String middle = givenList.draw(random);
            if (!middle.equals(given)) {
                given = given + " " + middle;
            }
        }
        String surname = family.draw(random);
        if (random.nextDouble() < 0.04) {
            String second = family.draw(random);
            if (!second.equals(surname) && !surname.contains("-") && !second.contains("-")) {
                surname = surname + "-" + second;
            }
        }
        int year = 1955 + random.nextInt(52);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(java.time.YearMonth.of(year, month).lengthOfMonth());
        List<String> aliases = new ArrayList<>();
        if (random.nextDouble() < 0.06) {
            aliases.add(
                    random.nextBoolean()
                            ? given.split(" ")[0] + " " + family.draw(random)
                            : surname + ", " + givenList.draw(random));
        }
        String pnc = random.nextDouble() < 0.4 ? pncId() : null;
        return new Person(
                id,
                personId,
                given,
                surname,
                aliases,
                PartialDate.of(year, month, day),
                sex,
                pnc,
                postcode(),
                address());
    }

    String otherSurname() {
        return family.draw(random);
    }

    String postcode() {
        String area = SyntheticNames.POSTCODE_AREAS.get(random.nextInt(SyntheticNames.POSTCODE_AREAS.size()));
        String letters = "ABDEFGHJLNPQRSTUWXYZ";
        return area + (1 + random.nextInt(25)) + " " + random.nextInt(10)
                + letters.charAt(random.nextInt(letters.length())) + letters.charAt(random.nextInt(letters.length()));
    }

    String address() {
        return (1 + random.nextInt(180)) + " "
                + SyntheticNames.STREETS.get(random.nextInt(SyntheticNames.STREETS.size())) + " "
                + SyntheticNames.STREET_KINDS.get(random.nextInt(SyntheticNames.STREET_KINDS.size()));
    }

    String pncId() {
        int year = 85 + random.nextInt(40);
        return String.format("%02d/%07d%c", year % 100, random.nextInt(10_000_000), (char) ('A' + random.nextInt(26)));
    }

    /** Draws list entries with probability proportional to 1 / rank^skew. */
    static final class ZipfList {

        private final List<String> names;
        private final double[] cumulative;

        ZipfList(List<String> names, double skew) {
            this.names = names;
            this.cumulative = new double[names.size()];
            double total = 0;
            for (int i = 0; i < names.size(); i++) {
                total += 1.0 / Math.pow(i + 1, skew);
                cumulative[i] = total;
            }
            for (int i = 0; i < cumulative.length; i++) {
                cumulative[i] /= total;
            }
        }

        String draw(Random random) {
            double x = random.nextDouble();
            int index = java.util.Arrays.binarySearch(cumulative, x);
            return names.get(index >= 0 ? index : Math.min(-index - 1, names.size() - 1));
        }
    }
}
