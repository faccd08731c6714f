package org.crossflag.gateway.policy;

import java.util.List;

import org.crossflag.adapter.ConsentState;
import org.crossflag.gateway.federation.envelope.DataCategory;
import org.crossflag.gateway.federation.envelope.Envelope;
import org.crossflag.gateway.federation.envelope.MessageType;
import org.crossflag.gateway.federation.envelope.OutgoingMessage;
import org.crossflag.gateway.federation.envelope.Purpose;

/**
 * One exchange for {@link PolicyEnforcer#decide} to rule on: a message this node means to send, or one it has
 * received. Built from the message itself, so what is decided is what travels.
 *
 * @param member        the other node: the recipient when sending, the sender when receiving
 * @param correlationId the correlation the exchange belongs to (or null)
 */
public record PolicyRequest(
        DataSharingPolicy.Direction direction,
        String member,
        MessageType messageType,
        Purpose purpose,
        Envelope.Requester requester,
        ConsentState consentState,
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
                message.requester(),
                message.consent().state(),
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
                envelope.requester(),
                envelope.consent().state(),
                envelope.dataCategories(),
                envelope.correlationId());
    }
}
