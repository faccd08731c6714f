package org.crossflag.gateway.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossflag.gateway.matching.MatchingFixtures.person;

import java.util.List;

import org.junit.jupiter.api.Test;

class IdentityEncoderTests {

    private final IdentityEncoder encoder = new IdentityEncoder(MatchingFixtures.twoVersions());
    private final PersonIdentity robert = person("Robert", "Smith", "1985-03-12")
            .withPncId("12/345678A")
            .withAddresses(List.of(new PostalAddress("SE15 4QN", "12 Acacia Avenue")));

    @Test
    void theLongestNamesStillFitTheWireFormatsBlockingKeys() {
        PersonIdentity long_ = person(
                        "Maximiliantheodorus Bartholomewsonius",
                        "Featherstonehaughworthington-Cholmondeleyfanshawe-Wolfeschlegelsteinhausen",
                        "1985-03-12")
                .withAliases(List.of(
                        "Christopherson Montgomeryshire-Fitzwilliamson",
                        "Alexandrovich, Konstantinopolous",
                        "Wellingtonborough"))
                .withPncId("85/1234567X");
        IdentityEncoding encoding = encoder.encode(long_, 1);
        assertThat(encoding.blockingKeys().length).isBetween(30, IdentityEncodingCodec.MAX_BLOCKING_KEYS);
        IdentityEncoding read = new IdentityEncodingCodec().read(new IdentityEncodingCodec().write(encoding));
        assertThat(read).isEqualTo(encoding);
    }

    @Test
    void encodingIsDeterministic() {
        assertThat(encoder.encode(robert, 1))
                .isEqualTo(new IdentityEncoder(MatchingFixtures.twoVersions()).encode(robert, 1));
    }

    @Test
    void differentKeyVersionsGiveUnrelatedBits() {
        IdentityEncoding v1 = encoder.encode(robert, 1);
        IdentityEncoding v2 = encoder.encode(robert, 2);
        assertThat(v1.clk()).isNotEqualTo(v2.clk());
        assertThat(BitVectors.dice(v1.clk(), v2.clk())).isLessThan(0.6);
        assertThat(BitVectors.dice(v1.names()[0], 0, v2.names()[0], 0, 8)).isLessThan(0.75);
        assertThat(v1.pncToken()).isNotEqualTo(v2.pncToken());
        assertThat(v1.blockingKeys()).isNotEqualTo(v2.blockingKeys());
    }

    @Test
    void formattingDifferencesDoNotChangeTheEncoding() {
        PersonIdentity shouted = new PersonIdentity(
                List.of("MR ROBERT"),
                List.of("SMITH"),
                List.of(),
                PartialDate.of(1985, 3, 12),
                Sex.MALE,
                List.of(new PostalAddress("se15 4qn", "12 ACACIA AVENUE")),
                "2012/0345678A",
                null,
                null);
        assertThat(encoder.encode(shouted, 1)).isEqualTo(encoder.encode(robert, 1));
    }

    @Test
    void nicknamesShareACanonicalForm() {
        IdentityEncoding bob = encoder.encode(person("Bob", "Smith", "1985-03-12"), 1);
        IdentityEncoding rob = encoder.encode(robert, 1);
        IdentityEncoding craig = encoder.encode(person("Craig", "Smith", "1985-03-12"), 1);
        assertThat(MatchScorer.sharesCanonicalForm(bob.names()[0], rob.names()[0], 0))
                .isTrue();
        assertThat(MatchScorer.sharesCanonicalForm(craig.names()[0], rob.names()[0], 0))
                .isFalse();
    }

    @Test
    void transliterationsAndTyposStayCloseWhileOtherNamesDoNot() {
        double variant = givenDice(person("Mohammed", "Khan", "1990-01-01"), person("Muhammad", "Khan", "1990-01-01"));
        double typo = givenDice(person("Katherine", "Khan", "1990-01-01"), person("Katherien", "Khan", "1990-01-01"));
        double other = givenDice(person("Mohammed", "Khan", "1990-01-01"), person("Tomasz", "Khan", "1990-01-01"));
        assertThat(variant).isGreaterThan(0.75);
        assertThat(typo).isGreaterThan(0.75);
        assertThat(other).isLessThan(0.7);
    }

    @Test
    void swappedNamesCanBeComparedAcrossFilters() {
        IdentityEncoding straight = encoder.encode(person("Owen", "Chambers", "1959-03-11"), 1);
        IdentityEncoding swapped = encoder.encode(person("Chambers", "Owen", "1959-03-11"), 1);
        assertThat(BitVectors.dice(straight.names()[0], 0, swapped.names()[0], 8, 8))
                .isEqualTo(1.0);
        assertThat(BitVectors.dice(straight.names()[0], 8, swapped.names()[0], 0, 8))
                .isEqualTo(1.0);
    }

    @Test
    void doubleBarrelledSurnamesAndAliasesBecomeNameVariants() {
        PersonIdentity hyphenated =
                person("Rhiannon", "Hall-Jones", "2002-05-07").withAliases(List.of("Rhiannon Pritchard"));
        assertThat(encoder.encode(hyphenated, 1).names().length).isEqualTo(4);
    }

    @Test
    void missingFieldsStayEmpty() {
        IdentityEncoding sparse = encoder.encode(
                new PersonIdentity(
                        List.of(),
                        List.of("Smith"),
                        List.of(),
                        PartialDate.unknown(),
                        null,
                        List.of(),
                        null,
                        null,
                        null),
                1);
        assertThat(BitVectors.cardinality(sparse.dateOfBirth(), 0, sparse.dateOfBirth().length))
                .isZero();
        assertThat(BitVectors.cardinality(sparse.postcode(), 0, sparse.postcode().length))
                .isZero();
        assertThat(BitVectors.cardinality(sparse.middleNames(), 0, sparse.middleNames().length))
                .isZero();
        assertThat(sparse.pncToken()).isZero();
        assertThat(MatchScorer.isEmpty(sparse.names()[0], 0, 8)).isTrue();
    }

    @Test
    void balancedFiltersHaveExactlyHalfTheirBitsSet() {
        IdentityEncoding encoding = encoder.encode(robert, 1);
        assertThat(BitVectors.cardinality(encoding.names()[0], 0, 8)).isEqualTo(256);
        assertThat(BitVectors.cardinality(encoding.postcode(), 0, 4)).isEqualTo(128);
    }

    @Test
    void indexEncodingsFollowTheAcceptedVersions() {
        assertThat(encoder.encodeForIndex(robert, MatchingFixtures.V2_START.plusSeconds(60)))
                .extracting(IdentityEncoding::keyVersion)
                .containsExactly(1, 2);
        assertThat(encoder.encodeForQuery(robert, MatchingFixtures.V2_START.plusSeconds(60))
                        .keyVersion())
                .isEqualTo(2);
    }

    private double givenDice(PersonIdentity a, PersonIdentity b) {
        return BitVectors.dice(
                encoder.encode(a, 1).names()[0], 0, encoder.encode(b, 1).names()[0], 0, 8);
    }
}
