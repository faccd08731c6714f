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
     * Holds a conviction, caution, out-of-court disposal, order or marker about a person, and makes the person
     * findable by other forces' blinded checks. Stored durably before the call returns; a reference this adapter has
     * already delivered is not stored again (the outcome says duplicate, with the stored record's id).
     *
     * @throws RejectedRecordException if the record cannot be used
     */
    RecordOutcome personRecordHeld(String adapterId, LocalPersonRecord record);

    /**
     * @param recordId  the node's id for the stored record
     * @param duplicate true when the same adapter had already delivered this reference (nothing new was stored)
     */
    record RecordOutcome(String recordId, boolean duplicate) {}
}
