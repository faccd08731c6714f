package org.crossflag.gateway.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossflag.gateway.matching.MatchingFixtures.person;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scoring decisions against an index of 1,500 synthetic people, so that name frequencies and the prior are those of
 * a real-sized index rather than of a handful of records.
 */
class MatchScorerTests {

    static final MatchingKeyring KEYRING = MatchingFixtures.single();
    static final IdentityEncoder ENCODER = new IdentityEncoder(KEYRING);
    static EncodedPersonIndex index;

    @BeforeAll
    static void indexSyntheticPeople() {
        index = new EncodedPersonIndex(
                KEYRING, Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC), MatchThresholds.DEFAULTS);
        for (SyntheticPeople.Person p : SyntheticPeople.generate(99, 1500, 0.0).left()) {
            index.add(p.id(), ENCODER.encode(p.identity(), 1));
        }
        index.add("john-smith", ENCODER.encode(person("John", "Smith", "1980-03-12"), 1));
        index.add("david-jones", ENCODER.encode(person("David", "Jones", "1991-06-20"), 1));
        index.add(
                "robert-kowalczyk",
                ENCODER.encode(person("Robert", "Kowalczyk", "1983-04-27").withPncId("03/1234567K"), 1));
        index.add("owen-chambers", ENCODER.encode(person("Owen", "Chambers", "1959-03-11"), 1));
        index.add("yusuf-mirza", ENCODER.encode(person("Yusuf", "Mirza", "1994-08-03"), 1));
    }

    @Test
    void sameCommonNameWithAnotherDateOfBirthIsNeverAMatch() {
        assertThat(band("john-smith", person("John", "Smith", "1975-11-02"))).isNotEqualTo(MatchBand.MATCH);
        assertThat(band("john-smith", person("John", "Smith", "1980-07-23")))
                .as("same year")
                .isNotEqualTo(MatchBand.MATCH);
        assertThat(band("david-jones", person("David", "Jones", "1961-06-20")))
                .as("another decade")
                .isNotEqualTo(MatchBand.MATCH);
    }

    @Test
    void theSamePersonWrittenAnotherWayMatches() {
        assertThat(band("john-smith", person("JOHN", "SMITH", "1980-03-12"))).isEqualTo(MatchBand.MATCH);
        assertThat(band("robert-kowalczyk", person("Bob", "Kowalczyk", "1983-04-27")))
                .as("nickname")
                .isEqualTo(MatchBand.MATCH);
        assertThat(band("robert-kowalczyk", person("Robert", "Kowalcyzk", "1983-04-27")))
                .as("typo")
                .isEqualTo(MatchBand.MATCH);
        assertThat(band("owen-chambers", person("Chambers", "Owen", "1959-03-11")))
                .as("name order swapped")
                .isEqualTo(MatchBand.MATCH);
        assertThat(band("yusuf-mirza", person("Yousef", "Mirza", "1994-08-03")))
                .as("transliteration")
                .isEqualTo(MatchBand.MATCH);
        assertThat(band("yusuf-mirza", person("Yusuf", "Mirza", "1994-03-08")))
                .as("day and month swapped")
                .isEqualTo(MatchBand.MATCH);
    }

    @Test
    void aPncAgreementLiftsTheScoreAndAConflictCountsAgainst() {
        PersonIdentity doubtful = person("Rob", "Kowalski", "1983-04-27");
        double without = weight("robert-kowalczyk", doubtful).orElse(Double.NEGATIVE_INFINITY);
        double agreeing =
                weight("robert-kowalczyk", doubtful.withPncId("2003/1234567K")).orElseThrow();
        assertThat(agreeing).isGreaterThan(without + 10);
        assertThat(band("robert-kowalczyk", doubtful.withPncId("03/1234567K"))).isEqualTo(MatchBand.MATCH);

        PersonIdentity exact = person("Robert", "Kowalczyk", "1983-04-27");
        double conflicting =
                weight("robert-kowalczyk", exact.withPncId("99/7654321Z")).orElse(Double.NEGATIVE_INFINITY);
        assertThat(conflicting).isLessThan(weight("robert-kowalczyk", exact).orElseThrow() - 10);
    }

    @Test
    void rareNamesNeedLessDateEvidenceThanCommonOnes() {
        double rare = weight("robert-kowalczyk", person("Robert", "Kowalczyk", "1983-04-28"))
                .orElseThrow();
        Optional<Double> common = weight("john-smith", person("John", "Smith", "1980-03-13"));
        assertThat(rare).isGreaterThan(common.orElse(Double.NEGATIVE_INFINITY));
    }

    @Test
    void theScoreIsTheProbabilityOfTheWeight() {
        assertThat(MatchScorer.probability(0)).isEqualTo(0.5);
        assertThat(MatchScorer.probability(10)).isGreaterThan(0.999);
        assertThat(MatchParameters.defaults().prior(1_000_000))
                .isLessThan(MatchParameters.defaults().prior(10_000));
    }

    private static MatchBand band(String localId, PersonIdentity query) {
        return index.query(ENCODER.encode(query, 1)).stream()
                .filter(c -> c.localId().equals(localId))
                .map(MatchCandidate::band)
                .findFirst()
                .orElse(MatchBand.NO_MATCH);
    }

    /** The candidate's weight, when the index returned it at POSSIBLE_MATCH or better. */
    private static Optional<Double> weight(String localId, PersonIdentity query) {
        return index.query(ENCODER.encode(query, 1), new MatchThresholds(0.5, 1e-9)).stream()
                .filter(c -> c.localId().equals(localId))
                .map(MatchCandidate::weight)
                .findFirst();
    }
}
