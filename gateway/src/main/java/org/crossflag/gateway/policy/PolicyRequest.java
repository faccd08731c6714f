package org.crossflag.gateway.policy;

import java.util.List;

import org.crossflag.adapter.ConsentState;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.LegalBasis;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.envelope.OutgoingMessage;
import org.crossflag.gateway.federation.envelope.Purpose;

/**
 * One exchange for {@link PolicyEnforcer#decide} to rule on: a message this node means to send, or one it has
 * received. Built from the message itself, so what is decided is what travels.
 *
 * @param member           the other node: the recipient when sending, the sender when receiving
 * @param legalBasis       the envelope's legal basis; null when it names none (refused)
 * @param consentState     the envelope's consent state; null when it names none (refused)
 * @param consentJustified whether the envelope carries a non-blank consent justification
 * @param correlationId    the correlation the exchange belongs to (or null)
 */
public record PolicyRequest(
        DataSharingPolicy.Direction direction,
        String member,
        MessageType messageType,
        Purpose purpose,
        LegalBasis legalBasis,
        Envelope.Requester requester,
        ConsentState consentState,
        boolean consentJustified,
        List<DataCategory> dataCategories,
        String correlationId) {

    public PolicyRequest {
        dataCategories = dataCategories == null ? List.of() : List.copyOf(dataCategories);
    }

    /** May this node send this message to its recipient? */
    public static PolicyRequest sending(OutgoingMessage message) {
        return new PolicyRequest(
                DataSharingPolicy.Direction.SEND,
                message.recipient(),
                message.type(),
                message.purpose(),
                message.legalBasis(),
                message.requester(),
                state(message.consent()),
                justified(message.consent()),
                message.dataCategories(),
                message.correlationId());
    }

    /** May this node act on this message from its sender? */
    public static PolicyRequest receiving(Envelope envelope) {
        return new PolicyRequest(
                DataSharingPolicy.Direction.RECEIVE,
                envelope.sender(),
                envelope.type(),
                envelope.purpose(),
                envelope.legalBasis(),
                envelope.requester(),
                state(envelope.consent()),
                justified(envelope.consent()),
                envelope.dataCategories(),
                envelope.correlationId());
    }

    private static ConsentState state(Envelope.Consent consent) {
        return consent == null ? null : consent.state();
    }

    private static boolean justified(Envelope.Consent consent) {
        return consent != null
                && consent.justification() != null
                && !consent.justification().isBlank();
    }
}
