package org.crossflag.gateway.hearings.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.crossflag.adapter.Contact;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.RiskScore;
import org.crossflag.gateway.hearings.queries.Hit;
import org.crossflag.gateway.matching.MatchBand;
import org.junit.jupiter.api.Test;

class BandActionTests {

    static final Contact ESSEX = new Contact("Essex MARAC coordinator", "01632 960100", null);

    @Test
    void aMatchOpensTheAlertAndTellsTheHolder() {
        BandAction action = BandAction.forBand(MatchBand.MATCH);

        assertThat(action.status()).isEqualTo(AlertStatus.OPEN);
        assertThat(action.tellsHolder()).isTrue();
    }

    @Test
    void aPossibleMatchWaitsForReviewAndTellsNoOne() {
        BandAction action = BandAction.forBand(MatchBand.POSSIBLE_MATCH);

        assertThat(action.status()).isEqualTo(AlertStatus.REVIEW);
        assertThat(action.tellsHolder()).isFalse();
    }

    @Test
    void nothingShortOfAMatchTellsTheHolder() {
        assertThat(BandAction.forBand(MatchBand.NO_MATCH)).isEqualTo(BandAction.AWAIT_REVIEW);
        assertThat(BandAction.forBand("MATCH")).isEqualTo(BandAction.OPEN_AND_TELL_HOLDER);
        assertThat(BandAction.forBand("POSSIBLE_MATCH")).isEqualTo(BandAction.AWAIT_REVIEW);
        assertThat(BandAction.forBand("match")).isEqualTo(BandAction.AWAIT_REVIEW);
        assertThat(BandAction.forBand("CERTAIN")).isEqualTo(BandAction.AWAIT_REVIEW);
        assertThat(BandAction.forBand((String) null)).isEqualTo(BandAction.AWAIT_REVIEW);
    }

    @Test
    void aMatchIsFlaggedWithTheQuerysMatchedHearingsCountedOnce() {
        Hit earlier = hit("h-1", "MATCH", LocalDate.of(2026, 3, 1));
        Hit doubtful = hit("h-2", "POSSIBLE_MATCH", LocalDate.of(2026, 6, 1));
        Hit match = hit("h-3", "MATCH", LocalDate.of(2026, 9, 1));

        assertThat(BandAction.flaggedHearings(List.of(earlier, doubtful, match), match))
                .containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 1));
    }

    @Test
    void aHearingThatRecordedThePersonAsAVictimIsNeverCountedAsOneOfTheirHearings() {
        Hit earlier = hit("h-1", "MATCH", LocalDate.of(2026, 3, 1));
        Hit h = hit("h-2", "MATCH", LocalDate.of(2026, 8, 1));
        Hit asVictim = new Hit(
                h.hitId(),
                h.holder(),
                h.forum(),
                h.heardOn(),
                h.reference(),
                h.contact(),
                h.band(),
                null,
                org.crossflag.adapter.PersonRole.VICTIM,
                null,
                false,
                false,
                List.of());

        assertThat(BandAction.flaggedHearings(List.of(earlier, asVictim), earlier))
                .containsExactly(LocalDate.of(2026, 3, 1));
        assertThat(BandAction.flaggedHearings(List.of(earlier, asVictim), asVictim))
                .containsExactly(LocalDate.of(2026, 3, 1));
    }

    @Test
    void aPossibleMatchIsFlaggedAsIfItWereConfirmed() {
        Hit earlier = hit("h-1", "MATCH", LocalDate.of(2026, 3, 1));
        Hit doubtful = hit("h-2", "POSSIBLE_MATCH", LocalDate.of(2026, 6, 1));
        Hit otherDoubtful = hit("h-3", "POSSIBLE_MATCH", LocalDate.of(2026, 7, 1));

        assertThat(BandAction.flaggedHearings(List.of(earlier, doubtful, otherDoubtful), doubtful))
                .containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 1));
    }

    @Test
    void theScoreAHitCarriesChangesNeitherTheActionNorTheFlaggedHearings() {
        LocalDate heardOn = LocalDate.of(2026, 6, 1);
        for (String band : new String[] {"MATCH", "POSSIBLE_MATCH"}) {
            Hit unscored = hit("h-1", band, heardOn);
            Hit highest = scored(unscored, new RiskScore("DASH", "2009", "27"));
            Hit lowest = scored(unscored, new RiskScore("RFG", "1", "0"));

            assertThat(BandAction.forBand(highest.band())).isEqualTo(BandAction.forBand(unscored.band()));
            assertThat(BandAction.forBand(lowest.band())).isEqualTo(BandAction.forBand(unscored.band()));
            assertThat(BandAction.flaggedHearings(List.of(highest), highest))
                    .isEqualTo(BandAction.flaggedHearings(List.of(unscored), unscored))
                    .isEqualTo(BandAction.flaggedHearings(List.of(lowest), lowest));
        }
    }

    static Hit scored(Hit hit, RiskScore score) {
        return new Hit(
                hit.hitId(),
                hit.holder(),
                hit.forum(),
                hit.heardOn(),
                hit.reference(),
                hit.contact(),
                hit.band(),
                score);
    }

    static Hit hit(String hitId, String band, LocalDate heardOn) {
        return new Hit(hitId, "GB-ESX", Forum.MARAC, heardOn, "MARAC-ESX-2026-0412", ESSEX, band, null);
    }
}
