package org.crossflag.gateway.hearings.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.crossflag.adapter.PersonRole;
import org.crossflag.gateway.hearings.victims.VictimRecordHold.Reason;
import org.junit.jupiter.api.Test;

class VictimRecordHoldTests {

    static final LocalDate HEARD = LocalDate.of(2025, 1, 10);
    static final LocalDate REFERRED = LocalDate.of(2026, 11, 20);

    @Test
    void aHitRecordingThePersonAsAVictimHoldsTheAlert() {
        assertThat(VictimRecordHold.forHit(PersonRole.VICTIM, "ESX", HEARD))
                .contains(new VictimRecordHold(Reason.RECORDED_AS_VICTIM, "ESX", HEARD));
    }

    @Test
    void aHitRecordingThePersonAsBothHoldsTheAlertAsAVictimRecord() {
        assertThat(VictimRecordHold.forHit(PersonRole.BOTH, "ESX", HEARD))
                .contains(new VictimRecordHold(Reason.RECORDED_AS_VICTIM, "ESX", HEARD));
    }

    @Test
    void aHitRecordingThePersonAsThePerpetratorHoldsNothing() {
        assertThat(VictimRecordHold.forHit(PersonRole.PERPETRATOR, "ESX", HEARD))
                .isEmpty();
    }

    @Test
    void aHitWithoutARoleIsTakenAsThePerpetrators() {
        assertThat(VictimRecordHold.forHit(null, "ESX", HEARD)).isEmpty();
    }

    @Test
    void aReferralRecordedAsBothIsACounterAllegation() {
        assertThat(VictimRecordHold.forReferral(PersonRole.BOTH, "KNT", REFERRED))
                .contains(new VictimRecordHold(Reason.COUNTER_ALLEGATION, "KNT", REFERRED));
    }

    @Test
    void aReferralWithAnyOtherRoleHoldsNothing() {
        assertThat(VictimRecordHold.forReferral(PersonRole.PERPETRATOR, "KNT", REFERRED))
                .isEmpty();
        assertThat(VictimRecordHold.forReferral(PersonRole.VICTIM, "KNT", REFERRED))
                .isEmpty();
        assertThat(VictimRecordHold.forReferral(null, "KNT", REFERRED)).isEmpty();
    }

    @Test
    void theReferralsOwnHoldComesFirst() {
        VictimRecordHold earlierHit =
                VictimRecordHold.forHit(PersonRole.VICTIM, "ESX", HEARD).orElseThrow();
        VictimRecordHold counterAllegation =
                VictimRecordHold.forReferral(PersonRole.BOTH, "KNT", REFERRED).orElseThrow();

        assertThat(VictimRecordHold.first(List.of(earlierHit, counterAllegation)))
                .contains(counterAllegation);
        assertThat(VictimRecordHold.first(List.of(counterAllegation, earlierHit)))
                .contains(counterAllegation);
    }

    @Test
    void amongHitsTheEarliestRecordedComesFirst() {
        VictimRecordHold later = new VictimRecordHold(Reason.RECORDED_AS_VICTIM, "SRY", LocalDate.of(2025, 6, 1));
        VictimRecordHold earliest = new VictimRecordHold(Reason.RECORDED_AS_VICTIM, "ESX", HEARD);
        VictimRecordHold between = new VictimRecordHold(Reason.RECORDED_AS_VICTIM, "HAM", LocalDate.of(2025, 3, 1));

        assertThat(VictimRecordHold.first(List.of(later, earliest, between))).contains(earliest);
        assertThat(VictimRecordHold.first(List.of(between, later))).contains(between);
    }

    @Test
    void onTheSameDateTheFirstInTheListWins() {
        VictimRecordHold esx = new VictimRecordHold(Reason.RECORDED_AS_VICTIM, "ESX", HEARD);
        VictimRecordHold knt = new VictimRecordHold(Reason.RECORDED_AS_VICTIM, "KNT", HEARD);

        assertThat(VictimRecordHold.first(List.of(knt, esx))).contains(knt);
        assertThat(VictimRecordHold.first(List.of(esx, knt))).contains(esx);
    }

    @Test
    void noHoldsIsNoHold() {
        assertThat(VictimRecordHold.first(List.of())).isEmpty();
        assertThat(VictimRecordHold.first(null)).isEmpty();
        assertThat(VictimRecordHold.first(Arrays.asList((VictimRecordHold) null)))
                .isEmpty();
    }

    @Test
    void holdsCollectedFromHitsAndTheReferralPickTheFirst() {
        List<VictimRecordHold> holds = new ArrayList<>();
        VictimRecordHold.forHit(PersonRole.PERPETRATOR, "ESX", LocalDate.of(2024, 1, 1))
                .ifPresent(holds::add);
        VictimRecordHold.forHit(PersonRole.BOTH, "SRY", LocalDate.of(2025, 9, 1))
                .ifPresent(holds::add);
        VictimRecordHold.forHit(PersonRole.VICTIM, "HAM", LocalDate.of(2025, 2, 1))
                .ifPresent(holds::add);
        VictimRecordHold.forReferral(PersonRole.PERPETRATOR, "KNT", REFERRED).ifPresent(holds::add);

        assertThat(holds).hasSize(2);
        assertThat(VictimRecordHold.first(holds).map(VictimRecordHold::force)).contains("HAM");
    }

    @Test
    void theLineForAVictimRecordNamesTheForceAndDate() {
        assertThat(VictimRecordHold.forHit(PersonRole.VICTIM, "ESX", HEARD)
                        .orElseThrow()
                        .line())
                .isEqualTo("recorded as a victim by ESX on 2025-01-10: check before acting");
        assertThat(VictimRecordHold.forHit(PersonRole.BOTH, "ESX", HEARD)
                        .orElseThrow()
                        .line())
                .as("a record of both reads the same as a record of a victim")
                .isEqualTo("recorded as a victim by ESX on 2025-01-10: check before acting");
    }

    @Test
    void theLineForACounterAllegationNamesTheReferralDate() {
        assertThat(VictimRecordHold.forReferral(PersonRole.BOTH, "KNT", REFERRED)
                        .orElseThrow()
                        .line())
                .isEqualTo("counter-allegation recorded with this referral on 2026-11-20: check before acting");
    }

    @Test
    void aHoldNeedsItsReasonForceAndDate() {
        assertThatThrownBy(() -> new VictimRecordHold(null, "ESX", HEARD)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new VictimRecordHold(Reason.RECORDED_AS_VICTIM, null, HEARD))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new VictimRecordHold(Reason.RECORDED_AS_VICTIM, "ESX", null))
                .isInstanceOf(NullPointerException.class);
    }
}
