package org.crossflag.gateway.hearings.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.crossflag.adapter.Contact;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.RiskScore;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.junit.jupiter.api.Test;

class AnswerCategoriesTests {

    static final Contact COORDINATOR = new Contact("MARAC coordinator, Chelmsford", "01632 960101", null);

    @Test
    void anAnswerWithoutHitsDeclaresFlagsAndContactsOnly() {
        assertThat(AnswerCategories.of(List.of()))
                .containsExactly(DataCategory.HEARING_FLAG, DataCategory.CONTACT_DETAILS);
    }

    @Test
    void hitsWithoutScoresDeclareNoRiskScore() {
        assertThat(AnswerCategories.of(List.of(hit(null), hit(null))))
                .containsExactly(DataCategory.HEARING_FLAG, DataCategory.CONTACT_DETAILS);
    }

    @Test
    void oneScoredHitDeclaresRiskScoreLastAndOnce() {
        RiskScore score = new RiskScore("DASH", "2009", "HIGH");

        assertThat(AnswerCategories.of(List.of(hit(null), hit(score), hit(score))))
                .containsExactly(DataCategory.HEARING_FLAG, DataCategory.CONTACT_DETAILS, DataCategory.RISK_SCORE);
    }

    private static Hit hit(RiskScore score) {
        return new Hit(
                "5b1f0e7c-2d4a-4c3b-9e8f-7a6b5c4d3e2f",
                "GB-ESX",
                Forum.MARAC,
                LocalDate.of(2026, 5, 14),
                "MARAC ESX 0412",
                COORDINATOR,
                "MATCH",
                score);
    }
}
