package org.crossflag.adapter.maraccsv;

import java.time.LocalDate;

import org.crossflag.adapter.LocalHearing;
import org.crossflag.adapter.LocalRecordSink;
import org.crossflag.adapter.LocalRecordSink.RecordOutcome;
import org.crossflag.adapter.LocalReferral;
import org.crossflag.adapter.LocalWithdrawal;

/** A row that passed every column rule, as the record the node takes. */
sealed interface MappedRecord {

    String reference();

    /** Hands the record to the node. @throws org.crossflag.adapter.RejectedRecordException if the node refuses it */
    RecordOutcome handTo(LocalRecordSink sink, String adapterId);

    record Hearing(LocalHearing hearing) implements MappedRecord {

        @Override
        public String reference() {
            return hearing.localReference();
        }

        @Override
        public RecordOutcome handTo(LocalRecordSink sink, String adapterId) {
            return sink.hearingHeld(adapterId, hearing);
        }
    }

    record Referral(LocalReferral referral) implements MappedRecord {

        @Override
        public String reference() {
            return referral.localReference();
        }

        @Override
        public RecordOutcome handTo(LocalRecordSink sink, String adapterId) {
            return sink.referralReceived(adapterId, referral);
        }
    }

    /** A CORRECTED hearing row: it replaces the hearing the node holds under the same reference. */
    record Correction(LocalHearing hearing, LocalDate correctedOn) implements MappedRecord {

        @Override
        public String reference() {
            return hearing.localReference();
        }

        @Override
        public RecordOutcome handTo(LocalRecordSink sink, String adapterId) {
            return sink.hearingCorrected(adapterId, hearing, correctedOn);
        }
    }

    /** A WITHDRAWN row: the node withdraws the record it holds under the same reference. */
    record Withdrawal(LocalWithdrawal withdrawal) implements MappedRecord {

        @Override
        public String reference() {
            return withdrawal.localReference();
        }

        @Override
        public RecordOutcome handTo(LocalRecordSink sink, String adapterId) {
            return sink.recordWithdrawn(adapterId, withdrawal);
        }
    }
}
