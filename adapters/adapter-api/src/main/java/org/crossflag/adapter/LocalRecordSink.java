package org.crossflag.adapter;

import java.time.LocalDate;

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
     * Stores a DVDS application received by the force's case system and starts its checks across the federation, as
     * the DVDS workspace does. @throws RejectedRecordException naming the first field that cannot be used
     */
    RecordOutcome dvdsApplicationReceived(String adapterId, LocalDvdsApplication application);

    /**
     * Records a change of circumstance notified under a protection order, and routes it to the force covering the new
     * address and the force holding the order. @throws RejectedRecordException if it cannot be used or routed (e.g.
     * {@code POSTCODE_DISTRICT_UNKNOWN}); nothing is then stored or sent
     */
    RecordOutcome circumstanceChangeNotified(String adapterId, LocalCircumstanceChange change);

    /**
     * Replaces a hearing this adapter delivered under the same reference, and tells every force that holds a hit or
     * alert derived from it. @throws RejectedRecordException if unusable, or {@code RECORD_NOT_FOUND}
     */
    RecordOutcome hearingCorrected(String adapterId, LocalHearing corrected, LocalDate correctedOn);

    /**
     * Withdraws a record deleted at its source, and everything derived from it at every force that was told.
     * @throws RejectedRecordException if unusable, or {@code RECORD_NOT_FOUND}
     */
    RecordOutcome recordWithdrawn(String adapterId, LocalWithdrawal withdrawal);

    /**
     * @param recordId  the node's id for the stored record
     * @param duplicate true when the same adapter had already delivered this reference (nothing new was stored)
     */
    record RecordOutcome(String recordId, boolean duplicate) {}
}
