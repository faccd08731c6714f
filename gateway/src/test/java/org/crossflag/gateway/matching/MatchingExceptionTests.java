package org.crossflag.gateway.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.crossflag.gateway.node.CodedException;
import org.junit.jupiter.api.Test;

class MatchingExceptionTests {

    @Test
    void isACodedExceptionWhoseCodeIsItsReason() {
        MatchingException refused = new MatchingException(MatchingReason.ENCODING_INVALID, "bloom filter of 12 bytes");

        assertThat(refused).isInstanceOf(CodedException.class);
        assertThat(refused.reasonCode()).isEqualTo("ENCODING_INVALID");
        assertThat(refused.reason()).isEqualTo(MatchingReason.ENCODING_INVALID);
        assertThat(refused.getMessage()).isEqualTo("ENCODING_INVALID: bloom filter of 12 bytes");
    }
}
