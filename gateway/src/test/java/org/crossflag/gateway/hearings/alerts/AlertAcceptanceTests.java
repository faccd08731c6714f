package org.crossflag.gateway.hearings.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.crossflag.adapter.Contact;
import org.crossflag.adapter.Forum;
import org.crossflag.gateway.hearings.queries.IssuedHitRepository;
import org.crossflag.gateway.hearings.records.HearingRepository;
import org.junit.jupiter.api.Test;

class AlertAcceptanceTests {

    static final Instant ISSUED = Instant.parse("2026-11-20T10:00:00Z");
    static final String QUERY = "01937c5e-0000-7000-8000-000000000001";
    static final HearingRepository.StoredHearing HEARING = new HearingRepository.StoredHearing(
            "5b1f0e7c-2d4a-4c3b-9e8f-7a6b5c4d3e2f",
            "MARAC ESX 0412",
            Forum.MARAC,
            LocalDate.of(2026, 5, 14),
            "8d7c6b5a-4e3f-4a2b-9c1d-0e9f8a7b6c5d",
            new Contact("Essex MARAC coordinator", null, null),
            null);
    static final IssuedHitRepository.IssuedHit HIT = new IssuedHitRepository.IssuedHit(
            "7c9e6679-7425-40de-944b-e07fc1f90ae7",
            QUERY,
            "0b5e9c1a-7d2f-4e3b-8a6c-5d4e3f2a1b0c",
            "GB-SFK",
            HEARING.hearingId(),
            ISSUED,
            ISSUED.plusSeconds(3600));

    static boolean accepts(
            Optional<IssuedHitRepository.IssuedHit> hit,
            String sender,
            String correlationId,
            Forum forum,
            String reference,
            Instant now) {
        return AlertAcceptance.accepts(hit, Optional.of(HEARING), sender, correlationId, forum, reference, now);
    }

    @Test
    void anAlertAboutALiveHitIssuedToItsSenderForItsHearingIsAccepted() {
        assertThat(accepts(Optional.of(HIT), "GB-SFK", QUERY, Forum.MARAC, "MARAC ESX 0412", ISSUED.plusSeconds(60)))
                .isTrue();
    }

    @Test
    void anyOtherAlertIsRefused() {
        Instant now = ISSUED.plusSeconds(60);
        assertThat(accepts(Optional.empty(), "GB-SFK", QUERY, Forum.MARAC, "MARAC ESX 0412", now))
                .as("no such hit")
                .isFalse();
        assertThat(accepts(Optional.of(HIT), "GB-KNT", QUERY, Forum.MARAC, "MARAC ESX 0412", now))
                .as("issued to another")
                .isFalse();
        assertThat(accepts(
                        Optional.of(HIT),
                        "GB-SFK",
                        "7d444840-9dc0-41c3-8d8a-2c5b1e4f3a21",
                        Forum.MARAC,
                        "MARAC ESX 0412",
                        now))
                .as("another query")
                .isFalse();
        assertThat(accepts(Optional.of(HIT), "GB-SFK", QUERY, Forum.DAPP, "MARAC ESX 0412", now))
                .as("another forum")
                .isFalse();
        assertThat(accepts(Optional.of(HIT), "GB-SFK", QUERY, Forum.MARAC, "MARAC ESX 0413", now))
                .as("another hearing")
                .isFalse();
        assertThat(accepts(Optional.of(HIT), "GB-SFK", QUERY, Forum.MARAC, "MARAC ESX 0412", ISSUED.plusSeconds(3600)))
                .as("expired")
                .isFalse();
        assertThat(AlertAcceptance.accepts(
                        Optional.of(HIT), Optional.empty(), "GB-SFK", QUERY, Forum.MARAC, "MARAC ESX 0412", now))
                .as("hearing gone")
                .isFalse();
    }
}
