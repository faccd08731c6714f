package org.crossflag.gateway.hearings.victims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.crossflag.adapter.AbuseType;
import org.crossflag.adapter.Forum;
import org.junit.jupiter.api.Test;

class MappaCategoryThreePromptTests {

    @Test
    void aSerialPerpetratorNotKnownToMappaIsPrompted() {
        assertThat(MappaCategoryThreePrompt.applies(true, List.of(AbuseType.DOMESTIC_ABUSE), List.of(Forum.MARAC)))
                .isTrue();
        assertThat(MappaCategoryThreePrompt.applies(true, List.of(), List.of())).isTrue();
    }

    @Test
    void stalkingOrCoerciveControlIsPromptedWithoutSerial() {
        assertThat(MappaCategoryThreePrompt.applies(false, List.of(AbuseType.STALKING), List.of(Forum.MASIP)))
                .isTrue();
        assertThat(MappaCategoryThreePrompt.applies(
                        false, List.of(AbuseType.DOMESTIC_ABUSE, AbuseType.COERCIVE_CONTROL), List.of(Forum.MARAC)))
                .isTrue();
    }

    @Test
    void otherAbuseTypesAloneAreNotPrompted() {
        Set<AbuseType> others = EnumSet.complementOf(EnumSet.of(AbuseType.STALKING, AbuseType.COERCIVE_CONTROL));

        assertThat(others).hasSize(3);
        assertThat(MappaCategoryThreePrompt.applies(false, others, List.of(Forum.MARAC)))
                .isFalse();
        for (AbuseType type : others) {
            assertThat(MappaCategoryThreePrompt.applies(false, List.of(type), List.of()))
                    .as(type.name())
                    .isFalse();
        }
        assertThat(MappaCategoryThreePrompt.applies(false, List.of(), List.of()))
                .isFalse();
    }

    @Test
    void aMappaHearingMeansThePersonIsKnownAndNotPrompted() {
        assertThat(MappaCategoryThreePrompt.applies(
                        true, List.of(AbuseType.STALKING), List.of(Forum.MARAC, Forum.MAPPA)))
                .isFalse();
        assertThat(MappaCategoryThreePrompt.applies(false, List.of(AbuseType.COERCIVE_CONTROL), List.of(Forum.MAPPA)))
                .isFalse();
        assertThat(MappaCategoryThreePrompt.applies(true, List.of(), List.of(Forum.MAPPA)))
                .isFalse();
    }

    @Test
    void everyOtherForumStillPrompts() {
        for (Forum forum : EnumSet.complementOf(EnumSet.of(Forum.MAPPA))) {
            assertThat(MappaCategoryThreePrompt.applies(true, List.of(), List.of(forum)))
                    .as(forum.name())
                    .isTrue();
        }
    }

    @Test
    void missingCollectionsCountAsEmpty() {
        assertThat(MappaCategoryThreePrompt.applies(true, null, null)).isTrue();
        assertThat(MappaCategoryThreePrompt.applies(false, null, null)).isFalse();
        assertThat(MappaCategoryThreePrompt.applies(false, List.of(AbuseType.STALKING), null))
                .isTrue();
    }

    @Test
    void theTextIsAPromptWithTheGuidanceCriteria() {
        assertThat(MappaCategoryThreePrompt.TEXT)
                .startsWith("consider a MAPPA Category 3 referral: ")
                .contains("Category 1, 2 or 4")
                .contains("controlling or coercive behaviour")
                .contains("stalking")
                .contains("less than 12 months")
                .contains("serious harm")
                .contains("Any agency can refer")
                .endsWith(".");
        assertThat(MappaCategoryThreePrompt.TEXT.split("\\. ")).hasSizeLessThanOrEqualTo(2);
    }
}
