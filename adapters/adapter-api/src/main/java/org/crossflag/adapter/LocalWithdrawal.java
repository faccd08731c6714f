package org.crossflag.adapter;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A record deleted at its source. The node withdraws it, and everything derived from it at every force that was
 * told: a withdrawn hearing's hits and alerts, a withdrawn referral's query and its alerts.
 *
 * @param recordType     what was deleted
 * @param localReference the reference the same adapter delivered the record under
 * @param withdrawnOn    the date the source deleted it
 */
public record LocalWithdrawal(LocalRecordType recordType, String localReference, LocalDate withdrawnOn) {

    public LocalWithdrawal {
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(localReference, "localReference");
        Objects.requireNonNull(withdrawnOn, "withdrawnOn");
    }
}
