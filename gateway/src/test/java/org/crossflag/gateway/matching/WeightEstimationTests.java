package org.crossflag.gateway.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The estimate end to end on the synthetic generator: 2,000 people per force, 30% of them duplicated with the
 * standard noise model, encoded, estimated without the ground truth, then matched with the estimated parameters
 * and checked against it.
 */
class WeightEstimationTests {

    private static final MatchingKeyring KEYRING = MatchingFixtures.single();
    private static final IdentityEncoder ENCODER = new IdentityEncoder(KEYRING);

    private static SyntheticPeople.Dataset data;
    private static List<IdentityEncoding> left;
    private static List<IdentityEncoding> right;
    private static WeightEstimation.Estimate estimate;

    @TempDir
    Path dir;

    @BeforeAll
    static void estimateOnSyntheticForces() {
        data = SyntheticPeople.generate(2026, 2000, 0.3);
        left = encode(data.left());
        right = encode(data.right());
        estimate = WeightEstimation.estimate(left, right, WeightEstimation.Options.of("2026-12-07"));
    }

    @Test
    void theEstimatedParametersMatchWellOnDataTheyNeverSawLabelled() {
        // Measured: precision 1.0000 and recall 0.9917 at MATCH (the shipped parameters: 1.0000 and 0.9967).
        Accuracy estimated = accuracy(estimate.parameters());
        assertThat(estimated.truePairs()).isEqualTo(600);
        assertThat(estimated.precision())
                .as("precision at MATCH: %s", estimated)
                .isGreaterThanOrEqualTo(0.99);
        assertThat(estimated.recall()).as("recall at MATCH: %s", estimated).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void theEstimatedWeightsPointTheRightWay() {
        MatchParameters p = estimate.parameters();
        assertThat(p.given().weightOfLevel(0)).isGreaterThan(4);
        assertThat(p.given().weightOfLevel(p.given().levels() - 1)).isLessThan(-3);
        assertThat(p.family().weightOfLevel(p.family().levels() - 1)).isLessThan(-3);
        assertThat(p.nicknameWeight()).isGreaterThan(3);
        assertThat(p.dateOfBirth().weight(0)).as("same date of birth").isGreaterThan(10);
        assertThat(p.pncAgree().weight()).isGreaterThan(10);
        assertThat(p.pncConflict().weight()).isLessThan(-8);
    }

    @Test
    void trainingOnAllCandidatesTakesMostOfTheirNonMatchesForMatches() {
        // About 14% of the candidate pairs are true pairs. Their non-matches agree on what the blocking keys are made
        // of far more often than random pairs do, and u is fixed from random pairs, so one session over all of
        // them explains most by the m of matches. Per blocking key, the pairs say nothing about those comparisons.
        WeightEstimation.Estimate pooled = WeightEstimation.estimate(
                left,
                right,
                new WeightEstimation.Options(
                        "pooled", MatchParameters.defaults(), 100_000, 1, WeightEstimation.Training.ALL_CANDIDATES));
        assertThat(pooled.report().sessions()).singleElement().satisfies(session -> {
            assertThat(session.name()).isEqualTo(TrainingSession.ALL_CANDIDATES.label());
            assertThat(session.pairs()).isEqualTo(pooled.report().candidatePairs());
            assertThat(session.lambda()).isGreaterThan(0.5);
        });
        assertThat(pooled.parameters().pncConflict().weight())
                .as("a PNC conflict hardly counts against")
                .isGreaterThan(-2);
    }

    @Test
    void theReportCountsThePairsItUsed() {
        EstimationReport report = estimate.report();
        assertThat(report.version()).isEqualTo("2026-12-07");
        assertThat(report.startVersion()).isEqualTo(MatchParameters.defaults().version());
        assertThat(report.randomPairs()).isEqualTo(WeightEstimation.DEFAULT_RANDOM_PAIRS);
        assertThat(report.candidatePairs()).as("at least the true pairs").isGreaterThan(600);
        assertThat(report.training()).isEqualTo(WeightEstimation.Training.BY_BLOCKING_KEY);
        assertThat(report.sessions())
                .extracting(EstimationReport.Session::name)
                .containsExactly(TrainingSession.SHARED_DATE_KEY.label(), TrainingSession.SHARED_NAME_KEY.label());
        for (EstimationReport.Session session : report.sessions()) {
            assertThat(session.converged()).isTrue();
            assertThat(session.pairs()).isPositive().isLessThan(report.candidatePairs());
            assertThat(session.lambda()).isBetween(0.0, 1.0);
        }
        assertThat(report.comparisons()).hasSize(Comparison.COUNT);
        EstimationReport.ComparisonEstimate contact = report.comparisons().get(Comparison.CONTACT.ordinal());
        assertThat(contact.mEstimated())
                .as("the synthetic people have no phone or email")
                .isFalse();
        assertThat(contact.uEstimated()).isFalse();
        assertThat(report.about()).contains("1000000 random pairs").contains("expectation-maximisation");
        assertThat(report.lines()).anyMatch(line -> line.startsWith("given name"));
    }

    @Test
    void whatIsNotEstimatedIsKeptFromTheStart() {
        MatchParameters start = MatchParameters.defaults();
        MatchParameters p = estimate.parameters();
        assertThat(p.version()).isEqualTo("2026-12-07");
        assertThat(p.swapPenalty()).isEqualTo(start.swapPenalty());
        assertThat(p.queryMatchShare()).isEqualTo(start.queryMatchShare());
        assertThat(p.priorMinPeople()).isEqualTo(start.priorMinPeople());
        assertThat(p.tfMinPeople()).isEqualTo(start.tfMinPeople());
        assertThat(p.tfFloor()).isEqualTo(start.tfFloor());
        assertThat(p.given().thresholds()).containsExactly(start.given().thresholds());
        assertThat(p.family().thresholds()).containsExactly(start.family().thresholds());
        assertThat(p.middle().thresholds()).containsExactly(start.middle().thresholds());
        assertThat(p.postcode().thresholds()).containsExactly(start.postcode().thresholds());
        assertThat(p.contactAgree()).as("never present").isEqualTo(start.contactAgree());
        assertThat(p.given().m()).isNotEqualTo(start.given().m());
        assertThat(p.dateOfBirth().u()).isNotEqualTo(start.dateOfBirth().u());
    }

    @Test
    void theWrittenFileReadsBackTheSame() {
        Path file = dir.resolve("estimated.json");
        MatchParametersFile.write(estimate.parameters(), estimate.report().about(), file);
        MatchParameters read = MatchParametersFile.read(file);
        MatchParameters p = estimate.parameters();
        assertThat(read.version()).isEqualTo("2026-12-07");
        assertThat(read.given().m()).containsExactly(p.given().m());
        assertThat(read.given().u()).containsExactly(p.given().u());
        assertThat(read.nickname()).isEqualTo(p.nickname());
        assertThat(read.family().m()).containsExactly(p.family().m());
        assertThat(read.middle().u()).containsExactly(p.middle().u());
        assertThat(read.postcode().m()).containsExactly(p.postcode().m());
        assertThat(read.dateOfBirth().m()).isDeepEqualTo(p.dateOfBirth().m());
        assertThat(read.dateOfBirth().u()).isDeepEqualTo(p.dateOfBirth().u());
        assertThat(read.pncAgree()).isEqualTo(p.pncAgree());
        assertThat(read.pncConflict()).isEqualTo(p.pncConflict());
        assertThat(read.prior(50_000)).isEqualTo(p.prior(50_000));
    }

    @Test
    void noProbabilityIsZeroOrOne() {
        MatchParameters p = estimate.parameters();
        List<double[]> all = new ArrayList<>(List.of(
                p.given().m(),
                p.given().u(),
                p.family().m(),
                p.family().u(),
                p.middle().m(),
                p.middle().u(),
                p.postcode().m(),
                p.postcode().u()));
        all.addAll(List.of(p.dateOfBirth().m()));
        all.addAll(List.of(p.dateOfBirth().u()));
        for (MatchParameters.Probabilities pair :
                List.of(p.nickname(), p.pncAgree(), p.pncConflict(), p.contactAgree())) {
            all.add(new double[] {pair.m(), pair.u()});
        }
        for (double[] probabilities : all) {
            for (double probability : probabilities) {
                assertThat(probability).isBetween(Comparison.FLOOR, 1 - Comparison.FLOOR);
            }
        }
    }

    @Test
    void theSameDataAndSeedGiveTheSameEstimateAndFewPairsAreAllCompared() {
        List<IdentityEncoding> fewLeft = left.subList(0, 150);
        List<IdentityEncoding> fewRight = right.subList(0, 150);
        WeightEstimation.Options options = new WeightEstimation.Options(
                "small", MatchParameters.defaults(), 5_000, 42, WeightEstimation.Training.BY_BLOCKING_KEY);
        WeightEstimation.Estimate first = WeightEstimation.estimate(fewLeft, fewRight, options);
        WeightEstimation.Estimate again = WeightEstimation.estimate(fewLeft, fewRight, options);
        assertThat(again.parameters().given().m())
                .containsExactly(first.parameters().given().m());
        assertThat(again.parameters().dateOfBirth().u())
                .isDeepEqualTo(first.parameters().dateOfBirth().u());
        assertThat(first.report().randomPairs()).isEqualTo(5_000);

        WeightEstimation.Estimate otherSeed = WeightEstimation.estimate(
                fewLeft,
                fewRight,
                new WeightEstimation.Options(
                        "small", MatchParameters.defaults(), 5_000, 43, WeightEstimation.Training.BY_BLOCKING_KEY));
        assertThat(otherSeed.parameters().family().u())
                .isNotEqualTo(first.parameters().family().u());

        WeightEstimation.Estimate all = WeightEstimation.estimate(
                fewLeft,
                fewRight,
                new WeightEstimation.Options(
                        "all", MatchParameters.defaults(), 1_000_000, 1, WeightEstimation.Training.BY_BLOCKING_KEY));
        assertThat(all.report().randomPairs()).as("every pair, once").isEqualTo(150 * 150);
    }

    @Test
    void pooledLinkagesCountTogether() {
        WeightEstimation.Options options = new WeightEstimation.Options(
                "pooled", MatchParameters.defaults(), 10_000, 1, WeightEstimation.Training.BY_BLOCKING_KEY);
        WeightEstimation.Estimate one = WeightEstimation.estimate(left.subList(0, 300), right.subList(0, 300), options);
        WeightEstimation.Estimate two = WeightEstimation.estimate(
                List.of(
                        new WeightEstimation.Linkage(left.subList(0, 300), right.subList(0, 300)),
                        new WeightEstimation.Linkage(left.subList(300, 600), right.subList(300, 600))),
                options);
        assertThat(two.report().randomPairs()).isEqualTo(10_000);
        assertThat(two.report().candidatePairs()).isGreaterThan(one.report().candidatePairs());
    }

    @Test
    void aComparisonNeverPresentKeepsItsStartingValues() {
        // Names and dates only: no postcode, PNC, phone or email on either side.
        List<IdentityEncoding> bare = data.left().stream()
                .limit(200)
                .map(p -> ENCODER.encode(PersonIdentity.of(p.givenNames(), p.familyName(), p.dob()), 1))
                .toList();
        MatchParameters start = MatchParameters.defaults();
        MatchParameters p = WeightEstimation.estimate(
                        bare,
                        bare,
                        new WeightEstimation.Options(
                                "bare", start, 10_000, 1, WeightEstimation.Training.BY_BLOCKING_KEY))
                .parameters();
        assertThat(p.postcode().m()).containsExactly(start.postcode().m());
        assertThat(p.postcode().u()).containsExactly(start.postcode().u());
        assertThat(p.pncAgree()).isEqualTo(start.pncAgree());
        assertThat(p.pncConflict()).isEqualTo(start.pncConflict());
        assertThat(p.contactAgree()).isEqualTo(start.contactAgree());
        assertThat(p.family().m()).isNotEqualTo(start.family().m());
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> WeightEstimation.estimate(List.of(), right, WeightEstimation.Options.of("v")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one encoding");
        assertThatThrownBy(() -> WeightEstimation.estimate(List.of(), WeightEstimation.Options.of("v")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one linkage");
        IdentityEncoding otherVersion = new IdentityEncoder(MatchingFixtures.twoVersions())
                .encode(data.left().get(0).identity(), 2);
        assertThatThrownBy(() -> WeightEstimation.estimate(
                        left.subList(0, 10), List.of(otherVersion), WeightEstimation.Options.of("v")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key versions 1 and 2");
        assertThatThrownBy(() -> WeightEstimation.Options.of(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a version");
        assertThatThrownBy(
                        () -> new WeightEstimation.Options("v", null, 10, 1, WeightEstimation.Training.BY_BLOCKING_KEY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("start from");
        assertThatThrownBy(() -> new WeightEstimation.Options(
                        "v", MatchParameters.defaults(), 0, 1, WeightEstimation.Training.BY_BLOCKING_KEY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("random pairs must be at least 1");
    }

    record Accuracy(long truePairs, long predicted, long correct) {
        double precision() {
            return predicted == 0 ? 1 : (double) correct / predicted;
        }

        double recall() {
            return (double) correct / truePairs;
        }

        @Override
        public String toString() {
            return String.format(
                    "precision %.4f recall %.4f (%d/%d/%d)", precision(), recall(), correct, predicted, truePairs);
        }
    }

    private static Accuracy accuracy(MatchParameters parameters) {
        EncodedPersonIndex index = new EncodedPersonIndex(
                KEYRING,
                Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC),
                MatchThresholds.DEFAULTS,
                parameters,
                left.size());
        Map<String, String> personOfLeft = new HashMap<>();
        for (int i = 0; i < left.size(); i++) {
            index.add(data.left().get(i).id(), left.get(i));
            personOfLeft.put(data.left().get(i).id(), data.left().get(i).personId());
        }
        long truePairs = 0;
        long predicted = 0;
        long correct = 0;
        for (int j = 0; j < right.size(); j++) {
            String person = data.right().get(j).personId();
            if (personOfLeft.containsValue(person)) {
                truePairs++;
            }
            for (MatchCandidate candidate : index.query(right.get(j))) {
                if (candidate.band() == MatchBand.MATCH) {
                    predicted++;
                    if (person.equals(personOfLeft.get(candidate.localId()))) {
                        correct++;
                    }
                }
            }
        }
        return new Accuracy(truePairs, predicted, correct);
    }

    private static List<IdentityEncoding> encode(List<SyntheticPeople.Person> people) {
        return people.parallelStream().map(p -> ENCODER.encode(p.identity(), 1)).toList();
    }
}
