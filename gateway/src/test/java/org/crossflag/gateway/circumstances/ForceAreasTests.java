package org.crossflag.gateway.circumstances;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** On the table shipped in the schemas: real districts, as the ONS-derived detail file gives them. */
class ForceAreasTests {

    static final String ESSEX = "E23000028";
    static final String SUFFOLK = "E23000025";
    static final String KENT = "E23000032";

    static ForceAreas areas;

    @BeforeAll
    static void read() {
        areas = ForceAreas.fromClasspath();
    }

    @Test
    void readsEveryDistrictOfTheTable() {
        assertThat(areas.districts()).isEqualTo(3076);
    }

    @Test
    void aDistrictWhollyInOneForceHasThatForceAlone() {
        assertThat(areas.of("IP1")).hasValueSatisfying(area -> {
            assertThat(area.forceCode()).isEqualTo(SUFFOLK);
            assertThat(area.runnerUpCode()).isNull();
            assertThat(area.forceCodes()).containsExactly(SUFFOLK);
        });
        assertThat(areas.of("ME4").orElseThrow().forceCodes()).containsExactly(KENT);
    }

    @Test
    void aSplitDistrictWhoseRunnerUpHoldsOverAQuarterIsCoveredByBothPrimaryFirst() {
        // CO8: Essex 57%, Suffolk 43% of its postcodes.
        assertThat(areas.of("CO8").orElseThrow().forceCodes()).containsExactly(ESSEX, SUFFOLK);
        // CF46: South Wales, Gwent 25.7%, just over the line.
        assertThat(areas.of("CF46").orElseThrow().forceCodes()).containsExactly("W15000003", "W15000002");
    }

    @Test
    void aSplitDistrictWhoseRunnerUpHoldsAQuarterOrLessIsThePrimaryForcesAlone() {
        // CO10: Suffolk 92%, Essex 8%.
        assertThat(areas.of("CO10").orElseThrow().forceCodes()).containsExactly(SUFFOLK);
        // E1: Metropolitan Police 97%, City of London 3% (a quoted name with a comma in the file).
        assertThat(areas.of("E1").orElseThrow().forceCodes()).containsExactly("E23000001");
        assertThat(areas.forceName("E23000034")).contains("London, City of");
    }

    @Test
    void anUnknownDistrictIsNotCovered() {
        // Jersey has no UK police force area; ZZ9 is no district at all.
        assertThat(areas.of("JE2")).isEmpty();
        assertThat(areas.of("ZZ9")).isEmpty();
    }

    @Test
    void namesForcesAsTheTableDoes() {
        assertThat(areas.forceName(ESSEX)).contains("Essex");
        assertThat(areas.forceName("S23000009")).contains("Police Scotland");
        assertThat(areas.forceName("E99999999")).isEmpty();
    }

    @Test
    void theRunnerUpMustHoldMoreThanAQuarterExactly() throws IOException {
        ForceAreas table = ForceAreas.read(new StringReader("""
                postcode_district,force_code,force_name,share,postcodes_in_force,postcodes_total,n_forces,runner_up_code,runner_up_name,runner_up_postcodes
                AA1,E23000028,Essex,0.75,75,100,2,E23000025,Suffolk,25
                AA2,E23000028,Essex,0.74,74,100,2,E23000025,Suffolk,26
                AA3,E23000028,Essex,1.0,100,100,1,,,0
                """));

        assertThat(table.of("AA1").orElseThrow().forceCodes()).containsExactly(ESSEX);
        assertThat(table.of("AA2").orElseThrow().forceCodes()).containsExactly(ESSEX, SUFFOLK);
        assertThat(table.of("AA3").orElseThrow().forceCodes()).containsExactly(ESSEX);
    }
}
