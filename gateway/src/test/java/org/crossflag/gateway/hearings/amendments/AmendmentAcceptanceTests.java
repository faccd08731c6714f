package org.crossflag.gateway.hearings.amendments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.crossflag.gateway.hearings.queries.IssuedHitRepository;
import org.crossflag.gateway.hearings.queries.QueryRepository;
import org.crossflag.gateway.hearings.records.Amendment;
import org.junit.jupiter.api.Test;

class AmendmentAcceptanceTests {

    static final String ESSEX = "GB-ESX";
    static final String KENT = "GB-KNT";
    static final String SUFFOLK = "GB-SFK";
    static final String QUERY = "0b6a7c3e-5d1f-4a2b-9c8d-7e6f5a4b3c2d";

    @Test
    void aHearingAmendmentIsTakenFromTheForceThatIssuedEveryHitNamed() {
        assertThat(AmendmentAcceptance.acceptsHearingAmendment(List.of(received(ESSEX), received(ESSEX)), ESSEX))
                .isTrue();
    }

    @Test
    void aHearingAmendmentFromAnotherForceOrNamingAnUnknownHitIsRefusedWhole() {
        assertThat(AmendmentAcceptance.acceptsHearingAmendment(List.of(received(ESSEX)), KENT))
                .isFalse();
        assertThat(AmendmentAcceptance.acceptsHearingAmendment(List.of(received(ESSEX), Optional.empty()), ESSEX))
                .isFalse();
        assertThat(AmendmentAcceptance.acceptsHearingAmendment(List.of(received(ESSEX), received(KENT)), ESSEX))
                .isFalse();
        assertThat(AmendmentAcceptance.acceptsHearingAmendment(List.of(), ESSEX))
                .isFalse();
    }

    @Test
    void aReferralWithdrawalIsTakenOnlyForHitsIssuedToTheSenderInThatQuery() {
        assertThat(AmendmentAcceptance.acceptsReferralAmendment(List.of(issued(SUFFOLK, QUERY)), SUFFOLK, QUERY))
                .isTrue();
        assertThat(AmendmentAcceptance.acceptsReferralAmendment(List.of(issued(SUFFOLK, QUERY)), KENT, QUERY))
                .isFalse();
        assertThat(AmendmentAcceptance.acceptsReferralAmendment(
                        List.of(issued(SUFFOLK, "another-query")), SUFFOLK, QUERY))
                .isFalse();
        assertThat(AmendmentAcceptance.acceptsReferralAmendment(List.of(Optional.empty()), SUFFOLK, QUERY))
                .isFalse();
    }

    @Test
    void aWithdrawnOrPurgedHitStaysSo() {
        assertThat(AmendmentAcceptance.changesHit(null)).isTrue();
        assertThat(AmendmentAcceptance.changesHit(Amendment.CORRECTED)).isTrue();
        assertThat(AmendmentAcceptance.changesHit(Amendment.WITHDRAWN)).isFalse();
        assertThat(AmendmentAcceptance.changesHit(Amendment.PURGED)).isFalse();
    }

    static Optional<QueryRepository.ReceivedHit> received(String holder) {
        return Optional.of(new QueryRepository.ReceivedHit(holder, null));
    }

    static Optional<IssuedHitRepository.IssuedHit> issued(String recipient, String queryId) {
        Instant at = Instant.parse("2026-11-20T10:00:00Z");
        return Optional.of(new IssuedHitRepository.IssuedHit(
                "5f0e2a1b-0c3d-4e5f-8a9b-1c2d3e4f5a6b", queryId, "m-1", recipient, "h-1", at, at.plusSeconds(3600)));
    }
}
