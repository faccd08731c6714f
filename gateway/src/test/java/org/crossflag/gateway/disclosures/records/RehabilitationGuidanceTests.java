package org.crossflag.gateway.disclosures.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RehabilitationGuidanceTests {

    @Test
    void everyKindHasGuidance() {
        for (HeldRecordKind kind : HeldRecordKind.values()) {
            assertThat(RehabilitationGuidance.forKind(kind)).as(kind.name()).isNotBlank();
        }
    }

    @Test
    void aConvictionsGuidanceIsTheTableOfAdultPeriodsUnderTheAmendedAct() {
        String guidance = RehabilitationGuidance.forKind(HeldRecordKind.CONVICTION);
        assertThat(guidance)
                .contains("Rehabilitation of Offenders Act 1974")
                .contains("LASPO 2012 s.139")
                .contains("PCSC Act 2022 s.193")
                .contains("Custodial sentence of up to 1 year: 1 year from the end of the sentence")
                .contains("Custodial sentence of over 1 year and up to 4 years: 4 years from the end of the sentence")
                .contains(
                        "not for a serious violent, sexual or terrorism offence: 7 years from the end of the sentence")
                .contains("Community order: 1 year from the day the order ends")
                .contains("Fine: 1 year from the date of conviction")
                .contains("under 18");
        assertThat(RehabilitationGuidance.ADULT_CONVICTION_PERIODS)
                .extracting(RehabilitationGuidance.ConvictionPeriod::period)
                .contains("never spent", "spent at once");
    }

    @Test
    void aSimpleCautionIsSpentAtOnceAndAConditionalOneAfterThreeMonths() {
        assertThat(RehabilitationGuidance.forKind(HeldRecordKind.CAUTION))
                .contains("simple or youth caution is spent at once")
                .contains("conditional caution is spent 3 months after it was given, or when its conditions end");
        assertThat(RehabilitationGuidance.forKind(HeldRecordKind.OUT_OF_COURT_DISPOSAL))
                .contains("3 months")
                .contains("no rehabilitation period");
    }

    @Test
    void ordersMarkersAndHearingsAreNotConvictionsAndHaveNoPeriod() {
        for (HeldRecordKind kind : new HeldRecordKind[] {
            HeldRecordKind.ORDER, HeldRecordKind.MARKER, HeldRecordKind.MARAC_HEARING, HeldRecordKind.PANEL_HEARING
        }) {
            assertThat(RehabilitationGuidance.forKind(kind))
                    .as(kind.name())
                    .contains("not a conviction")
                    .contains("no rehabilitation period");
        }
    }
}
