package org.crossflag.gateway.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.crossflag.gateway.matching.MatchingFixtures.person;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@link MatchScorer#compare}: the comparison outcomes behind a weight, which the estimate counts. */
class MatchScorerComparisonTests {

    private static final MatchParameters P = MatchParameters.defaults();
    private final IdentityEncoder encoder = new IdentityEncoder(MatchingFixtures.single());

    @Test
    void theOutcomesAddUpToTheWeightOfEveryPairOfASyntheticPopulation() {
        SyntheticPeople.Dataset data = SyntheticPeople.generate(11, 300, 0.3);
        List<IdentityEncoding> left = encode(data.left());
        RecordStore store = new RecordStore(left.size());
        for (int slot = 0; slot < left.size(); slot++) {
            store.put(slot, "L" + slot, left.get(slot));
        }
        ComparisonVector vector = new ComparisonVector();
        int swapped = 0;
        int nicknames = 0;
        for (IdentityEncoding query : encode(data.right())) {
            ScoringQuery scoring = new ScoringQuery(query, store, P);
            for (int slot = 0; slot < left.size(); slot++) {
                MatchScorer.compare(scoring, store, slot, vector);
                assertThat(MatchScorer.weight(scoring, store, slot))
                        .isCloseTo(scoring.prior + weightOf(vector), within(1e-9));
                swapped += vector.swapped ? 1 : 0;
                nicknames += vector.outcomes[Comparison.GIVEN_NAME.ordinal()]
                                == P.given().levels()
                        ? 1
                        : 0;
            }
        }
        assertThat(swapped).as("pairs read swapped").isPositive();
        assertThat(nicknames).as("pairs agreeing through a nickname").isPositive();
    }

    @Test
    void eachKindOfAgreementHasItsOutcome() {
        PersonIdentity robert = person("Robert", "Kowalczyk", "1983-04-27")
                .withPncId("03/1234567K")
                .withAddresses(List.of(new PostalAddress("LS6 2AB", "12 Cardigan Road")));

        ComparisonVector same = compare(robert, robert);
        assertThat(same.outcomes)
                .containsExactly(
                        0, 0, ComparisonVector.ABSENT, 0, ComparisonVector.ABSENT, 0, 0, 0, ComparisonVector.ABSENT);
        assertThat(same.swapped).isFalse();

        ComparisonVector bob = compare(person("Bob", "Kowalczyk", "1983-04-27"), robert);
        assertThat(bob.outcomes[Comparison.GIVEN_NAME.ordinal()])
                .as("nickname")
                .isEqualTo(P.given().levels());
        assertThat(bob.outcomes[Comparison.PNC.ordinal()]).isEqualTo(ComparisonVector.ABSENT);
        assertThat(bob.outcomes[Comparison.POSTCODE.ordinal()]).isEqualTo(ComparisonVector.ABSENT);

        ComparisonVector swapped = compare(person("Kowalczyk", "Robert", "1983-04-27"), robert);
        assertThat(swapped.swapped).isTrue();
        assertThat(swapped.outcomes[Comparison.GIVEN_NAME.ordinal()]).isZero();
        assertThat(swapped.outcomes[Comparison.FAMILY_NAME.ordinal()]).isZero();

        ComparisonVector yearOnly = compare(person("Robert", "Kowalczyk", "1983"), robert);
        assertThat(yearOnly.outcomes[Comparison.DATE_OF_BIRTH.ordinal()]).isEqualTo(ComparisonVector.ABSENT);
        assertThat(yearOnly.outcomes[Comparison.YEAR_OF_BIRTH_ONLY.ordinal()])
                .as("year exact")
                .isZero();

        ComparisonVector dayMonthSwapped =
                compare(person("Robert", "Kowalczyk", "1983-07-04"), person("Robert", "Kowalczyk", "1983-04-07"));
        assertThat(dayMonthSwapped.outcomes[Comparison.DATE_OF_BIRTH.ordinal()])
                .as("year exact, day and month swapped")
                .isEqualTo(1);
        ComparisonVector yearTypo = compare(person("Robert", "Kowalczyk", "1984-04-27"), robert);
        assertThat(yearTypo.outcomes[Comparison.DATE_OF_BIRTH.ordinal()])
                .as("year one digit off, day and month exact")
                .isEqualTo(Comparison.DAY_MONTH_COLUMNS);

        ComparisonVector conflict = compare(robert.withPncId("05/7654321X"), robert);
        assertThat(conflict.outcomes[Comparison.PNC.ordinal()]).isEqualTo(ComparisonVector.PNC_CONFLICT);

        ComparisonVector unknownDate = compare(person("Robert", "Kowalczyk", ""), robert);
        assertThat(unknownDate.outcomes[Comparison.DATE_OF_BIRTH.ordinal()]).isEqualTo(ComparisonVector.ABSENT);
        assertThat(unknownDate.outcomes[Comparison.YEAR_OF_BIRTH_ONLY.ordinal()])
                .isEqualTo(ComparisonVector.ABSENT);
    }

    /** The weight the outcomes give under the shipped parameters, without the prior. */
    private static double weightOf(ComparisonVector vector) {
        int[] o = vector.outcomes;
        double weight = vector.swapped ? P.swapPenalty() : 0;
        int given = o[Comparison.GIVEN_NAME.ordinal()];
        if (given != ComparisonVector.ABSENT) {
            weight +=
                    given == P.given().levels() ? P.nicknameWeight() : P.given().weightOfLevel(given);
        }
        weight += level(P.family(), o[Comparison.FAMILY_NAME.ordinal()]);
        weight += level(P.middle(), o[Comparison.MIDDLE_NAMES.ordinal()]);
        weight += level(P.postcode(), o[Comparison.POSTCODE.ordinal()]);
        weight += level(P.address(), o[Comparison.ADDRESS.ordinal()]);
        int date = o[Comparison.DATE_OF_BIRTH.ordinal()];
        if (date != ComparisonVector.ABSENT) {
            int row = date / Comparison.DAY_MONTH_COLUMNS;
            weight += P.dateOfBirth().weight(row * DateLevels.COLUMNS + date % Comparison.DAY_MONTH_COLUMNS);
        }
        int year = o[Comparison.YEAR_OF_BIRTH_ONLY.ordinal()];
        if (year != ComparisonVector.ABSENT) {
            weight += P.dateOfBirth().weight(year * DateLevels.COLUMNS + DateLevels.COLUMNS - 1);
        }
        int pnc = o[Comparison.PNC.ordinal()];
        if (pnc != ComparisonVector.ABSENT) {
            weight += pnc == ComparisonVector.PNC_AGREE
                    ? P.pncAgree().weight()
                    : P.pncConflict().weight();
        }
        return weight;
    }

    private static double level(FieldLevels levels, int outcome) {
        return outcome == ComparisonVector.ABSENT ? 0 : levels.weightOfLevel(outcome);
    }

    private ComparisonVector compare(PersonIdentity query, PersonIdentity stored) {
        RecordStore store = RecordStore.of(encoder.encode(stored, 1));
        ComparisonVector vector = new ComparisonVector();
        MatchScorer.compare(new ScoringQuery(encoder.encode(query, 1), store, P), store, 0, vector);
        return vector;
    }

    private List<IdentityEncoding> encode(List<SyntheticPeople.Person> people) {
        return people.stream().map(p -> encoder.encode(p.identity(), 1)).toList();
    }
}
