package org.crossflag.gateway.hearings.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.crossflag.adapter.AbuseType;
import org.crossflag.adapter.PersonRole;
import org.crossflag.adapter.VictimRelationship;
import org.crossflag.gateway.hearings.victims.SerialCount;
import org.crossflag.gateway.hearings.victims.VictimRecordHold;
import org.crossflag.gateway.hearings.victims.VictimSighting;
import org.junit.jupiter.api.Test;

/** What an alert keeps of the patterns reads back as the decisions worded it. */
class AlertPatternsTests {

    static final LocalDate REFERRED = LocalDate.of(2026, 11, 20);

    @Test
    void aSerialCountKeptOnTheAlertReadsAsTheCountWordedIt() {
        SerialCount count = SerialCount.of(
                REFERRED,
                List.of(
                        new VictimSighting("GB-ESX", LocalDate.of(2025, 1, 10), VictimRelationship.EX_PARTNER),
                        new VictimSighting("GB-KNT", LocalDate.of(2026, 9, 15), VictimRelationship.INTIMATE_PARTNER),
                        new VictimSighting("GB-SFK", REFERRED, VictimRelationship.INTIMATE_PARTNER)),
                (first, second) -> false,
                SerialCount.Settings.NPCC);

        AlertPatterns kept = AlertPatterns.NONE.counted(count, true);

        assertThat(kept.serialLine())
                .isEqualTo(count.line().orElseThrow())
                .isEqualTo("serial: 3 victims across 3 forces within 3 years");
        assertThat(kept.mappaPromptLine()).startsWith("consider a MAPPA Category 3 referral");
    }

    @Test
    void nothingIsSaidOfACountBelowTheThresholdOrOfAgesNobodyWasUnder() {
        SerialCount one = SerialCount.of(
                REFERRED,
                List.of(new VictimSighting("GB-SFK", REFERRED, VictimRelationship.INTIMATE_PARTNER)),
                (first, second) -> false,
                SerialCount.Settings.NPCC);

        AlertPatterns kept = AlertPatterns.NONE.counted(one, false);

        assertThat(kept.serialLine()).isNull();
        assertThat(kept.mappaPromptLine()).isNull();
        assertThat(kept.ageLine()).isNull();
        assertThat(kept.holdLine()).isNull();
    }

    @Test
    void theAgeFlagsAndTheHoldReadAsTheirRulesWordThem() {
        AlertPatterns stalking = new AlertPatterns(
                PersonRole.PERPETRATOR, AbuseType.STALKING, true, false, 0, 0, Period.ofYears(3), null, false);
        AlertPatterns abuse =
                new AlertPatterns(PersonRole.PERPETRATOR, null, false, true, 0, 0, Period.ofYears(3), null, false);
        VictimRecordHold hold = VictimRecordHold.forHit(PersonRole.VICTIM, "GB-ESX", LocalDate.of(2025, 3, 1))
                .orElseThrow();

        assertThat(stalking.ageLine()).isEqualTo("under 16 at the time: stalking has no age limit");
        assertThat(abuse.ageLine()).contains("not domestic abuse under the Domestic Abuse Act 2021");
        assertThat(abuse.held(hold).holdLine())
                .isEqualTo("recorded as a victim by GB-ESX on 2025-03-01: check before acting");
    }
}
