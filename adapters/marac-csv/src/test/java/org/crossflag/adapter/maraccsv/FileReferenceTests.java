package org.crossflag.adapter.maraccsv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileReferenceTests {

    @Test
    void aReferenceIsTheStartOfTheNamesSha256AndHoldsNothingOfTheName() {
        // printf '%s' 'Ashdown-Hale referral.csv' | sha256sum | cut -c1-12
        assertThat(FileReference.of("Ashdown-Hale referral.csv"))
                .matches("file [0-9a-f]{12}")
                .doesNotContainIgnoringCase("ashdown")
                .isEqualTo(FileReference.of("Ashdown-Hale referral.csv"));
        assertThat(FileReference.of("a.csv")).isNotEqualTo(FileReference.of("b.csv"));
    }

    @Test
    void theReferenceMatchesWhatSha256sumPrints() {
        // printf '%s' 'a.csv' | sha256sum
        assertThat(FileReference.of("a.csv")).isEqualTo("file 32f29f33d511");
    }
}
