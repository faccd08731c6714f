package org.crossflag.gateway.hearings.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class AnswerAcceptanceTests {

    static final Instant STARTED = Instant.parse("2026-11-20T10:00:00Z");
    static final Instant DEADLINE = STARTED.plusSeconds(5);
    static final String ASKED = "0b5e9c1a-7d2f-4e3b-8a6c-5d4e3f2a1b0c";
    static final Optional<QueryRepository.StoredQuery> QUERY = Optional.of(new QueryRepository.StoredQuery(
            "01937c5e-0000-7000-8000-000000000001",
            "5b1f0e7c-2d4a-4c3b-9e8f-7a6b5c4d3e2f",
            QueryRepository.OPEN,
            STARTED,
            DEADLINE,
            null));
    static final AnswerAcceptance ACCEPTANCE = new AnswerAcceptance(Duration.ofHours(24));

    static Optional<QueryRepository.QueryPeer> peer(String status) {
        return Optional.of(new QueryRepository.QueryPeer("GB-ESX", status, null, null, null));
    }

    static AnswerAcceptance.AnswerPart part(int part, int parts) {
        return new AnswerAcceptance.AnswerPart(ASKED, part, parts);
    }

    @Test
    void theAnswerOfAnAskedPeerQuotingItsQueryMessageIsTakenAndCompletesThePeer() {
        AnswerAcceptance.Verdict verdict =
                ACCEPTANCE.decide(QUERY, peer("ASKED"), ASKED, List.of(), part(1, 1), STARTED.plusSeconds(1));

        assertThat(verdict.accepted()).isTrue();
        assertThat(verdict.completesPeer()).isTrue();
    }

    @Test
    void anAnswerToNoQueryOfOursFromAPeerNotAskedOrQuotingAnotherQueryMessageGetsOneRefusal() {
        AnswerAcceptance.Verdict noQuery =
                ACCEPTANCE.decide(Optional.empty(), Optional.empty(), null, List.of(), part(1, 1), STARTED);
        AnswerAcceptance.Verdict notAsked =
                ACCEPTANCE.decide(QUERY, Optional.empty(), null, List.of(), part(1, 1), STARTED);
        AnswerAcceptance.Verdict otherQuery = ACCEPTANCE.decide(
                QUERY,
                peer("ASKED"),
                ASKED,
                List.of(),
                new AnswerAcceptance.AnswerPart("7c9e6679-7425-40de-944b-e07fc1f90ae7", 1, 1),
                STARTED);

        for (AnswerAcceptance.Verdict verdict : List.of(noQuery, notAsked, otherQuery)) {
            assertThat(verdict.accepted()).isFalse();
            assertThat(verdict.reasonCode()).isEqualTo(AnswerAcceptance.NOT_EXPECTED);
        }
        assertThat(noQuery.detail()).isEqualTo(notAsked.detail()).isEqualTo(otherQuery.detail());
    }

    @Test
    void aSecondAnswerAfterThePeerAnsweredOrRefusedIsRefused() {
        for (String status : List.of("ANSWERED", "ANSWERED_LATE", "REFUSED")) {
            AnswerAcceptance.Verdict verdict =
                    ACCEPTANCE.decide(QUERY, peer(status), ASKED, List.of(), part(1, 1), STARTED);
            assertThat(verdict.reasonCode()).as(status).isEqualTo(AnswerAcceptance.ALREADY_RECEIVED);
        }
    }

    @Test
    void partsAreTakenOnceEachAndThePeerIsCompleteWithTheLast() {
        AnswerAcceptance.Verdict second =
                ACCEPTANCE.decide(QUERY, peer("ASKED"), ASKED, List.of(part(1, 3)), part(3, 3), STARTED);
        AnswerAcceptance.Verdict again =
                ACCEPTANCE.decide(QUERY, peer("ASKED"), ASKED, List.of(part(1, 3)), part(1, 3), STARTED);
        AnswerAcceptance.Verdict last =
                ACCEPTANCE.decide(QUERY, peer("ASKED"), ASKED, List.of(part(1, 3), part(3, 3)), part(2, 3), STARTED);

        assertThat(second.accepted()).isTrue();
        assertThat(second.completesPeer()).isFalse();
        assertThat(again.reasonCode()).isEqualTo(AnswerAcceptance.ALREADY_RECEIVED);
        assertThat(last.accepted()).isTrue();
        assertThat(last.completesPeer()).isTrue();
    }

    @Test
    void aPartNumberBeyondItsCountOrACountThatChangesIsRefused() {
        assertThat(ACCEPTANCE
                        .decide(QUERY, peer("ASKED"), ASKED, List.of(), part(3, 2), STARTED)
                        .reasonCode())
                .isEqualTo(AnswerAcceptance.PARTS_INVALID);
        assertThat(ACCEPTANCE
                        .decide(QUERY, peer("ASKED"), ASKED, List.of(part(1, 2)), part(2, 5), STARTED)
                        .reasonCode())
                .isEqualTo(AnswerAcceptance.PARTS_INVALID);
    }

    @Test
    void aLateAnswerIsTakenWithinTheLateWindowAndRefusedAfterIt() {
        AnswerAcceptance.Verdict late = ACCEPTANCE.decide(
                QUERY, peer("NO_ANSWER_IN_TIME"), ASKED, List.of(), part(1, 1), DEADLINE.plus(Duration.ofHours(24)));
        AnswerAcceptance.Verdict tooLate = ACCEPTANCE.decide(
                QUERY,
                peer("NO_ANSWER_IN_TIME"),
                ASKED,
                List.of(),
                part(1, 1),
                DEADLINE.plus(Duration.ofHours(24)).plusMillis(1));

        assertThat(late.accepted()).isTrue();
        assertThat(tooLate.reasonCode()).isEqualTo(AnswerAcceptance.TOO_LATE);
    }
}
