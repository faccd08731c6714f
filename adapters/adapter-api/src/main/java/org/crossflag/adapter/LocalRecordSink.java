package org.crossflag.adapter;

/**
 * What the node offers its adapters. Each call stores the record durably before it returns, so an adapter
 * may acknowledge the record to its source system (move the file, commit the offset) once the call returns.
 * A record the node has already stored under the same adapter and reference is not stored twice.
 */
public interface LocalRecordSink {

    /** Indexes a hearing this force held. @throws RejectedRecordException if the record cannot be used */
    RecordOutcome hearingHeld(String adapterId, LocalHearing hearing);

    /** Records a new referral and starts the prior-hearing query. @throws RejectedRecordException if unusable */
    RecordOutcome referralReceived(String adapterId, LocalReferral referral);

    /**
     * @param recordId  the node's id for the stored record
     * @param duplicate true when the same adapter had already delivered this reference (nothing new was stored)
     */
    record RecordOutcome(String recordId, boolean duplicate) {}
}
