package org.crossflag.gateway.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MatchThresholdsTests {

    @Test
    void scoresFallIntoBandsAtTheThresholds() {
        MatchThresholds thresholds = new MatchThresholds(0.95, 0.6);
        assertThat(thresholds.band(0.95)).isEqualTo(MatchBand.MATCH);
        assertThat(thresholds.band(0.9499)).isEqualTo(MatchBand.POSSIBLE_MATCH);
        assertThat(thresholds.band(0.6)).isEqualTo(MatchBand.POSSIBLE_MATCH);
        assertThat(thresholds.band(0.5999)).isEqualTo(MatchBand.NO_MATCH);
    }

    @Test
    void defaultsAreSensible() {
        assertThat(MatchThresholds.DEFAULTS.match()).isBetween(0.5, 0.999);
        assertThat(MatchThresholds.DEFAULTS.possible()).isLessThan(MatchThresholds.DEFAULTS.match());
    }

    @Test
    void nonsensicalThresholdsAreRefused() {
        assertThatThrownBy(() -> new MatchThresholds(0.5, 0.9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MatchThresholds(1.0, 0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MatchThresholds(0.9, 0.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MatchThresholds(Double.NaN, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
