package org.crossflag.gateway.scores;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crossflag.adapter.RiskScore;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * A risk score is shown, never used to decide: the band (matching), the lookup, and whether an alert opens, waits
 * for review or tells the holder ({@code hearings.alerts.BandAction}, {@code AlertRaiser}, {@code AlertTransitions},
 * {@code hearings.records.RiskFlags}) neither know the score tools nor read a score's tool, version or value. The
 * alert carries the score only to show it.
 */
class ScoresNeverDecideTests {

    static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.crossflag.gateway");

    /** Where bands and alert decisions are made. */
    static final DescribedPredicate<JavaClass> DECIDERS = resideInAPackage("org.crossflag.gateway.matching..")
            .or(resideInAPackage("org.crossflag.gateway.lookup.."))
            .or(named("org.crossflag.gateway.hearings.alerts.BandAction"))
            .or(named("org.crossflag.gateway.hearings.alerts.AlertRaiser"))
            .or(named("org.crossflag.gateway.hearings.alerts.AlertTransitions"))
            .or(named("org.crossflag.gateway.hearings.records.RiskFlags"))
            .as("the band, lookup and alert decisions");

    static final ArchRule KNOW_NO_SCORE_TOOLS = noClasses()
            .that(DECIDERS)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.crossflag.gateway.scores..")
            .because("a score's description is for reading, never for deciding");

    static final ArchRule READ_NO_SCORE = readNoScore(DECIDERS);

    static ArchRule readNoScore(DescribedPredicate<JavaClass> deciders) {
        return noClasses()
                .that(deciders)
                .should()
                .callMethod(RiskScore.class, "value")
                .orShould()
                .callMethod(RiskScore.class, "tool")
                .orShould()
                .callMethod(RiskScore.class, "toolVersion")
                .because("a band or an alert never depends on a risk score");
    }

    @Test
    void theDecisionsKnowNothingOfScoreTools() {
        KNOW_NO_SCORE_TOOLS.check(PRODUCTION);
    }

    @Test
    void theDecisionsReadNoRiskScore() {
        READ_NO_SCORE.check(PRODUCTION);
    }

    @Test
    void theRulesLookAtTheDecidersThemselves() {
        assertThat(PRODUCTION.that(DECIDERS))
                .extracting(JavaClass::getName)
                .contains(
                        "org.crossflag.gateway.hearings.alerts.BandAction",
                        "org.crossflag.gateway.hearings.alerts.AlertRaiser",
                        "org.crossflag.gateway.hearings.alerts.AlertTransitions",
                        "org.crossflag.gateway.hearings.records.RiskFlags",
                        "org.crossflag.gateway.matching.MatchThresholds",
                        "org.crossflag.gateway.lookup.FederatedLookup");
    }

    @Test
    void aDeciderThatReadsTheScoreIsCaught() {
        JavaClasses deciding = new ClassFileImporter().importClasses(ScoreReadingBand.class, RiskScore.class);

        assertThatThrownBy(() -> readNoScore(DECIDERS.or(named(ScoreReadingBand.class.getName())))
                        .check(deciding))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ScoreReadingBand")
                .hasMessageContaining("RiskScore.value()");
    }

    /** What the rules forbid: a band that opens on a high score. */
    static final class ScoreReadingBand {
        static boolean opens(RiskScore score) {
            return Integer.parseInt(score.value()) >= 14;
        }
    }

    private static DescribedPredicate<JavaClass> named(String className) {
        return DescribedPredicate.describe(
                className, javaClass -> javaClass.getName().equals(className));
    }
}
