package org.crossflag.gateway.hearings.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A holder that could not answer is named with its reason, apart from refusals and from peers not heard from. */
class CouldNotAnswerResultTests {

    static final Instant START = Instant.parse("2026-11-20T10:00:00Z");
    static final QueryRepository.StoredQuery COMPLETE = new QueryRepository.StoredQuery(
            "q-1", "r-1", "COMPLETE", START, START.plusSeconds(5), START.plusSeconds(5));

    @Test
    void aHolderThatCouldNotAnswerIsNamedWithItsReasonAndIsNeitherRefusedNorLate() {
        QueryResult result = QueryResult.of(
                COMPLETE,
                List.of(
                        new QueryRepository.QueryPeer("GB-ESX", "REFUSED", START, "ANSWER_DATA_INVALID", null),
                        new QueryRepository.QueryPeer("GB-KNT", "REFUSED", START, "POLICY_NO_AGREEMENT", null),
                        new QueryRepository.QueryPeer("GB-NFK", "NO_ANSWER_IN_TIME", null, null, null)),
                List.of());

        assertThat(result.couldNotAnswer()).containsExactly("GB-ESX (ANSWER_DATA_INVALID)");
        assertThat(result.refused()).containsExactly("GB-KNT (POLICY_NO_AGREEMENT)");
        assertThat(result.notAnswered()).containsExactly("GB-NFK");
        assertThat(result.note())
                .contains("GB-ESX could not answer: ANSWER_DATA_INVALID.")
                .contains("Not answered in time: GB-NFK.")
                .contains("Refused: GB-KNT (POLICY_NO_AGREEMENT).");
    }

    @Test
    void everyAnswerFailureCodeIsAReasonCodeTheRefusalSchemaCarries() {
        for (AnswerFailure failure : AnswerFailure.values()) {
            assertThat(org.crossflag.adapter.FieldForm.REASON_CODE.allows(failure.name()))
                    .as(failure.name())
                    .isTrue();
            assertThat(AnswerFailure.isAnswerFailure(failure.name())).isTrue();
        }
        assertThat(AnswerFailure.isAnswerFailure("POLICY_NO_AGREEMENT")).isFalse();
        assertThat(AnswerFailure.isAnswerFailure(null)).isFalse();
    }
}
