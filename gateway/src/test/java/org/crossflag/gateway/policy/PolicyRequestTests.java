package org.crossflag.gateway.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.crossflag.adapter.ConsentState;
import org.crossflag.adapter.RequesterRole;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.LegalBasis;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.envelope.OutgoingMessage;
import org.crossflag.gateway.federation.envelope.Purpose;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

class PolicyRequestTests {

    static final Envelope.Requester COORDINATOR =
            new Envelope.Requester("ex.coordinator-7", RequesterRole.MARAC_COORDINATOR);

    @Test
    void aMessageToSendIsDecidedForItsRecipientWithWhatItCarries() {
        OutgoingMessage query = new OutgoingMessage(
                MessageType.PRIOR_HEARING_QUERY,
                "GB-KNT",
                "q-1",
                Purpose.MARAC_SAFEGUARDING,
                LegalBasis.CRIME_AND_DISORDER_ACT_1998_S115,
                COORDINATOR,
                new Envelope.Consent(ConsentState.NOT_SOUGHT_THRESHOLD_MET, null),
                List.of(DataCategory.HEARING_FLAG),
                JsonNodeFactory.instance.objectNode());

        assertThat(PolicyRequest.sending(query))
                .isEqualTo(new PolicyRequest(
                        DataSharingPolicy.Direction.SEND,
                        "GB-KNT",
                        MessageType.PRIOR_HEARING_QUERY,
                        Purpose.MARAC_SAFEGUARDING,
                        LegalBasis.CRIME_AND_DISORDER_ACT_1998_S115,
                        COORDINATOR,
                        ConsentState.NOT_SOUGHT_THRESHOLD_MET,
                        false,
                        List.of(DataCategory.HEARING_FLAG),
                        "q-1"));
    }

    @Test
    void aReceivedMessageIsDecidedForItsSenderWithWhatItCarries() {
        Instant created = Instant.parse("2026-11-29T10:15:30Z");
        Envelope alert = new Envelope(
                "3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b",
                "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d",
                2L,
                MessageType.CROSS_AREA_ALERT,
                "GB-ESX",
                "GB-KNT",
                created,
                created.plusSeconds(3600),
                Purpose.PANEL_TASKING,
                LegalBasis.COMMON_LAW_POLICING_PURPOSE,
                COORDINATOR,
                Envelope.Consent.given(),
                List.of(DataCategory.HEARING_FLAG, DataCategory.CONTACT_DETAILS),
                JsonNodeFactory.instance.objectNode());

        PolicyRequest request = PolicyRequest.receiving(alert);

        assertThat(request.direction()).isEqualTo(DataSharingPolicy.Direction.RECEIVE);
        assertThat(request.member()).isEqualTo("GB-ESX");
        assertThat(request.messageType()).isEqualTo(MessageType.CROSS_AREA_ALERT);
        assertThat(request.purpose()).isEqualTo(Purpose.PANEL_TASKING);
        assertThat(request.consentState()).isEqualTo(ConsentState.GIVEN);
        assertThat(request.legalBasis()).isEqualTo(LegalBasis.COMMON_LAW_POLICING_PURPOSE);
        assertThat(request.consentJustified()).isFalse();
        assertThat(request.dataCategories()).containsExactly(DataCategory.HEARING_FLAG, DataCategory.CONTACT_DETAILS);
        assertThat(request.correlationId()).isEqualTo("9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d");
    }

    @Test
    void anOverriddenRefusalIsJustifiedOnlyByANonBlankJustification() {
        assertThat(PolicyRequest.sending(overridden("Risk to life outweighs the refusal"))
                        .consentJustified())
                .isTrue();
        assertThat(PolicyRequest.sending(overridden(" \t ")).consentJustified()).isFalse();
        assertThat(PolicyRequest.sending(overridden(null)).consentJustified()).isFalse();
    }

    @Test
    void aMessageWithoutALegalBasisOrConsentIsDecidedWithoutThem() {
        OutgoingMessage bare = new OutgoingMessage(
                MessageType.PRIOR_HEARING_QUERY,
                "GB-KNT",
                "q-3",
                Purpose.MARAC_SAFEGUARDING,
                null,
                COORDINATOR,
                null,
                List.of(),
                JsonNodeFactory.instance.objectNode());

        PolicyRequest request = PolicyRequest.sending(bare);

        assertThat(request.legalBasis()).isNull();
        assertThat(request.consentState()).isNull();
        assertThat(request.consentJustified()).isFalse();
    }

    private static OutgoingMessage overridden(String justification) {
        return new OutgoingMessage(
                MessageType.PRIOR_HEARING_QUERY,
                "GB-KNT",
                "q-2",
                Purpose.MARAC_SAFEGUARDING,
                LegalBasis.CRIME_AND_DISORDER_ACT_1998_S115,
                COORDINATOR,
                new Envelope.Consent(ConsentState.REFUSED_OVERRIDDEN, justification),
                List.of(DataCategory.HEARING_FLAG),
                JsonNodeFactory.instance.objectNode());
    }
}
