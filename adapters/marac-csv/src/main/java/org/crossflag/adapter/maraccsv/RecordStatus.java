package org.crossflag.adapter.maraccsv;

import java.util.Locale;
import java.util.Optional;

/** What a row says about the record under its reference: the optional {@code record_status} column. */
enum RecordStatus {
    /** The record as it stands, stored once per reference (the status when the column is absent or empty). */
    CURRENT,
    /** The hearing was corrected at its source: it replaces the one the node holds under the same reference. */
    CORRECTED,
    /** The record was deleted at its source: the node withdraws it, and what other forces were told of it. */
    WITHDRAWN;

    /** The status a cell names, in any case; empty for one this adapter does not know. */
    static Optional<RecordStatus> fromCell(String value) {
        for (RecordStatus status : values()) {
            if (status.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
