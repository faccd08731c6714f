package org.crossflag.gateway.federation.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crossflag.gateway.federation.directory.MemberKind.PARTNER_AGENCY;
import static org.crossflag.gateway.federation.directory.MemberKind.POLICE;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.crossflag.gateway.federation.envelope.MessageType;
import org.junit.jupiter.api.Test;

/** Only police nodes create records; partner agencies may be told, and may ask through police. */
class RecordCreatingSendersTests {

    @Test
    void aPartnerAgencyMayNotRaiseACrossAreaAlert() {
        assertPoliceOnly(MessageType.CROSS_AREA_ALERT);
    }

    @Test
    void aPartnerAgencyMayNotCorrectOrWithdrawARecord() {
        assertPoliceOnly(MessageType.RECORD_AMENDMENT);
    }

    @Test
    void aPartnerAgencyMayNotSendAChangeOfCircumstance() {
        assertPoliceOnly(MessageType.CIRCUMSTANCE_CHANGE);
    }

    @Test
    void aPartnerAgencyMayNotSendADisclosureRequestThatTheHolderStoresForItsOfficer() {
        assertPoliceOnly(MessageType.DISCLOSURE_REQUEST);
    }

    @Test
    void aPartnerAgencyMayNotSendAFollowUpRequest() {
        assertPoliceOnly(MessageType.FOLLOW_UP_REQUEST);
    }

    @Test
    void aPartnerAgencyMayNotAnswerAPriorHearingQuery() {
        assertPoliceOnly(MessageType.PRIOR_HEARING_ANSWER);
    }

    @Test
    void aPartnerAgencyMayNotAnswerADisclosureCheck() {
        assertPoliceOnly(MessageType.DISCLOSURE_CHECK_ANSWER);
    }

    @Test
    void aPartnerAgencyMayNotSendADisclosureAnswer() {
        assertPoliceOnly(MessageType.DISCLOSURE_ANSWER);
    }

    @Test
    void aPartnerAgencyMayNotSendAFollowUpAnswer() {
        assertPoliceOnly(MessageType.FOLLOW_UP_ANSWER);
    }

    @Test
    void aPartnerAgencyMayAskAboutPriorHearings() {
        assertAnyMember(MessageType.PRIOR_HEARING_QUERY);
    }

    @Test
    void aPartnerAgencyMaySendADisclosureCheck() {
        assertAnyMember(MessageType.DISCLOSURE_CHECK);
    }

    @Test
    void aPartnerAgencyMayRefuseWhatItWasSent() {
        assertAnyMember(MessageType.REFUSAL);
    }

    @Test
    void aPartnerAgencyMayTestTheExchange() {
        assertAnyMember(MessageType.EXCHANGE_TEST);
    }

    @Test
    void everyMessageTypeIsDecidedAboveAndOnlyThePoliceCreateRecords() {
        Set<MessageType> policeOnly = EnumSet.noneOf(MessageType.class);
        Arrays.stream(MessageType.values())
                .filter(type -> !RecordCreatingSenders.maySend(PARTNER_AGENCY, type))
                .forEach(policeOnly::add);

        assertThat(policeOnly)
                .as("a new message type needs its own test above, and a decision in RecordCreatingSenders")
                .containsExactlyInAnyOrder(
                        MessageType.CROSS_AREA_ALERT,
                        MessageType.RECORD_AMENDMENT,
                        MessageType.CIRCUMSTANCE_CHANGE,
                        MessageType.DISCLOSURE_REQUEST,
                        MessageType.FOLLOW_UP_REQUEST,
                        MessageType.PRIOR_HEARING_ANSWER,
                        MessageType.DISCLOSURE_CHECK_ANSWER,
                        MessageType.DISCLOSURE_ANSWER,
                        MessageType.FOLLOW_UP_ANSWER);
        assertThat(MessageType.values())
                .allSatisfy(type -> assertThat(RecordCreatingSenders.maySend(POLICE, type))
                        .as(type.wire())
                        .isTrue());
    }

    @Test
    void onlyPoliceMembersCreateRecords() {
        assertThat(RecordCreatingSenders.createsRecords(POLICE)).isTrue();
        assertThat(RecordCreatingSenders.createsRecords(PARTNER_AGENCY)).isFalse();
        assertThat(RecordCreatingSenders.createsRecords((MemberKind) null)).isFalse();
    }

    private static void assertPoliceOnly(MessageType type) {
        assertThat(RecordCreatingSenders.createsRecords(type))
                .as("creates records")
                .isTrue();
        assertThat(RecordCreatingSenders.maySend(PARTNER_AGENCY, type))
                .as("a partner agency may send " + type)
                .isFalse();
        assertThat(RecordCreatingSenders.maySend(POLICE, type))
                .as("a police member may send " + type)
                .isTrue();
    }

    private static void assertAnyMember(MessageType type) {
        assertThat(RecordCreatingSenders.createsRecords(type))
                .as("creates records")
                .isFalse();
        assertThat(RecordCreatingSenders.maySend(PARTNER_AGENCY, type))
                .as("a partner agency may send " + type)
                .isTrue();
        assertThat(RecordCreatingSenders.maySend(POLICE, type))
                .as("a police member may send " + type)
                .isTrue();
    }
}
