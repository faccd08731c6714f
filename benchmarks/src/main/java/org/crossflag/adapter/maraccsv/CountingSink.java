package org.crossflag.adapter.maraccsv;

import java.time.LocalDate;

import org.crossflag.adapter.LocalCircumstanceChange;
import org.crossflag.adapter.LocalDvdsApplication;
import org.crossflag.adapter.LocalHearing;
import org.crossflag.adapter.LocalPersonRecord;
import org.crossflag.adapter.LocalRecordSink;
import org.crossflag.adapter.LocalReferral;
import org.crossflag.adapter.LocalWithdrawal;

/** The node's side of the benchmark: it counts what it is handed and keeps nothing, so only the adapter is timed. */
final class CountingSink implements LocalRecordSink {

    private static final RecordOutcome TAKEN = new RecordOutcome("counted", false);

    private int hearings;
    private int others;

    int hearings() {
        return hearings;
    }

    @Override
    public RecordOutcome hearingHeld(String adapterId, LocalHearing hearing) {
        hearings++;
        return TAKEN;
    }

    @Override
    public RecordOutcome referralReceived(String adapterId, LocalReferral referral) {
        return other();
    }

    @Override
    public RecordOutcome personRecordHeld(String adapterId, LocalPersonRecord record) {
        return other();
    }

    @Override
    public RecordOutcome dvdsApplicationReceived(String adapterId, LocalDvdsApplication application) {
        return other();
    }

    @Override
    public RecordOutcome circumstanceChangeNotified(String adapterId, LocalCircumstanceChange change) {
        return other();
    }

    @Override
    public RecordOutcome hearingCorrected(String adapterId, LocalHearing corrected, LocalDate correctedOn) {
        return other();
    }

    @Override
    public RecordOutcome recordWithdrawn(String adapterId, LocalWithdrawal withdrawal) {
        return other();
    }

    private RecordOutcome other() {
        others++;
        return TAKEN;
    }
}
