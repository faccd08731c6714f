package org.crossflag.gateway.circumstances;

import org.crossflag.gateway.node.CodedException;

/**
 * A change of circumstance this node cannot take or route, with its reason code and the field at fault. Nothing is
 * stored or sent. The message names the field, never its value.
 */
public final class CircumstanceChangeRefusedException extends CodedException {

    /** The postcode's district is in no police force area (or the table does not list it). */
    public static final String POSTCODE_DISTRICT_UNKNOWN = "POSTCODE_DISTRICT_UNKNOWN";
    /** The postcode is not a UK postcode or district. */
    public static final String POSTCODE_INVALID = "POSTCODE_INVALID";
    /** A field the change needs is missing. */
    public static final String FIELD_MISSING = "FIELD_MISSING";
    /** A date is impossible for the change (e.g. notified in the future). */
    public static final String DATE_INVALID = "DATE_INVALID";

    private final String reasonCode;
    private final String field;

    public CircumstanceChangeRefusedException(String reasonCode, String field, String message) {
        super(field + ": " + message, null, false, false);
        this.reasonCode = reasonCode;
        this.field = field;
    }

    @Override
    public String reasonCode() {
        return reasonCode;
    }

    /** The path of the field at fault. */
    public String field() {
        return field;
    }
}
