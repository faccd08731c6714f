package org.crossflag.gateway.hearings.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crossflag.adapter.VictimRelationship.CHILD_TO_PARENT;
import static org.crossflag.adapter.VictimRelationship.EX_PARTNER;
import static org.crossflag.adapter.VictimRelationship.INTIMATE_PARTNER;
import static org.crossflag.adapter.VictimRelationship.OTHER;
import static org.crossflag.adapter.VictimRelationship.OTHER_FAMILY;
import static org.crossflag.adapter.VictimRelationship.SIBLING;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import org.crossflag.adapter.VictimRelationship;
import org.junit.jupiter.api.Test;

class SerialCountTests {

    static final LocalDate REFERRED = LocalDate.of(2026, 11, 20);
    static final SerialCount.Settings THREE_IN_THREE = new SerialCount.Settings(3, Period.ofYears(3));

    /** Every sighting a different victim. */
    static final SameVictim ALL_DIFFERENT = (first, second) -> false;

    static VictimSighting seen(String force, LocalDate on, VictimRelationship relationship) {
        return new VictimSighting(force, on, relationship);
    }

    static VictimSighting partner(String force, LocalDate on) {
        return seen(force, on, INTIMATE_PARTNER);
    }

    @Test
    void twoPartnersWithinThreeYearsAreSerialUnderTheNpccDefinition() {
        SerialCount count = SerialCount.of(
                REFERRED,
                List.of(partner("ESX", LocalDate.of(2025, 1, 10)), partner("KNT", LocalDate.of(2026, 6, 1))),
                ALL_DIFFERENT,
                SerialCount.Settings.NPCC);

        assertThat(count.victims()).isEqualTo(2);
        assertThat(count.forces()).isEqualTo(2);
        assertThat(count.serial()).isTrue();
        assertThat(count.settings()).isEqualTo(SerialCount.Settings.NPCC);
    }

    @Test
    void theNpccSettingsAreTwoVictimsWithinThreeYears() {
        assertThat(SerialCount.Settings.NPCC.threshold()).isEqualTo(2);
        assertThat(SerialCount.Settings.NPCC.window()).isEqualTo(Period.ofYears(3));
    }

    @Test
    void oneVictimIsNotSerial() {
        SerialCount count =
                SerialCount.of(REFERRED, List.of(partner("ESX", REFERRED)), ALL_DIFFERENT, SerialCount.Settings.NPCC);

        assertThat(count.victims()).isEqualTo(1);
        assertThat(count.forces()).isEqualTo(1);
        assertThat(count.serial()).isFalse();
        assertThat(count.line()).isEmpty();
    }

    @Test
    void theWindowIncludesBothOfItsEnds() {
        List<VictimSighting> atTheEdges = List.of(partner("ESX", LocalDate.of(2023, 11, 20)), partner("KNT", REFERRED));

        SerialCount count = SerialCount.of(REFERRED, atTheEdges, ALL_DIFFERENT, SerialCount.Settings.NPCC);

        assertThat(count.victims()).isEqualTo(2);
        assertThat(count.serial()).isTrue();
    }

    @Test
    void aDayBeforeTheWindowIsOutsideIt() {
        List<VictimSighting> sightings =
                List.of(partner("ESX", LocalDate.of(2023, 11, 19)), partner("KNT", LocalDate.of(2026, 1, 1)));

        SerialCount count = SerialCount.of(REFERRED, sightings, ALL_DIFFERENT, SerialCount.Settings.NPCC);

        assertThat(count.victims()).isEqualTo(1);
        assertThat(count.forces())
                .as("the force of a sighting outside the window is not counted")
                .isEqualTo(1);
        assertThat(count.serial()).isFalse();
    }

    @Test
    void aSightingAfterTheReferralDateIsNotCounted() {
        List<VictimSighting> sightings = List.of(partner("ESX", REFERRED), partner("KNT", REFERRED.plusDays(1)));

        SerialCount count = SerialCount.of(REFERRED, sightings, ALL_DIFFERENT, SerialCount.Settings.NPCC);

        assertThat(count.victims()).isEqualTo(1);
        assertThat(count.forces()).isEqualTo(1);
        assertThat(count.serial()).isFalse();
    }

    @Test
    void theWindowFollowsTheSettings() {
        List<VictimSighting> sightings =
                List.of(partner("ESX", LocalDate.of(2025, 11, 19)), partner("KNT", LocalDate.of(2026, 6, 1)));
        SerialCount.Settings twoInOneYear = new SerialCount.Settings(2, Period.ofYears(1));

        assertThat(SerialCount.of(REFERRED, sightings, ALL_DIFFERENT, twoInOneYear)
                        .victims())
                .isEqualTo(1);
        assertThat(SerialCount.of(REFERRED, sightings, ALL_DIFFERENT, SerialCount.Settings.NPCC)
                        .victims())
                .isEqualTo(2);
    }

    @Test
    void aThresholdOfThreeNeedsAThirdVictim() {
        List<VictimSighting> two =
                List.of(partner("ESX", LocalDate.of(2025, 1, 10)), partner("KNT", LocalDate.of(2026, 6, 1)));
        List<VictimSighting> three = new ArrayList<>(two);
        three.add(partner("SRY", LocalDate.of(2026, 9, 1)));

        assertThat(SerialCount.of(REFERRED, two, ALL_DIFFERENT, THREE_IN_THREE).serial())
                .isFalse();
        assertThat(SerialCount.of(REFERRED, two, ALL_DIFFERENT, SerialCount.Settings.NPCC)
                        .serial())
                .isTrue();
        SerialCount count = SerialCount.of(REFERRED, three, ALL_DIFFERENT, THREE_IN_THREE);
        assertThat(count.victims()).isEqualTo(3);
        assertThat(count.serial()).isTrue();
        assertThat(count.settings()).isEqualTo(THREE_IN_THREE);
    }

    @Test
    void oneVictimSeenByTwoForcesIsOneVictimAcrossTwoForces() {
        List<VictimSighting> sightings =
                List.of(partner("ESX", LocalDate.of(2025, 1, 10)), seen("KNT", LocalDate.of(2026, 6, 1), EX_PARTNER));

        SerialCount count = SerialCount.of(REFERRED, sightings, (first, second) -> true, SerialCount.Settings.NPCC);

        assertThat(count.victims()).isEqualTo(1);
        assertThat(count.forces()).isEqualTo(2);
        assertThat(count.serial()).isFalse();
    }

    @Test
    void sightingsOfOneVictimAreGroupedThroughEachOther() {
        List<VictimSighting> sightings = List.of(
                partner("ESX", LocalDate.of(2024, 3, 1)),
                partner("KNT", LocalDate.of(2025, 3, 1)),
                partner("SRY", LocalDate.of(2026, 3, 1)),
                partner("ESX", LocalDate.of(2026, 9, 1)));
        // 0 is 1 and 1 is 2, but 0 and 2 do not compare equal directly (each pair has its own query encoding).
        SameVictim chained = (first, second) -> (first == 0 && second == 1) || (first == 1 && second == 2);

        SerialCount count = SerialCount.of(REFERRED, sightings, chained, SerialCount.Settings.NPCC);

        assertThat(count.victims()).isEqualTo(2);
        assertThat(count.forces()).isEqualTo(3);
        assertThat(count.serial()).isTrue();
    }

    @Test
    void twoChainsJoinedLateAreOneVictim() {
        List<VictimSighting> sightings = List.of(
                partner("ESX", LocalDate.of(2025, 1, 1)),
                partner("KNT", LocalDate.of(2025, 2, 1)),
                partner("SRY", LocalDate.of(2025, 3, 1)),
                partner("HAM", LocalDate.of(2025, 4, 1)));
        SameVictim chained = (first, second) ->
                (first == 0 && second == 2) || (first == 1 && second == 3) || (first == 2 && second == 3);

        SerialCount count = SerialCount.of(REFERRED, sightings, chained, SerialCount.Settings.NPCC);

        assertThat(count.victims()).isEqualTo(1);
        assertThat(count.forces()).isEqualTo(4);
    }

    @Test
    void sameVictimIsAskedWithIndexesIntoTheWholeList() {
        List<VictimSighting> sightings = List.of(
                partner("ESX", LocalDate.of(2010, 1, 1)),
                seen("KNT", LocalDate.of(2025, 1, 1), OTHER),
                partner("SRY", LocalDate.of(2025, 3, 1)),
                partner("HAM", LocalDate.of(2026, 3, 1)));
        List<List<Integer>> asked = new ArrayList<>();
        SameVictim recording = (first, second) -> {
            asked.add(List.of(first, second));
            return first == 2 && second == 3;
        };

        SerialCount count = SerialCount.of(REFERRED, sightings, recording, SerialCount.Settings.NPCC);

        assertThat(asked).containsExactly(List.of(2, 3));
        assertThat(count.victims()).isEqualTo(1);
        assertThat(count.forces()).isEqualTo(2);
    }

    @Test
    void aVictimWhoIsNotAPartnerOrFamilyIsNotCounted() {
        List<VictimSighting> sightings =
                List.of(partner("ESX", LocalDate.of(2025, 1, 10)), seen("KNT", LocalDate.of(2026, 6, 1), OTHER));

        SerialCount count = SerialCount.of(REFERRED, sightings, ALL_DIFFERENT, SerialCount.Settings.NPCC);

        assertThat(count.victims()).isEqualTo(1);
        assertThat(count.forces()).isEqualTo(1);
        assertThat(count.serial()).isFalse();
    }

    @Test
    void familyMembersAndFormerPartnersAreCounted() {
        for (VictimRelationship relationship : List.of(CHILD_TO_PARENT, SIBLING, OTHER_FAMILY, EX_PARTNER)) {
            List<VictimSighting> sightings = List.of(
                    partner("ESX", LocalDate.of(2025, 1, 10)), seen("KNT", LocalDate.of(2026, 6, 1), relationship));

            SerialCount count = SerialCount.of(REFERRED, sightings, ALL_DIFFERENT, SerialCount.Settings.NPCC);

            assertThat(count.victims()).as(relationship.name()).isEqualTo(2);
            assertThat(count.serial()).as(relationship.name()).isTrue();
        }
    }

    @Test
    void noSightingsAreNoVictims() {
        SerialCount count = SerialCount.of(REFERRED, List.of(), ALL_DIFFERENT, SerialCount.Settings.NPCC);

        assertThat(count.victims()).isZero();
        assertThat(count.forces()).isZero();
        assertThat(count.serial()).isFalse();
        assertThat(count.line()).isEmpty();
    }

    @Test
    void settingsNeedAThresholdOfAtLeastTwoAndAPositiveWindow() {
        assertThat(new SerialCount.Settings(2, Period.ofDays(1)).threshold()).isEqualTo(2);
        assertThatThrownBy(() -> new SerialCount.Settings(1, Period.ofYears(3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("threshold");
        assertThatThrownBy(() -> new SerialCount.Settings(0, Period.ofYears(3)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SerialCount.Settings(2, Period.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("window");
        assertThatThrownBy(() -> new SerialCount.Settings(2, Period.ofYears(-3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("window");
        assertThatThrownBy(() -> new SerialCount.Settings(2, Period.of(1, -2, 0)))
                .as("a period with a negative part")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SerialCount.Settings(2, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void theLineGivesTheCountsAndTheWindowInYears() {
        List<VictimSighting> sightings = List.of(
                partner("ESX", LocalDate.of(2025, 1, 10)),
                partner("KNT", LocalDate.of(2026, 2, 1)),
                partner("SRY", LocalDate.of(2026, 6, 1)));

        assertThat(SerialCount.of(REFERRED, sightings, ALL_DIFFERENT, THREE_IN_THREE)
                        .line())
                .contains("serial: 3 victims across 3 forces within 3 years");
    }

    @Test
    void theLineSaysOneForceInTheSingular() {
        List<VictimSighting> sightings =
                List.of(partner("ESX", LocalDate.of(2025, 1, 10)), partner("ESX", LocalDate.of(2026, 6, 1)));

        assertThat(SerialCount.of(REFERRED, sightings, ALL_DIFFERENT, SerialCount.Settings.NPCC)
                        .line())
                .contains("serial: 2 victims across 1 force within 3 years");
    }

    @Test
    void theLineNamesNoForce() {
        List<VictimSighting> sightings =
                List.of(partner("ESX", LocalDate.of(2025, 1, 10)), partner("KNT", LocalDate.of(2026, 6, 1)));

        assertThat(SerialCount.of(REFERRED, sightings, ALL_DIFFERENT, SerialCount.Settings.NPCC)
                        .line()
                        .orElseThrow())
                .doesNotContain("ESX", "KNT", "2025", "2026");
    }

    @Test
    void theLineGivesAWindowOfPartYearsInMonths() {
        List<VictimSighting> sightings =
                List.of(partner("ESX", LocalDate.of(2026, 1, 10)), partner("KNT", LocalDate.of(2026, 6, 1)));

        assertThat(SerialCount.of(REFERRED, sightings, ALL_DIFFERENT, new SerialCount.Settings(2, Period.ofMonths(18)))
                        .line())
                .contains("serial: 2 victims across 2 forces within 18 months");
        assertThat(SerialCount.of(REFERRED, sightings, ALL_DIFFERENT, new SerialCount.Settings(2, Period.ofMonths(24)))
                        .line())
                .as("24 months are whole years")
                .contains("serial: 2 victims across 2 forces within 2 years");
        assertThat(SerialCount.of(REFERRED, sightings, ALL_DIFFERENT, new SerialCount.Settings(2, Period.ofYears(1)))
                        .line())
                .contains("serial: 2 victims across 2 forces within 1 year");
    }

    @Test
    void windowsDescribeThemselves() {
        assertThat(SerialCount.describe(Period.ofYears(3))).isEqualTo("3 years");
        assertThat(SerialCount.describe(Period.ofMonths(1))).isEqualTo("1 month");
        assertThat(SerialCount.describe(Period.of(1, 6, 0))).isEqualTo("18 months");
        assertThat(SerialCount.describe(Period.ofDays(400))).isEqualTo("400 days");
        assertThat(SerialCount.describe(Period.of(2, 0, 1))).isEqualTo("2 years and 1 day");
    }
}
