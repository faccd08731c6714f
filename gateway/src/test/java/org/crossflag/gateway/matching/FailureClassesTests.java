package org.crossflag.gateway.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shapes of error seen on data sets made independently of this project, each with invented records, scored in
 * an index of 10,000 synthetic people so that the prior and the name frequencies are those of a force-sized index.
 */
class FailureClassesTests {

    static final MatchingKeyring KEYRING = MatchingFixtures.single();
    static final IdentityEncoder ENCODER = new IdentityEncoder(KEYRING);
    static EncodedPersonIndex index;

    @BeforeAll
    static void indexSyntheticPeople() {
        index = new EncodedPersonIndex(
                KEYRING, Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC), MatchThresholds.DEFAULTS);
        for (SyntheticPeople.Person p : SyntheticPeople.generate(7, 10_000, 0.0).left()) {
            index.add(p.id(), ENCODER.encode(p.identity(), 1));
        }
    }

    @Test
    void aSurnameChangeWithTheOldSurnameAsAnAliasMatches() {
        PersonIdentity before =
                female("Susan", "Stewart", "1957-06-23").withAddresses(List.of(new PostalAddress("LS6 2AB", null)));
        PersonIdentity after = female("Susan", "Griffiths", "1957-06-23")
                .withAliases(List.of("Stewart"))
                .withAddresses(List.of(new PostalAddress("M14 5TQ", null)));
        assertThat(band("susan-griffiths", after, before)).isEqualTo(MatchBand.MATCH);
        assertThat(band("susan-stewart", before, after)).isEqualTo(MatchBand.MATCH);
    }

    @Test
    void namesInEachOthersFieldsWithADateSlipReachAtLeastPossible() {
        PersonIdentity joanna = female("Joanna", "Francis", "1955-12-26");
        PersonIdentity swapped = PersonIdentity.of("Francis", "Joanna", PartialDate.parse("1956-12-26"));
        assertThat(band("joanna-francis", joanna, swapped)).isIn(MatchBand.POSSIBLE_MATCH, MatchBand.MATCH);

        PersonIdentity jeremy = male("Jeremy", "Lee", "1990-03-24");
        PersonIdentity swappedJeremy = male("Lee", "Jeremy", "1990-03-28");
        assertThat(band("jeremy-lee", jeremy, swappedJeremy)).isIn(MatchBand.POSSIBLE_MATCH, MatchBand.MATCH);
    }

    @Test
    void aCommonNameAgreeingOnlyOnTheYearOfBirthIsNotAMatchWhateverOneSidesPncId() {
        PersonIdentity sarah = female("Sarah", "Page", "1983-09-16").withPncId("03/456789P");
        PersonIdentity other = female("Sarah", "Page", "1983-04-21");
        assertThat(band("sarah-page", sarah, other)).isNotEqualTo(MatchBand.MATCH);
        assertThat(band("sarah-page-2", other, sarah)).isNotEqualTo(MatchBand.MATCH);

        PersonIdentity frank = male("Frank", "Thompson", "1962-12-20");
        PersonIdentity otherFrank = male("Frank", "Thompson", "1962-03-12");
        assertThat(band("frank-thompson", frank, otherFrank)).isNotEqualTo(MatchBand.MATCH);
        assertThat(band("frank-thompson-2", otherFrank, frank)).isNotEqualTo(MatchBand.MATCH);
    }

    @Test
    void aMissingDateOfBirthWithATypoInANameReachesAtLeastPossible() {
        PersonIdentity joyce = female("Joyce", "King", "2002-02-26");
        PersonIdentity typo = female("Joyce", "Kign", "");
        assertThat(band("joyce-king", joyce, typo)).isIn(MatchBand.POSSIBLE_MATCH, MatchBand.MATCH);
        assertThat(band("joyce-kign", typo, joyce)).isIn(MatchBand.POSSIBLE_MATCH, MatchBand.MATCH);
    }

    @Test
    void aDroppedMiddleNameWithNoDateOfBirthReachesAtLeastPossible() {
        PersonIdentity dennis = male("Dennis Noah", "Wilkinson", "1978-06-06");
        PersonIdentity noDate = male("Dennis", "Wilkinson", "");
        assertThat(band("dennis-wilkinson", dennis, noDate)).isIn(MatchBand.POSSIBLE_MATCH, MatchBand.MATCH);
        assertThat(band("dennis-wilkinson-2", noDate, dennis)).isIn(MatchBand.POSSIBLE_MATCH, MatchBand.MATCH);
    }

    /** Indexes {@code stored} as {@code localId}, queries with {@code query}, and removes it again. */
    private static MatchBand band(String localId, PersonIdentity stored, PersonIdentity query) {
        IdentityEncoding storedEncoding = ENCODER.encode(stored, 1);
        IdentityEncoding queryEncoding = ENCODER.encode(query, 1);
        index.add(localId, storedEncoding);
        try {
            Optional<MatchCandidate> found = index.query(queryEncoding, new MatchThresholds(0.5, 1e-12)).stream()
                    .filter(c -> c.localId().equals(localId))
                    .findFirst();
            System.out.printf(
                    "%s: found=%s weight=%s parts=%s clk=%.3f sharedKeys=%d%n",
                    localId,
                    found.isPresent(),
                    found.map(MatchCandidate::weight).orElse(Double.NaN),
                    Arrays.toString(MatchScorer.parts(queryEncoding, storedEncoding)),
                    BitVectors.dice(queryEncoding.clk(), storedEncoding.clk()),
                    Arrays.stream(queryEncoding.blockingKeys())
                            .filter(k ->
                                    Arrays.stream(storedEncoding.blockingKeys()).anyMatch(s -> s == k))
                            .count());
            return found.map(c -> MatchThresholds.DEFAULTS.band(c.score())).orElse(MatchBand.NO_MATCH);
        } finally {
            index.remove(localId);
        }
    }

    private static PersonIdentity female(String given, String family, String dob) {
        return PersonIdentity.of(given, family, PartialDate.parse(dob)).withSex(Sex.FEMALE);
    }

    private static PersonIdentity male(String given, String family, String dob) {
        return PersonIdentity.of(given, family, PartialDate.parse(dob)).withSex(Sex.MALE);
    }
}
