package org.crossflag.gateway.federation.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FairRoundTests {

    @Test
    void eachSendersShareIsTakenInTurn() {
        Map<String, List<String>> bySender = new LinkedHashMap<>();
        bySender.put("GB-SFK", List.of("s1", "s2", "s3", "s4"));
        bySender.put("GB-KNT", List.of("k1"));
        bySender.put("GB-ESX", List.of("e1", "e2"));

        assertThat(FairRound.interleave(bySender)).containsExactly("s1", "k1", "e1", "s2", "e2", "s3", "s4");
    }

    @Test
    void anEmptyRoundIsEmpty() {
        assertThat(FairRound.interleave(Map.<String, List<String>>of())).isEmpty();
    }
}
