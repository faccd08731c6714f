package org.crossflag.gateway.federation.directory;

import org.crossflag.gateway.federation.envelope.MessageType;

/**
 * Only police nodes create records. Partner agencies may be told, and may ask through police: a partner-agency member
 * may send a message only when handling it at the receiver creates and changes no record there. The receiver refuses
 * the rest before storing anything ({@code InboundMessageVerifier}); the sender does not send them at all
 * ({@code FederationSender}). Both directions import this package, so the decision lives here.
 */
public final class RecordCreatingSenders {

    private RecordCreatingSenders() {}

    /** Whether a member of this kind may send a message of this type. */
    public static boolean maySend(MemberKind sender, MessageType type) {
        return createsRecords(sender) || !createsRecords(type);
    }

    /** Whether members of this kind create records at the nodes they send to: police members only. */
    public static boolean createsRecords(MemberKind kind) {
        return kind == MemberKind.POLICE;
    }

    /**
     * Whether handling a message of this type creates or changes a record at the receiving node. The switch has no
     * default, so a new message type does not compile until it is decided here.
     */
    public static boolean createsRecords(MessageType type) {
        return switch (type) {
            // Asks: the receiver answers from its own records and keeps only its log of the hits it issued.
            case PRIOR_HEARING_QUERY, DISCLOSURE_CHECK -> false;
            // A refusal of something the receiver sent changes only the state of the receiver's own message.
            case REFUSAL -> false;
            // Tests the exchange: the inbox marks it processed and does nothing else.
            case EXCHANGE_TEST -> false;
            // An alert; a correction or withdrawal of a record; a change of circumstance with its alert.
            case CROSS_AREA_ALERT, RECORD_AMENDMENT, CIRCUMSTANCE_CHANGE -> true;
            // A stored request that an officer at the receiver must answer (and that is pushed to its local
            // systems): a partner's request for detail goes through its police force, which owns the application.
            case DISCLOSURE_REQUEST, FOLLOW_UP_REQUEST -> true;
            // An answer writes the sender's hits or records into the receiver's query or application, and nodes ask
            // only police members, so an answer from a partner agency would be a record no one asked for.
            case PRIOR_HEARING_ANSWER, DISCLOSURE_CHECK_ANSWER, DISCLOSURE_ANSWER, FOLLOW_UP_ANSWER -> true;
        };
    }
}
