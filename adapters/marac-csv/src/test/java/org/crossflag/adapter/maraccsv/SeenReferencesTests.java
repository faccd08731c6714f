package org.crossflag.adapter.maraccsv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenReferencesTests {

    @Test
    void aReferenceIsNewOnceAndARepeatAfterThat() {
        SeenReferences seen = new SeenReferences();
        assertThat(seen.add("MARAC-TST-2026-0001")).isTrue();
        assertThat(seen.add("MARAC-TST-2026-0002")).isTrue();
        assertThat(seen.add("MARAC-TST-2026-0001")).isFalse();
        assertThat(seen.add("marac-tst-2026-0001")).isTrue();
    }

    @Test
    void manyReferencesAreToldApartAsTheTableGrows() {
        SeenReferences seen = new SeenReferences();
        for (int n = 0; n < 100_000; n++) {
            assertThat(seen.add("MARAC-TST-" + n)).as("first time of %d", n).isTrue();
        }
        for (int n = 0; n < 100_000; n += 997) {
            assertThat(seen.add("MARAC-TST-" + n)).as("repeat of %d", n).isFalse();
        }
    }
}
