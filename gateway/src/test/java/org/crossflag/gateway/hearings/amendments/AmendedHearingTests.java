package org.crossflag.gateway.hearings.amendments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.crossflag.adapter.Contact;
import org.crossflag.adapter.Forum;
import org.crossflag.adapter.RejectedRecordException;
import org.crossflag.gateway.hearings.records.HearingRepository;
import org.junit.jupiter.api.Test;

class AmendedHearingTests {

    static final HearingRepository.StoredHearing MARAC = hearing("h-1", Forum.MARAC);
    static final HearingRepository.StoredHearing DAPP = hearing("h-2", Forum.DAPP);

    @Test
    void theHearingInTheForumNamedIsTheOne() {
        assertThat(AmendedHearing.find(List.of(MARAC, DAPP), Forum.DAPP)).isEqualTo(DAPP);
    }

    @Test
    void aCorrectionToAnotherForumFindsTheOneHearingUnderTheReference() {
        assertThat(AmendedHearing.find(List.of(MARAC), Forum.MAPPA)).isEqualTo(MARAC);
    }

    @Test
    void aWithdrawalNamesNoForumAndFindsTheOneHearing() {
        assertThat(AmendedHearing.find(List.of(DAPP), null)).isEqualTo(DAPP);
    }

    @Test
    void noHearingUnderTheReferenceIsRecordNotFound() {
        assertThatThrownBy(() -> AmendedHearing.find(List.of(), Forum.MARAC))
                .isInstanceOfSatisfying(
                        RejectedRecordException.class,
                        e -> assertThat(e.reasonCode()).isEqualTo("RECORD_NOT_FOUND"))
                .hasMessageContaining("localReference");
    }

    @Test
    void severalForumsUnderTheReferenceAndNoneNamedIsAmbiguous() {
        assertThatThrownBy(() -> AmendedHearing.find(List.of(MARAC, DAPP), null))
                .isInstanceOfSatisfying(
                        RejectedRecordException.class,
                        e -> assertThat(e.reasonCode()).isEqualTo("REFERENCE_AMBIGUOUS"));
        assertThatThrownBy(() -> AmendedHearing.find(List.of(MARAC, DAPP), Forum.MATAC))
                .isInstanceOfSatisfying(
                        RejectedRecordException.class,
                        e -> assertThat(e.reasonCode()).isEqualTo("REFERENCE_AMBIGUOUS"));
    }

    static HearingRepository.StoredHearing hearing(String id, Forum forum) {
        return new HearingRepository.StoredHearing(
                id,
                "REF-ESX-2026-0001",
                forum,
                LocalDate.parse("2026-05-14"),
                "p-1",
                new Contact("Essex MARAC coordinator", null, null),
                null);
    }
}
