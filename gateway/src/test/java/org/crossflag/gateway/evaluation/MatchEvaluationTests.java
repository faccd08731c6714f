package org.crossflag.gateway.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.crossflag.gateway.matching.MatchBand;
import org.crossflag.gateway.matching.MatchThresholds;
import org.crossflag.gateway.matching.SyntheticPeople;
import org.junit.jupiter.api.Test;

/**
 * A smaller version of the accuracy evaluation of docs/matching.md, in the normal suite so that regressions in
 * normalisation, encoding, blocking or scoring show up: 2,000 synthetic people per force, 30% of them duplicated
 * with the standard noise model, matched with the production code at the default thresholds. The floors sit a
 * little under the full evaluation's targets (precision 0.995, recall 0.98 on 10,000 people), because a smaller
 * run has fewer true pairs and its figures move more.
 */
class MatchEvaluationTests {

    @Test
    void precisionAndRecallStayAboveTheirFloors() {
        SyntheticPeople.Dataset data = SyntheticPeople.generate(2026, 2000, 0.3);
        List<PeopleCsv.Row> left = rows(data.left());
        List<PeopleCsv.Row> right = rows(data.right());

        List<MatchEvaluation.Pair> pairs =
                MatchEvalCommand.match(left, right, MatchEvalCommand.demoSecret(), MatchThresholds.DEFAULTS);
        MatchEvaluation atMatch = MatchEvaluation.of(left, right, pairs, MatchBand.MATCH);
        MatchEvaluation atPossible = MatchEvaluation.of(left, right, pairs, MatchBand.POSSIBLE_MATCH);

        assertThat(atMatch.truePairs()).isEqualTo(600);
        assertThat(atMatch.precision()).as("precision at MATCH").isGreaterThanOrEqualTo(0.99);
        assertThat(atMatch.recall()).as("recall at MATCH").isGreaterThanOrEqualTo(0.965);
        assertThat(atPossible.recall()).as("recall at POSSIBLE_MATCH").isGreaterThanOrEqualTo(0.98);
    }

    static List<PeopleCsv.Row> rows(List<SyntheticPeople.Person> people) {
        return people.stream()
                .map(p -> new PeopleCsv.Row(p.id(), p.identity(), p.personId()))
                .toList();
    }
}
