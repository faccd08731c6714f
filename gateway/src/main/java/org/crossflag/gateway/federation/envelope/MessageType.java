package org.crossflag.gateway.federation.envelope;

import org.crossflag.adapter.UnknownCodeException;

/** The envelope's {@code type}: which message this is, and so which payload schema and handler apply. */
public enum MessageType {
    PRIOR_HEARING_QUERY("PriorHearingQuery"),
    PRIOR_HEARING_ANSWER("PriorHearingAnswer"),
    CROSS_AREA_ALERT("CrossAreaAlert"),
    DISCLOSURE_CHECK("DisclosureCheck"),
    DISCLOSURE_CHECK_ANSWER("DisclosureCheckAnswer"),
    DISCLOSURE_REQUEST("DisclosureRequest"),
    DISCLOSURE_ANSWER("DisclosureAnswer"),
    CIRCUMSTANCE_CHANGE("CircumstanceChange"),
    /** A source force corrected, withdrew or purged a record that hits or alerts elsewhere were derived from. */
    RECORD_AMENDMENT("RecordAmendment"),
    FOLLOW_UP_REQUEST("FollowUpRequest"),
    FOLLOW_UP_ANSWER("FollowUpAnswer"),
    REFUSAL("Refusal"),
    /**
     * A message no capability handles: it tests the exchange itself (delivery, receipt, the inbox) between members,
     * as the exchange benchmark and the exchange tests do. The receiving inbox marks it processed and does nothing.
     */
    EXCHANGE_TEST("ExchangeTest");

    private final String wire;

    MessageType(String wire) {
        this.wire = wire;
    }

    /** The code as the envelope, the directory and the message tables carry it, e.g. PriorHearingQuery. */
    public String wire() {
        return wire;
    }

    /** @throws UnknownCodeException naming the value */
    public static MessageType fromWire(String code) {
        for (MessageType type : values()) {
            if (type.wire.equals(code)) {
                return type;
            }
        }
        throw new UnknownCodeException("message type", code);
    }

    /** Exception messages and logs show the code as the wire carries it. */
    @Override
    public String toString() {
        return wire;
    }
}
