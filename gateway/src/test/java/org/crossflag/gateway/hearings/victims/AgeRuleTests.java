package org.crossflag.gateway.hearings.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossflag.gateway.hearings.victims.AgeAtHearing.NOT_KNOWN;
import static org.crossflag.gateway.hearings.victims.AgeAtHearing.POSSIBLY_UNDER_SIXTEEN;
import static org.crossflag.gateway.hearings.victims.AgeAtHearing.SIXTEEN_OR_OVER;
import static org.crossflag.gateway.hearings.victims.AgeAtHearing.UNDER_SIXTEEN;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import org.crossflag.adapter.AbuseType;
import org.junit.jupiter.api.Test;

class AgeRuleTests {

    static final String OUTSIDE_THE_ACT = "under 16 at the time: not domestic abuse under the Domestic Abuse Act 2021,"
            + " which needs both people aged 16 or over";
    static final String STALKING = "under 16 at the time: stalking has no age limit";

    @Test
    void everyoneSixteenOrOverIsWithinTheAct() {
        AgeRule rule = AgeRule.of(AbuseType.DOMESTIC_ABUSE, SIXTEEN_OR_OVER, List.of(SIXTEEN_OR_OVER, SIXTEEN_OR_OVER));

        assertThat(rule).isEqualTo(new AgeRule(false, false, false));
        assertThat(rule.line()).isEmpty();
    }

    @Test
    void agesNotKnownRaiseNoFlag() {
        AgeRule rule = AgeRule.of(AbuseType.DOMESTIC_ABUSE, NOT_KNOWN, List.of(NOT_KNOWN));

        assertThat(rule).isEqualTo(new AgeRule(false, false, false));
        assertThat(rule.line()).isEmpty();
        assertThat(AgeRule.of(AbuseType.DOMESTIC_ABUSE, null, null)).isEqualTo(new AgeRule(false, false, false));
        assertThat(AgeRule.of(AbuseType.DOMESTIC_ABUSE, SIXTEEN_OR_OVER, Arrays.asList((AgeAtHearing) null)))
                .isEqualTo(new AgeRule(false, false, false));
    }

    @Test
    void aSubjectUnderSixteenIsOutsideTheAct() {
        AgeRule rule = AgeRule.of(AbuseType.DOMESTIC_ABUSE, UNDER_SIXTEEN, List.of(SIXTEEN_OR_OVER));

        assertThat(rule).isEqualTo(new AgeRule(true, false, true));
        assertThat(rule.line()).contains(OUTSIDE_THE_ACT);
    }

    @Test
    void anyVictimUnderSixteenIsOutsideTheAct() {
        AgeRule rule = AgeRule.of(AbuseType.COERCIVE_CONTROL, SIXTEEN_OR_OVER, List.of(SIXTEEN_OR_OVER, UNDER_SIXTEEN));

        assertThat(rule).isEqualTo(new AgeRule(false, true, true));
        assertThat(rule.line()).contains(OUTSIDE_THE_ACT);
    }

    @Test
    void possiblyUnderSixteenCountsAsUnderSixteen() {
        assertThat(AgeRule.of(AbuseType.DOMESTIC_ABUSE, POSSIBLY_UNDER_SIXTEEN, List.of()))
                .isEqualTo(new AgeRule(true, false, true));
        assertThat(AgeRule.of(AbuseType.DOMESTIC_ABUSE, NOT_KNOWN, List.of(NOT_KNOWN, POSSIBLY_UNDER_SIXTEEN)))
                .isEqualTo(new AgeRule(false, true, true));
    }

    @Test
    void bothUnderSixteenAreBothFlagged() {
        AgeRule rule = AgeRule.of(AbuseType.DOMESTIC_ABUSE, UNDER_SIXTEEN, List.of(UNDER_SIXTEEN));

        assertThat(rule).isEqualTo(new AgeRule(true, true, true));
        assertThat(rule.line()).contains(OUTSIDE_THE_ACT);
    }

    @Test
    void stalkingHasNoAgeLimit() {
        AgeRule rule = AgeRule.of(AbuseType.STALKING, UNDER_SIXTEEN, List.of(POSSIBLY_UNDER_SIXTEEN));

        assertThat(rule).isEqualTo(new AgeRule(true, true, false));
        assertThat(rule.line()).contains(STALKING);
    }

    @Test
    void stalkingWithEveryoneSixteenOrOverRaisesNoFlag() {
        AgeRule rule = AgeRule.of(AbuseType.STALKING, SIXTEEN_OR_OVER, List.of(SIXTEEN_OR_OVER));

        assertThat(rule).isEqualTo(new AgeRule(false, false, false));
        assertThat(rule.line()).isEmpty();
    }

    @Test
    void everyTypeButStalkingIsOutsideTheActUnderSixteen() {
        for (AbuseType type : EnumSet.complementOf(EnumSet.of(AbuseType.STALKING))) {
            assertThat(AgeRule.of(type, UNDER_SIXTEEN, List.of()).outsideTheAct())
                    .as(type.name())
                    .isTrue();
        }
    }

    @Test
    void aMissingTypeCountsAsDomesticAbuse() {
        AgeRule rule = AgeRule.of(null, SIXTEEN_OR_OVER, List.of(UNDER_SIXTEEN));

        assertThat(rule).isEqualTo(new AgeRule(false, true, true));
        assertThat(rule.line()).contains(OUTSIDE_THE_ACT);
    }

    @Test
    void theLineNeverCarriesADate() {
        assertThat(AgeRule.of(null, UNDER_SIXTEEN, List.of()).line().orElseThrow())
                .doesNotContainPattern("\\d{4}-\\d{2}");
        assertThat(AgeRule.of(AbuseType.STALKING, UNDER_SIXTEEN, List.of())
                        .line()
                        .orElseThrow())
                .doesNotContainPattern("\\d{4}-\\d{2}");
    }
}
