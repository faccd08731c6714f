package org.crossflag.gateway.intake;

import java.time.LocalDate;

import org.crossflag.adapter.LocalCircumstanceChange;
import org.crossflag.adapter.LocalDvdsApplication;
import org.crossflag.adapter.LocalHearing;
import org.crossflag.adapter.LocalPersonRecord;
import org.crossflag.adapter.LocalRecordSink;
import org.crossflag.adapter.LocalReferral;
import org.crossflag.adapter.LocalWithdrawal;
import org.crossflag.gateway.circumstances.CircumstanceChanges;
import org.crossflag.gateway.disclosures.DisclosureApplications;
import org.crossflag.gateway.hearings.LocalRecords;
import org.crossflag.gateway.hearings.amendments.RecordAmendments;

/**
 * The node's side of the adapter contract: every canonical event an adapter delivers enters here and goes to the
 * capability that owns it. It holds no decisions of its own.
 */
public class LocalRecordIntake implements LocalRecordSink {

    private final LocalRecords records;
    private final CircumstanceChanges circumstances;
    private final DisclosureApplications applications;
    private final RecordAmendments amendments;

    public LocalRecordIntake(
            LocalRecords records,
            CircumstanceChanges circumstances,
            DisclosureApplications applications,
            RecordAmendments amendments) {
        this.records = records;
        this.circumstances = circumstances;
        this.applications = applications;
        this.amendments = amendments;
    }

    @Override
    public RecordOutcome hearingHeld(String adapterId, LocalHearing hearing) {
        return records.hearingHeld(adapterId, hearing);
    }

    @Override
    public RecordOutcome referralReceived(String adapterId, LocalReferral referral) {
        return records.referralReceived(adapterId, referral);
    }

    @Override
    public RecordOutcome personRecordHeld(String adapterId, LocalPersonRecord record) {
        return records.personRecordHeld(adapterId, record);
    }

    @Override
    public RecordOutcome dvdsApplicationReceived(String adapterId, LocalDvdsApplication application) {
        return applications.fromAdapter(adapterId, application);
    }

    @Override
    public RecordOutcome circumstanceChangeNotified(String adapterId, LocalCircumstanceChange change) {
        return circumstances.notified(adapterId, change);
    }

    @Override
    public RecordOutcome hearingCorrected(String adapterId, LocalHearing corrected, LocalDate correctedOn) {
        return amendments.hearingCorrected(adapterId, corrected, correctedOn);
    }

    @Override
    public RecordOutcome recordWithdrawn(String adapterId, LocalWithdrawal withdrawal) {
        return amendments.recordWithdrawn(adapterId, withdrawal);
    }
}
