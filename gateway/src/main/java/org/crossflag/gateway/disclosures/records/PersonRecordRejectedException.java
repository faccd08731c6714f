package org.crossflag.gateway.disclosures.records;

import org.crossflag.adapter.RejectedRecordException;

/** A person record the node cannot use because of one field, named as the officers' API names it. */
public class PersonRecordRejectedException extends RejectedRecordException {

    /** @param field the field at fault, e.g. {@code summary} or {@code person.familyName} */
    public PersonRecordRejectedException(String reasonCode, String field, String message) {
        super(reasonCode, field, message);
    }
}
