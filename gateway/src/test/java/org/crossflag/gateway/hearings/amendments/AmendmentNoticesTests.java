package org.crossflag.gateway.hearings.amendments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class AmendmentNoticesTests {

    @Test
    void oneMessagePerForceAndQueryInAStableOrder() {
        List<AmendmentNotices.Reach> reaches = AmendmentNotices.reaches(List.of(
                new AmendmentNotices.Derived("GB-SFK", "q-2", "hit-3"),
                new AmendmentNotices.Derived("GB-KNT", "q-1", "hit-1"),
                new AmendmentNotices.Derived("GB-SFK", "q-2", "hit-4"),
                new AmendmentNotices.Derived("GB-SFK", "q-1", "hit-2")));

        assertThat(reaches)
                .containsExactly(
                        new AmendmentNotices.Reach("GB-KNT", "q-1", List.of("hit-1")),
                        new AmendmentNotices.Reach("GB-SFK", "q-1", List.of("hit-2")),
                        new AmendmentNotices.Reach("GB-SFK", "q-2", List.of("hit-3", "hit-4")));
    }

    @Test
    void nothingDerivedSendsNothing() {
        assertThat(AmendmentNotices.reaches(List.of())).isEmpty();
    }

    @Test
    void moreHitsThanOneMessageHoldsGoInFurtherMessages() {
        List<AmendmentNotices.Derived> derived = new ArrayList<>();
        IntStream.range(0, AmendmentNotices.HITS_PER_MESSAGE + 1)
                .forEach(i -> derived.add(new AmendmentNotices.Derived("GB-SFK", "q-1", "hit-" + i)));

        List<AmendmentNotices.Reach> reaches = AmendmentNotices.reaches(derived);

        assertThat(reaches).hasSize(2);
        assertThat(reaches.get(0).hitIds()).hasSize(AmendmentNotices.HITS_PER_MESSAGE);
        assertThat(reaches.get(1).hitIds()).containsExactly("hit-" + AmendmentNotices.HITS_PER_MESSAGE);
    }
}
