package org.crossflag.adapter;

/**
 * The canonical events a force's local system may send its node, whatever the transport (CSV, SOAP, REST). A local
 * system's client is configured with the events it may send; anything else is refused.
 */
public enum LocalEventType {
    /** A panel of this force heard a person ({@link LocalRecordSink#hearingHeld}). */
    HEARING_RECORDED,
    /** A person was referred to a panel of this force ({@link LocalRecordSink#referralReceived}). */
    REFERRAL_RECEIVED,
    /** A conviction, caution, disposal, order or marker is held ({@link LocalRecordSink#personRecordHeld}). */
    PERSON_RECORD_HELD,
    /** A DVDS application reached the force ({@link LocalRecordSink#dvdsApplicationReceived}). */
    DVDS_APPLICATION_RECEIVED,
    /** A person under a DAPO or SPO notified a change ({@link LocalRecordSink#circumstanceChangeNotified}). */
    CIRCUMSTANCE_CHANGE_NOTIFIED,
    /** A record already sent was corrected at its source ({@link LocalRecordSink#hearingCorrected}). */
    RECORD_CORRECTED,
    /** A record already sent was deleted at its source ({@link LocalRecordSink#recordWithdrawn}). */
    RECORD_WITHDRAWN;

    /** The prefix of {@link #authority()}. */
    public static final String AUTHORITY_PREFIX = "LOCAL_EVENT_";

    /**
     * The granted authority a local system's client holds when it may send this event, e.g.
     * {@code LOCAL_EVENT_HEARING_RECORDED}. The node's local-systems connector grants it; an adapter's endpoint checks
     * it before it reads the body further.
     */
    public String authority() {
        return AUTHORITY_PREFIX + name();
    }

    /** The code a client's configuration and the adapters' contracts use: the constant's name. */
    public String wire() {
        return name();
    }

    /** @throws UnknownCodeException naming the value */
    public static LocalEventType fromWire(String code) {
        for (LocalEventType value : values()) {
            if (value.name().equals(code)) {
                return value;
            }
        }
        throw new UnknownCodeException("local event type", code);
    }
}
