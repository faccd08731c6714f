package org.crossflag.gateway.circumstances;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeDistrictsTests {

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
        "CM2 9XX, CM2",
        "cm2 9xx, CM2",
        "CM29XX, CM2",
        "'  IP1   2AB ', IP1",
        "SW1A 1AA, SW1A",
        "EC1A 1BB, EC1A",
        "W1A 0AX, W1A",
        "B1 1AA, B1",
        "CO8 5QQ, CO8",
        "CO8, CO8",
        "sw1a, SW1A"
    })
    void readsTheDistrictOfAPostcodeAsPeopleWriteIt(String postcode, String district) {
        assertThat(PostcodeDistricts.districtOf(postcode)).contains(district);
    }

    @ParameterizedTest(name = "''{0}'' is no postcode")
    @ValueSource(strings = {"", "   ", "12345", "CM2 9X", "CM2 XXX", "GIR 0AA", "CMM2 9XX", "CM2 9XX 1", "C", "N/A"})
    void refusesTextThatIsNeitherAPostcodeNorADistrict(String text) {
        assertThat(PostcodeDistricts.districtOf(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aMissingPostcodeHasNoDistrict() {
        assertThat(PostcodeDistricts.districtOf(null)).isEmpty();
    }
}
